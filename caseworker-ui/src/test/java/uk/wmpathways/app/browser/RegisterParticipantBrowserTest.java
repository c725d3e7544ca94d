package uk.wmpathways.app.browser;

import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRecorded;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRules;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.ParticipantPage;
import uk.wmpathways.caseservice.api.ParticipantQueries.SearchParticipants;
import uk.wmpathways.caseservice.api.ParticipantRegistered;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker signs in, registers a participant through the form (with or without the optional equality
 * monitoring answers), lands on the new record, and finds them in the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
class RegisterParticipantBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void signInAs(String username) {
        browser.open("http://localhost:" + port + "/");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(UserAccountsAutoConfiguration.DEMO_PASSWORD);
        browser.waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    private List<String> gridCells() {
        return browser.driver().findElements(By.cssSelector("#participants vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    /** After registering, the new record (not the list): its referral is the next step. */
    private void landsOnTheRecordOf(String name) {
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/participants/[0-9a-f-]{36}$"));
        browser.waitUntil(d -> !d.findElements(By.id("participant-name")).isEmpty()
                && name.equals(d.findElement(By.id("participant-name")).getDomProperty("textContent")));
        assertThat(browser.driver().findElements(By.id("refer-participant"))).isNotEmpty();
    }

    @Test
    void aCaseworkerRegistersAParticipantLandsOnTheRecordAndFindsThemInTheList() {
        String familyName = "Browser" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        signInAs("caseworker");
        // caseworkers land on their caseload
        browser.waitFor(By.id("caseload"));
        browser.open("http://localhost:" + port + "/participants");
        browser.waitFor(By.id("register-participant")).click();

        browser.type("given-name", "Jordan");
        browser.type("family-name", familyName);
        browser.type("date-of-birth", "2/3/1988");
        browser.input("date-of-birth").sendKeys(Keys.ENTER);
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-date-picker-overlay[opened]")).isEmpty());
        browser.type("nhs-number", "943 476 5918");
        browser.input("nhs-number").sendKeys(Keys.TAB);
        browser.type("local-authority", "Wolverhampton");
        browser.input("local-authority").sendKeys(Keys.ENTER);
        browser.click("save");

        // The form refuses the NHS number with a message beside the field, and stays open.
        browser.waitUntil(d -> "NHS number is not valid: its check digit does not match".equals(
                d.findElement(By.id("nhs-number")).getDomProperty("errorMessage")));
        assertThat(browser.driver().findElement(By.id("nhs-number")).getDomAttribute("invalid")).isNotNull();

        browser.type("nhs-number", "");
        browser.input("nhs-number").sendKeys(Keys.TAB);
        browser.click("save");

        landsOnTheRecordOf("Jordan " + familyName);
        browser.open("http://localhost:" + port + "/participants");
        browser.waitFor(By.id("participants"));
        browser.waitUntil(d -> gridCells().contains(familyName + ", Jordan"));
        assertThat(gridCells()).contains("02/03/1988", "Wolverhampton");

        browser.type("participant-search", familyName.toLowerCase());
        browser.waitUntil(d -> browser.driver().findElement(By.id("participant-count")).getText().equals("1 participant"));
    }

    @Test
    void equalityMonitoringQuestionsAreOptionalAndTheAnswersGivenAreRecorded() {
        String familyName = "Equality" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        signInAs("caseworker");
        browser.waitFor(By.id("caseload"));
        browser.open("http://localhost:" + port + "/participants/new");

        assertThat(browser.textOf("equality-note")).contains("optional", "equality monitoring");
        browser.type("given-name", "Sasha");
        browser.type("family-name", familyName);
        browser.typeDate("date-of-birth", java.time.LocalDate.of(1990, 7, 14));
        browser.type("local-authority", "Dudley");
        browser.input("local-authority").sendKeys(Keys.ENTER);
        browser.choose("ethnicity", "Mixed or multiple ethnic groups");
        browser.choose("disability", "Prefer not to say");
        browser.screenshot("register-participant-equality");
        browser.click("save");

        landsOnTheRecordOf("Sasha " + familyName);
        ParticipantPage found = queries.query(new SearchParticipants(familyName, null, 0, 5),
                ResponseTypes.instanceOf(ParticipantPage.class)).join();
        assertThat(found.items()).hasSize(1);
        ParticipantRegistered registered = (ParticipantRegistered) eventStore
                .readEvents(found.items().get(0).participantId()).next().getPayload();
        assertThat(registered.equality()).as("the question left unanswered stays empty")
                .isEqualTo(new EqualityDetails(EthnicGroup.MIXED, null, Disability.PREFER_NOT_TO_SAY));
        assertThat(eventStore.readEvents(found.items().get(0).participantId()).asStream()
                .map(event -> (Object) event.getPayload()).filter(LawfulBasisRecorded.class::isInstance).findFirst())
                .as("public task to start with; equality monitoring once an equality question is answered")
                .contains(new LawfulBasisRecorded(found.items().get(0).participantId(), LawfulBasis.PUBLIC_TASK,
                        SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST_EQUALITY_MONITORING, "caseworker",
                        registered.registeredAt()));
    }

    @Test
    void registeringUnderConsentAsksForTheDayItWasGiven() {
        String familyName = "Consent" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        signInAs("caseworker");
        browser.waitFor(By.id("caseload"));
        browser.open("http://localhost:" + port + "/participants/new");
        browser.type("given-name", "Sasha");
        browser.type("family-name", familyName);
        browser.typeDate("date-of-birth", java.time.LocalDate.of(1991, 11, 23));
        browser.type("local-authority", "Dudley");
        browser.input("local-authority").sendKeys(Keys.ENTER);
        browser.choose("lawful-basis", LawfulBasis.CONSENT.label());
        browser.click("save");

        browser.waitUntil(d -> LawfulBasisRules.CONSENT_DAY_REQUIRED.equals(
                d.findElement(By.id("consent-given-on")).getDomProperty("errorMessage")));
        // Enter confirms the date only (a date field's Enter does not send the form): Register sends it.
        browser.typeDate("consent-given-on", java.time.LocalDate.now(uk.wmpathways.infra.time.UkTime.ZONE));
        browser.click("save");
        landsOnTheRecordOf("Sasha " + familyName);
        ParticipantPage found = queries.query(new SearchParticipants(familyName, null, 0, 5),
                ResponseTypes.instanceOf(ParticipantPage.class)).join();
        assertThat(eventStore.readEvents(found.items().get(0).participantId()).asStream()
                .map(event -> event.getPayload().getClass().getSimpleName()))
                .containsExactly("ParticipantRegistered", "LawfulBasisRecorded", "ConsentRecorded");
    }

    @Test
    void aProgrammeManagerIsNotOfferedParticipantRecords() {
        signInAs("manager");
        browser.waitFor(By.id("headlines")); // a programme manager lands on the outcome reports
        assertThat(browser.driver().findElements(By.id("register-participant"))).isEmpty();
        browser.open("http://localhost:" + port + "/participants");
        browser.waitUntil(d -> !d.getPageSource().contains("id=\"participants\""));
        assertThat(browser.driver().findElements(By.id("participants"))).isEmpty();
    }
}
