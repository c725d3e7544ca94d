package uk.wmpathways.app.browser;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.ui.UkFormats;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outreach worker follows a person through the Rough Sleeping Initiative in the browser: contact on the
 * street, a placement in emergency accommodation, a move-on to settled accommodation; then the participant's
 * timeline and the caseload show it.
 */
class RoughSleepingJourneyBrowserTest extends CaseworkBrowserTest {

    @Test
    void outreachContactToMoveOn() {
        LocalDate today = LocalDate.now(clock);
        LocalDate contactedOn = today.minusMonths(3);
        LocalDate placedOn = today.minusMonths(2);
        LocalDate movedOn = today.minusMonths(1);
        String familyName = CaseworkPages.uniqueFamilyName("Outreach");
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Robin", familyName,
                LocalAuthority.BIRMINGHAM, "outreach", "STREET-OUTREACH");

        pages.signInToParticipant("outreach", participantId);
        String enrolmentId = pages.startEnrolment("start-rough-sleeping-initiative", () -> {
            assertThat(browser.input("provider-organisation").getDomProperty("value")).contains("Street Outreach");
            browser.type("location", "Doorway on Corporation Street");
            browser.tick("verified-rough-sleeper", true);
            browser.typeDate("contacted-on", contactedOn);
        });
        pages.waitForStage("Contacted by outreach");
        assertThat(pages.offers(Step.RECORD_RETURN_TO_ROUGH_SLEEPING)).isFalse();

        // A date before the first contact is refused beside the field, and nothing is sent.
        pages.open(Step.PLACE_IN_EMERGENCY_ACCOMMODATION);
        browser.choose("accommodation-type", "Hostel");
        browser.type("accommodation-name", "Snow Hill Hostel");
        browser.typeDate("placed-on", contactedOn.minusDays(1));
        browser.click("form-save");
        browser.waitUntil(d -> browser.driver().findElement(org.openqa.selenium.By.id("placed-on"))
                .getDomAttribute("invalid") != null);
        browser.screenshot("rsi-1-date-refused");
        browser.typeDate("placed-on", placedOn);
        pages.saveAndWaitForTheFormToClose();
        pages.waitForStage("In emergency accommodation");

        pages.record(Step.RECORD_MOVE_ON, () -> {
            browser.choose("kind", "Settled accommodation");
            browser.type("destination", "Housing association flat, Walsall");
            browser.tick("intended-to-last-six-months-or-more", true);
            browser.typeDate("moved-on", movedOn);
        });
        pages.waitForStage("Moved on");
        assertThat(pages.offers(Step.RECORD_RETURN_TO_ROUGH_SLEEPING)).as("a return is recordable after a move-on").isTrue();
        assertThat(pages.offers(Step.RECORD_MOVE_ON)).isFalse();

        // A rule only the enrolment knows: its rejection is shown on the field, and nothing is recorded.
        pages.open(Step.RECORD_RETURN_TO_ROUGH_SLEEPING);
        browser.type("location", "Bus station, Walsall");
        browser.typeDate("seen-on", movedOn.minusDays(1));
        browser.click("form-save");
        browser.waitUntil(d -> "Date seen cannot be before the move-on".equals(
                d.findElement(org.openqa.selenium.By.id("seen-on")).getDomProperty("errorMessage")));
        browser.screenshot("rsi-2-server-rejection");
        browser.click("form-cancel");
        browser.waitUntilNoDialog();
        assertThat(browser.textOf("enrolment-stage")).isEqualTo("Moved on");

        List<CaseworkPages.ShownEntry> timeline = pages.timeline(participantId, entries -> entries.size() >= 4);
        assertThat(timeline).extracting(CaseworkPages.ShownEntry::sentence)
                .allSatisfy(sentence -> assertThat(sentence).matches(".+ — recorded by .+ on \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"));
        List<CaseworkPages.ShownEntry> rsi = timeline.stream().filter(entry -> entry.pathway().equals("RSI")).toList();
        assertThat(rsi).as("newest first").hasSize(3);
        assertThat(rsi.get(0).sentence()).startsWith("Moved on: Settled accommodation (Housing association flat, Walsall")
                .contains("recorded by Robin Outreach (demo)");
        assertThat(rsi.get(0).date()).isEqualTo(UkFormats.date(movedOn));
        assertThat(rsi.get(1).sentence()).contains("Hostel, Snow Hill Hostel");
        assertThat(rsi.get(1).date()).isEqualTo(UkFormats.date(placedOn));
        assertThat(rsi.get(2).sentence()).contains("Doorway on Corporation Street (verified rough sleeper)");
        assertThat(rsi.get(2).date()).isEqualTo(UkFormats.date(contactedOn));
        assertThat(timeline).anySatisfy(entry -> assertThat(entry.sentence()).startsWith("Registered"));

        assertThat(pages.caseloadStage(enrolmentId)).isEqualTo("Moved on");
        assertThat(pages.caseloadCounts()).contains("Moved on");
    }
}
