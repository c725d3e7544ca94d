package uk.wmpathways.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.ui.UkFormats;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employment specialist follows a person through Thrive into Work in the browser: a GP referral, eligibility
 * and consent, the trial arm drawn by the system (the test queues which arm the draw answers, so that both arms
 * are driven every time), then for the treatment arm the vocational profile and an employer contact, while the
 * control arm is offered neither; for both a job start (14 weeks ago) and its 13-week check; then the participant's
 * timeline and the caseload show it.
 */
class ThriveIntoWorkJourneyBrowserTest extends CaseworkBrowserTest {

    private LocalDate today;
    private LocalDate referredOn;
    private LocalDate enrolledOn;
    private LocalDate jobStartedOn;
    private String participantId;

    @Test
    void treatmentArmVocationalProfileEmployerContactThenJobStartAndThirteenWeekCheck() {
        String enrolmentId = referredConsentedAndAllocated("Working", TrialArm.TREATMENT);

        assertThat(browser.textOf("enrolment-due")).contains("First face-to-face employer contact");
        assertThat(pages.offers(Step.COMPLETE_VOCATIONAL_PROFILE)).isTrue();
        pages.record(Step.COMPLETE_VOCATIONAL_PROFILE, () -> browser.typeDate("completed-on", enrolledOn.plusDays(2)));
        browser.waitUntil(d -> !pages.offers(Step.COMPLETE_VOCATIONAL_PROFILE));
        pages.record(Step.RECORD_EMPLOYER_CONTACT, () -> {
            browser.type("employer", "Black Country Logistics");
            browser.typeDate("contacted-on", enrolledOn.plusDays(6));
        });
        browser.waitUntil(d -> !browser.textOf("enrolment-due").contains("First face-to-face employer contact"));

        List<CaseworkPages.ShownEntry> timeline = jobStartAndThirteenWeekCheck(enrolmentId, TrialArm.TREATMENT, 8);
        assertThat(timeline).anySatisfy(entry -> assertThat(entry.sentence()).contains("Vocational profile completed"));
    }

    @Test
    void controlArmIsOfferedNoIpsStepsButAJobStartAndThirteenWeekCheck() {
        String enrolmentId = referredConsentedAndAllocated("Controlled", TrialArm.CONTROL);

        assertThat(pages.offers(Step.RECORD_EMPLOYER_CONTACT)).as("employer contact is IPS support").isFalse();
        assertThat(pages.offers(Step.COMPLETE_VOCATIONAL_PROFILE)).as("the vocational profile is IPS support").isFalse();
        assertThat(browser.textOf("enrolment-due")).doesNotContain("First face-to-face employer contact");

        List<CaseworkPages.ShownEntry> timeline = jobStartAndThirteenWeekCheck(enrolmentId, TrialArm.CONTROL, 6);
        assertThat(timeline).noneSatisfy(entry -> assertThat(entry.sentence()).contains("Vocational profile"));
    }

