package uk.wmpathways.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.ui.UkFormats;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker follows a person through Housing First in the browser: referral (14 months ago), eligibility
 * accepted, tenancy started (13 months ago), the 12-month sustainment check recorded from the "Due" list;
 * then the participant's timeline and the caseload show it.
 */
class HousingFirstJourneyBrowserTest extends CaseworkBrowserTest {

    @Test
    void referralToTwelveMonthSustainmentCheck() {
        LocalDate today = LocalDate.now(clock);
        LocalDate referredOn = today.minusMonths(14);
        LocalDate tenancyStartedOn = today.minusMonths(13);
        String familyName = CaseworkPages.uniqueFamilyName("Housed");
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Alex", familyName, LocalAuthority.DUDLEY);

        pages.signInToParticipant("caseworker", participantId);
        String enrolmentId = pages.startEnrolment("start-housing-first", () -> {
            // organisation, worker, local authority and the only Housing First funding stream are filled in
            assertThat(browser.input("provider-organisation").getDomProperty("value")).contains("Demo Support Trust");
            assertThat(browser.input("assigned-worker").getDomProperty("value")).isEqualTo("Casey Worker (demo)");
            browser.choose("source", "Outreach");
            browser.typeDate("referred-on", referredOn);
        });
        pages.waitForStage("Referred");
        assertThat(browser.textOf("enrolment-worker")).isEqualTo("Casey Worker (demo)");
        assertThat(pages.offers(Step.START_TENANCY)).as("no tenancy before the referral is accepted").isFalse();

        // A colleague records a contact while this form is open: the form says so and records nothing.
        pages.open(Step.ASSESS_HOUSING_FIRST_ELIGIBILITY);
        browser.choose("accepted", "Accepted");
        browser.typeDate("assessed-on", referredOn.plusDays(7));
        commands.sendAndWait(new LogContact(enrolmentId, ContactType.PHONE, 15, "Called to arrange the assessment",
                today, UUID.randomUUID().toString(), null, "caseworker2"));
        // the page behind the form shows the colleague's contact without a reload
        browser.waitUntil(d -> pages.history().stream().anyMatch(entry -> entry.startsWith(
                "Phone contact, 15 minutes: Called to arrange the assessment — recorded by Sam Support (demo)")));
        browser.click("form-save");
        browser.waitUntil(d -> pages.formProblem().contains("something else was recorded on this enrolment"));
        browser.screenshot("hf-1-stale-form");
        browser.click("form-cancel");
        browser.waitUntilNoDialog();
        pages.waitForStage("Referred");

        pages.record(Step.ASSESS_HOUSING_FIRST_ELIGIBILITY, () -> {
            browser.choose("accepted", "Accepted");
            browser.typeDate("assessed-on", referredOn.plusDays(7));
        });
        pages.waitForStage("Accepted, awaiting tenancy");

        pages.open(Step.START_TENANCY);
        browser.type("property", "14 Larch Road, Dudley");
        browser.choose("landlord-type", "Social landlord");
        browser.typeDate("started-on", tenancyStartedOn);
        browser.doubleClick("form-save");
        browser.waitUntilNoDialog();
        pages.waitForStage("In tenancy");
        assertThat(pages.history()).as("a double click records the step once")
                .filteredOn(entry -> entry.startsWith("Tenancy started")).hasSize(1);
        assertThat(browser.textOf("enrolment-tenancy")).isEqualTo("14 Larch Road, Dudley, since " + UkFormats.date(tenancyStartedOn));

        // The 12-month check is overdue; the "Due" list opens its form on the enrolment.
        LocalDate twelveMonthCheckpoint = tenancyStartedOn.plusMonths(12);
        browser.open("http://localhost:" + port + "/due");
        By twelveMonthLink = By.cssSelector("#due-items a[data-enrolment-id='" + enrolmentId + "'][href*='due="
                + twelveMonthCheckpoint + "']");
        WebElement link = browser.waitFor(twelveMonthLink);
        browser.screenshot("hf-2-due");
        assertThat(link.getDomAttribute("href")).contains("step=RECORD_TENANCY_SUSTAINMENT_CHECK");
        browser.click(link);
        browser.waitForDialogForm();
        assertThat(browser.textOf("months-after-start")).contains("12 months");
        assertThat(browser.driver().getCurrentUrl()).as("reloading later does not open the form again")
                .endsWith("/enrolments/" + enrolmentId);
        browser.screenshot("hf-3-check-form");
        browser.typeDate("checked-on", today);
        pages.saveAndWaitForTheFormToClose();
        browser.waitUntil(d -> browser.textOf("enrolment-due").contains("24-month tenancy sustainment check")
                && !browser.textOf("enrolment-due").contains("12-month"));
        assertThat(pages.offers(Step.RECORD_TENANCY_SUSTAINMENT_CHECK)).as("the 24-month check is still to come").isTrue();
        browser.screenshot("hf-4-enrolment");

        List<CaseworkPages.ShownEntry> timeline = pages.timeline(participantId, entries -> entries.size() >= 5);
        assertThat(timeline).extracting(CaseworkPages.ShownEntry::sentence)
                .allSatisfy(sentence -> assertThat(sentence).matches(".+ — recorded by .+ on \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"));
        assertThat(timeline.get(0).sentence()).contains("12-month").contains("recorded by Casey Worker (demo)");
        assertThat(timeline.get(0).date()).isEqualTo(UkFormats.date(today));
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.sentence()).contains("14 Larch Road, Dudley").contains("(Social landlord)");
            assertThat(entry.date()).isEqualTo(UkFormats.date(tenancyStartedOn));
            assertThat(entry.pathway()).isEqualTo("HF");
        });
        assertThat(timeline).anySatisfy(entry -> assertThat(entry.sentence())
                .contains("recorded by Sam Support (demo)"));
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.sentence()).containsIgnoringCase("referred to Housing First");
            assertThat(entry.date()).isEqualTo(UkFormats.date(referredOn));
        });

        assertThat(pages.caseloadStage(enrolmentId)).isEqualTo("In tenancy");
        assertThat(pages.caseloadCounts()).contains("In tenancy");
    }
}
