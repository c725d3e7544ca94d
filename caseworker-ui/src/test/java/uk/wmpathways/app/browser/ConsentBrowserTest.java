package uk.wmpathways.app.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import uk.wmpathways.caseservice.api.LocalAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent on the participant's record, on a desktop and on a 390x844 phone: Street Outreach records that the
 * person agrees the Demo Support Trust may see their record, and a Demo Support caseworker opens it; the person
 * withdraws, and the same caseworker is told the record is not shared with them.
 */
class ConsentBrowserTest extends CaseworkBrowserTest {

    private static final String DEMO_SUPPORT = "West Midlands Demo Support Trust (demo)";

    /** Signs in afresh as {@code username}, straight to the person's record. */
    private void signInToTheRecord(String username, boolean phone, String participantId) {
        browser.driver().manage().deleteAllCookies();
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
        pages.signInTo(username, "/participants/" + participantId);
    }

    private void press(By button) {
        WebElement element = browser.waitFor(button);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
        element.click();
        browser.waitForDialogForm();
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void consentIsRecordedAndWithdrawnOnTheRecordAndSharingFollowsIt(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Consenting");
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Kit", familyName,
                LocalAuthority.BIRMINGHAM, "outreach", "STREET-OUTREACH");
        String device = phone ? "phone" : "desktop";

        signInToTheRecord("outreach", phone, participantId);
        browser.waitFor(By.id("participant-name"));
        assertThat(browser.textOf("lawful-basis-shown")).contains("Public task");
        assertThat(browser.textOf("consents")).contains("No consent recorded");
        press(By.id("record-consent"));
        browser.choose("organisation", DEMO_SUPPORT);
        browser.screenshot("consent-form-" + device);
        browser.click("form-save");
        browser.waitUntilNoDialog();
        browser.waitUntil(d -> browser.textOf("consents").contains("Sharing their record with " + DEMO_SUPPORT));
        assertThat(browser.textOf("consents")).contains("recorded by Robin Outreach (demo)");
        browser.screenshot("consent-recorded-" + device);

        signInToTheRecord("caseworker", phone, participantId);
        browser.waitFor(By.id("participant-name"));
        assertThat(browser.textOf("participant-name")).isEqualTo("Kit " + familyName);

        signInToTheRecord("outreach", phone, participantId);
        browser.waitFor(By.id("participant-name"));
        press(By.cssSelector("vaadin-button.withdraw-consent"));
        assertThat(browser.waitFor(By.tagName("vaadin-dialog-overlay")).getText())
                .contains("will no longer see this person's record");
        browser.click("form-save");
        browser.waitUntilNoDialog();
        browser.waitUntil(d -> browser.textOf("consents").contains("Withdrawn on"));
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-button.withdraw-consent"))).isEmpty();
        browser.screenshot("consent-withdrawn-" + device);

        signInToTheRecord("caseworker", phone, participantId);
        browser.waitUntilPageContains("not shared with your organisation");
        assertThat(browser.driver().findElements(By.id("participant-name"))).isEmpty();
    }
}
