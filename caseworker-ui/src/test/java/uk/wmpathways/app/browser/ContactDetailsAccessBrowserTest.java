package uk.wmpathways.app.browser;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.wmpathways.caseservice.api.LocalAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Change contact details" is offered only to a caseworker of an organisation that supports the person: a
 * caseworker of another organisation is not offered it, not even when a safeguarding emergency lets them read the
 * record through the glass (the command handler refuses them too: case-service's ContactDetailsTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
class ContactDetailsAccessBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    QueryGateway queries;
    @Autowired
    CommandGateway commands;

    private Browser browser;
    private CaseworkPages pages;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        pages = new CaseworkPages(browser, port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void anotherOrganisationsCaseworkerIsNotOfferedTheChange(boolean phone) {
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Robin",
                CaseworkPages.uniqueFamilyName("Contact"), LocalAuthority.WALSALL);

        pages.signInToParticipant("caseworker", participantId);
        assertThat(browser.driver().findElements(By.id("change-contact-details")))
                .as("offered to the organisation that registered the person").isNotEmpty();

        browser.driver().manage().deleteAllCookies();
        pages.signInTo("outreach", "/participants/" + participantId);
        browser.waitUntilPageContains("Not shared with your organisation");
        assertThat(browser.driver().findElements(By.id("change-contact-details"))).isEmpty();
        // through the glass the record is shown, for a safeguarding emergency: to read, not to change
        browser.click("break-glass");
        browser.waitFor(By.cssSelector("#break-glass-reason textarea"))
                .sendKeys("Welfare check: person reported missing tonight");
        browser.click("break-glass");
        browser.waitFor(By.id("participant-name"));
        assertThat(browser.driver().findElements(By.id("change-contact-details")))
                .as("not offered to another organisation's caseworker").isEmpty();
    }
}