    /** Referral, eligibility and consent, then the allocation drawing {@code arm}; answers the enrolment id. */
    private String referredConsentedAndAllocated(String familyNamePrefix, TrialArm arm) {
        today = LocalDate.now(clock);
        referredOn = today.minusWeeks(20);
        enrolledOn = today.minusWeeks(19);
        jobStartedOn = today.minusWeeks(14);
        String familyName = CaseworkPages.uniqueFamilyName(familyNamePrefix);
        participantId = CaseworkPages.registerParticipant(commands, queries, "Jamie", familyName,
                LocalAuthority.WOLVERHAMPTON);

        pages.signInToParticipant("caseworker", participantId);
        String enrolmentId = pages.startEnrolment("start-thrive-into-work", () -> {
            browser.choose("funding-stream", "Thrive into Work trial (RCT)");
            browser.choose("source", "GP");
            browser.type("referrer-ods-code", "m85001");
            browser.typeDate("referred-on", referredOn);
        });
        pages.waitForStage("Referred");
        assertThat(pages.offers(Step.ALLOCATE_TRIAL_ARM)).as("no allocation before consent").isFalse();
        assertThat(pages.offers(Step.RECORD_JOB_START)).as("no job start before allocation").isFalse();

        pages.record(Step.RECORD_ELIGIBILITY_AND_CONSENT, () -> {
            browser.choose("eligible", "Yes");
            browser.choose("consent-given", "Given");
            browser.typeDate("recorded-on", enrolledOn);
        });
        pages.waitForStage("Enrolled, awaiting trial allocation");

        // The form has no arm to choose: the system draws it and the form then shows what was drawn.
        trialArms.drawNext(arm);
        pages.open(Step.ALLOCATE_TRIAL_ARM);
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-dialog-overlay[opened] vaadin-select, vaadin-dialog-overlay[opened] vaadin-radio-group")))
                .isEmpty();
        browser.typeDate("allocated-on", enrolledOn);
        browser.click("form-save");
        browser.waitUntil(d -> browser.textOf("allocated-arm").startsWith("Allocated to the"));
        assertThat(browser.textOf("allocated-arm")).isEqualTo("Allocated to the " + arm.label() + " arm.");
        browser.screenshot("tiw-1-allocation-" + arm.name().toLowerCase());
        browser.click("form-cancel");
        browser.waitUntilNoDialog();
        pages.waitForStage("Looking for work");
        assertThat(browser.textOf("enrolment-trial-arm")).isEqualTo(arm.label());
        assertThat(pages.offers(Step.ALLOCATE_TRIAL_ARM)).as("an allocation is permanent").isFalse();
        return enrolmentId;
    }

    /** The job start and its 13-week check, then the timeline (answered) and the caseload. */
    private List<CaseworkPages.ShownEntry> jobStartAndThirteenWeekCheck(String enrolmentId, TrialArm arm,
                                                                       int timelineEntries) {
        pages.record(Step.RECORD_JOB_START, () -> {
            browser.type("employer", "Black Country Logistics");
            browser.type("job-title", "Warehouse operative");
            browser.choose("sector", "Transport and logistics");
            browser.type("hours-per-week", "16");
            browser.type("hourly-pay", "12.21");
            browser.typeDate("started-on", jobStartedOn);
        });
        pages.waitForStage("In work");
        assertThat(browser.textOf("enrolment-jobs")).contains("Warehouse operative, Black Country Logistics");

        pages.open(Step.RECORD_JOB_SUSTAINMENT_CHECK);
        assertThat(browser.textOf("weeks-after-start")).as("the reached checkpoint").contains("13 weeks");
        browser.typeDate("checked-on", today);
        pages.saveAndWaitForTheFormToClose();
        browser.waitUntil(d -> !browser.textOf("enrolment-due").contains("13-week"));
        assertThat(browser.textOf("enrolment-due")).contains("26-week job sustainment check");
        browser.screenshot("tiw-2-enrolment-" + arm.name().toLowerCase());

        List<CaseworkPages.ShownEntry> timeline = pages.timeline(participantId,
                entries -> entries.size() >= timelineEntries);
        assertThat(timeline).hasSize(timelineEntries);
        assertThat(timeline).extracting(CaseworkPages.ShownEntry::sentence)
                .allSatisfy(sentence -> assertThat(sentence).matches(".+ — recorded by .+ on \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"));
        assertThat(timeline.get(0).sentence()).contains("13-week").contains("recorded by Casey Worker (demo)");
        assertThat(timeline.get(0).pathway()).isEqualTo("TiW");
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.sentence()).contains("Warehouse operative").contains("Black Country Logistics");
            assertThat(entry.date()).isEqualTo(UkFormats.date(jobStartedOn));
        });
        assertThat(timeline).anySatisfy(entry -> assertThat(entry.sentence()).contains(arm.label()));
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.sentence()).containsIgnoringCase("referred to Thrive into Work");
            assertThat(entry.date()).isEqualTo(UkFormats.date(referredOn));
        });

        assertThat(pages.caseloadStage(enrolmentId)).isEqualTo("In work");
        assertThat(pages.caseloadCounts()).contains("In work");
        return timeline;
    }
}
