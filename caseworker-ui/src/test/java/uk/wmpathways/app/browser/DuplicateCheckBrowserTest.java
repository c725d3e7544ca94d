package uk.wmpathways.app.browser;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantPage;
import uk.wmpathways.caseservice.api.ParticipantQueries.SearchParticipants;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate check on the registration form, on a desktop and on a 390x844 phone: typing a person already
 * registered (family name mistyped) shows the likely match before anything is created; the caseworker can open it,
 * or say it is not the same person and register.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
class DuplicateCheckBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;

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
    void aLikelyMatchIsShownBeforeRegisteringAndNotTheSamePersonRegisters(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Twice");
        String existingId = CaseworkPages.registerParticipant(commands, queries, "Morgan", familyName,
                LocalAuthority.WALSALL);
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
        pages.signInTo("caseworker", "/participants/new");
        browser.type("given-name", "Morgan");
        // one letter mistyped, the same date of birth as the registered person (CaseworkPages registers 17/05/1985)
        String mistyped = familyName.substring(0, familyName.length() - 1) + "z";
        browser.type("family-name", mistyped);
        browser.typeDate("date-of-birth", LocalDate.of(1985, 5, 17));
        browser.type("local-authority", "Walsall");
        browser.input("local-authority").sendKeys(Keys.ENTER);
        browser.click("save");

        browser.waitFor(By.id("likely-matches"));
        assertThat(browser.textOf("likely-matches")).contains("This person may be known already",
                "Morgan " + familyName, "17/05/1985", "Nothing was registered yet");
        assertThat(registered(mistyped)).as("nothing created before the caseworker decides").isZero();
        browser.screenshot("likely-match-" + (phone ? "phone" : "desktop"));
        assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("the panel fits the screen: no sideways scrolling").isTrue();

        browser.click("register-anyway");

        // the new record, not the list
        browser.waitUntil(d -> !d.findElements(By.id("participant-name")).isEmpty()
                && ("Morgan " + mistyped).equals(d.findElement(By.id("participant-name")).getDomProperty("textContent")));
        browser.waitUntil(d -> registered(mistyped) == 1);
        assertThat(existingId).isNotBlank();
    }

    private long registered(String familyName) {
        ParticipantPage found = queries.query(new SearchParticipants(familyName, null, 0, 5),
                ResponseTypes.instanceOf(ParticipantPage.class)).join();
        return found.items().stream().filter(item -> item.familyName().equals(familyName)).count();
    }
}
