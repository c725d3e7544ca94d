package uk.wmpathways.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.StepResult;
import uk.wmpathways.caseservice.api.enrolment.EndJob;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.JobEndReason;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.ui.UkFormats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employment specialist corrects a job start recorded wrongly, on a job that has already ended: the form
 * lists ended jobs, shows what is recorded, refuses a correction that changes nothing, and records a real one.
 */
class CorrectJobStartBrowserTest extends CaseworkBrowserTest {

    @Test
    void anEndedJobsHoursAreCorrectedWithTheReason() {
        LocalDate today = LocalDate.now(clock);
        LocalDate jobStartedOn = today.minusWeeks(8);
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Jo",
                CaseworkPages.uniqueFamilyName("Corrected"), LocalAuthority.WALSALL);
        String enrolmentId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReferToThriveIntoWork(enrolmentId, participantId, "DEMO-SUPPORT",
                LocalAuthority.WALSALL, FundingStream.THRIVE_INTO_WORK_EXPANSION, "caseworker",
                ThriveIntoWorkReferralSource.SELF, null, today.minusWeeks(12), null, "caseworker"));
        commands.sendAndWait(new RecordEligibilityAndConsent(enrolmentId, true, true, today.minusWeeks(11), null, null,
                "caseworker"));
        String jobId = commands.<StepResult>sendAndWait(new RecordJobStart(enrolmentId, "Walsall Leather Works", "Finisher",
                JobSector.MANUFACTURING, new BigDecimal("16"), new BigDecimal("12.21"), jobStartedOn, null, null,
                "caseworker")).recordedId();
        commands.sendAndWait(new EndJob(enrolmentId, jobId, JobEndReason.END_OF_CONTRACT, today.minusWeeks(1), null,
                null, "caseworker"));

        pages.signInTo("caseworker", "/enrolments/" + enrolmentId);
        browser.waitFor(By.id("enrolment-stage"));
        browser.waitUntil(d -> pages.offers(Step.CORRECT_JOB_START));
        // Outside the trial (expansion stream) there is no arm and no allocation is offered.
        assertThat(browser.textOf("enrolment-trial-arm")).isEqualTo("None: not in the trial (IPS support)");
        assertThat(pages.offers(Step.ALLOCATE_TRIAL_ARM)).isFalse();
        pages.open(Step.CORRECT_JOB_START);

        // The one job, ended, is chosen and shown as recorded.
        browser.waitUntil(d -> browser.input("hours-per-week").getDomProperty("value").equals("16"));
        assertThat(browser.textOf("job-id")).contains("Finisher, Walsall Leather Works")
                .contains("ended " + UkFormats.date(today.minusWeeks(1)));
        assertThat(browser.input("hourly-pay").getDomProperty("value")).isEqualTo("12.21");
        assertThat(browser.input("started-on").getDomProperty("value")).isEqualTo(UkFormats.date(jobStartedOn));

        browser.screenshot("correct-job-start-form");
        browser.type("reason", "Checked the contract");
        browser.click("form-save");
        browser.waitUntil(d -> "Nothing to correct: the job's start date, hours a week and hourly pay are already as given"
                .equals(d.findElement(By.id("job-id")).getDomProperty("errorMessage")));

        browser.type("hours-per-week", "20");
        browser.type("reason", "The contract says 20 hours a week");
        pages.saveAndWaitForTheFormToClose();

        browser.waitUntil(d -> pages.history().stream().anyMatch(text -> text.startsWith("Job start corrected")));
        assertThat(pages.history()).anySatisfy(text -> assertThat(text).startsWith("Job start corrected: Finisher, "
                + "Walsall Leather Works started " + jobStartedOn.format(java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy", java.util.Locale.UK)) + ", 20 hours a week, £12.21 an hour "
                + "(The contract says 20 hours a week) — recorded by Casey Worker (demo)"));
    }
}
