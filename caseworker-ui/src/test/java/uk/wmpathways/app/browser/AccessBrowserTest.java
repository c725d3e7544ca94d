package uk.wmpathways.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.wmpathways.caseservice.api.LocalAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the browser, a record of another organisation's is not shown: the caseworker is told so and may break the
 * glass with a reason, which the data protection officer then finds waiting for review; an administrator is
 * not offered people's records at all.
 */
class AccessBrowserTest extends CaseworkBrowserTest {

    @Test
    void anotherOrganisationsRecordIsShownOnlyThroughTheGlassAndTheUseWaitsForReview() {
        String familyName = CaseworkPages.uniqueFamilyName("Glass");
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Sasha", familyName,
                LocalAuthority.WALSALL);

        pages.signInTo("outreach", "/participants/" + participantId);
        browser.waitUntilPageContains("Not shared with your organisation");
        assertThat(browser.driver().getPageSource()).doesNotContain(familyName);

        browser.click("break-glass");
        browser.waitUntilPageContains("Say why you must see this record");
        assertThat(browser.driver().getPageSource()).as("nothing shown without a reason").doesNotContain(familyName);

        browser.waitFor(By.cssSelector("#break-glass-reason textarea"))
                .sendKeys("Police welfare check: person reported missing tonight");
        browser.click("break-glass");
        browser.waitFor(By.id("participant-name"));
        assertThat(browser.textOf("participant-name")).contains(familyName);

        browser.click("sign-out");
        pages.signInTo("dpo", "/access-log");
        browser.waitFor(By.id("break-glass-uses"));
        browser.waitUntilPageContains("Police welfare check: person reported missing tonight");
    }

    @Test
    void anAdministratorIsNotOfferedPeoplesRecords() {
        pages.signInAndWaitForThePage("admin");
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-side-nav-item[path='participants']")))
                .isEmpty();

        browser.open(pages.baseUrl() + "/participants");
        browser.waitUntilPageContains("You may not open this page");
        assertThat(browser.driver().findElements(By.id("participants"))).isEmpty();
    }
}
