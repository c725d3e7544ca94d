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
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date of birth on the registration form, on a desktop and on a 390x844 phone: a date is typed, Tab goes on,
 * Escape keeps it (and, in a dialog, keeps the dialog open), a year in two digits is refused with the reason,
 * Enter does not register the person, the calendar opens only from its button (and not full
 * screen), and every refusal says what is wrong on the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
class DateFieldBrowserTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    private void openTheRegistrationForm(boolean phone) {
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
        pages.signInTo("caseworker", "/participants/new");
        browser.waitFor(By.id("date-of-birth"));
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private String errorOn(String fieldId) {
        return browser.driver().findElement(By.id(fieldId)).getDomProperty("errorMessage");
    }

    private boolean calendarOpen() {
        return !browser.driver().findElements(By.cssSelector("vaadin-date-picker-overlay[opened]")).isEmpty();
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void aTypedDateOfBirthStaysWhenTabGoesOnToTheNextField(boolean phone) {
        openTheRegistrationForm(phone);
        browser.type("date-of-birth", "17/05/1985");
        browser.input("date-of-birth").sendKeys(Keys.TAB);

        browser.waitUntil(d -> "1985-05-17".equals(d.findElement(By.id("date-of-birth")).getDomProperty("value")));
        assertThat(script("return document.activeElement.closest('#nhs-number') !== null"))
                .as("Tab went on to the NHS number").isEqualTo(true);
        assertThat(browser.input("date-of-birth").getDomProperty("value")).isEqualTo("17/05/1985");
        assertThat(calendarOpen()).as("typing did not open the calendar").isFalse();
        // what went on to the next field goes there, not into the date
        browser.input("nhs-number").sendKeys("943");
        assertThat(browser.input("nhs-number").getDomProperty("value")).isEqualTo("943");
        assertThat(browser.input("date-of-birth").getDomProperty("value")).isEqualTo("17/05/1985");
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void escapeKeepsTheTypedDate(boolean phone) {
        openTheRegistrationForm(phone);
        browser.type("date-of-birth", "17 May 1985");
        browser.input("date-of-birth").sendKeys(Keys.ESCAPE);

        browser.waitUntil(d -> "1985-05-17".equals(d.findElement(By.id("date-of-birth")).getDomProperty("value")));
        assertThat(browser.input("date-of-birth").getDomProperty("value")).isEqualTo("17/05/1985");
        browser.waitUntil(d -> errorOn("date-of-birth") == null || errorOn("date-of-birth").isEmpty());
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void escapeInADialogKeepsTheDialogOpenAndTheTypedDate(boolean phone) {
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Robin",
                CaseworkPages.uniqueFamilyName("Escape"), LocalAuthority.WALSALL);
        openTheRegistrationForm(phone);
        pages.openParticipant(participantId);
        browser.click("start-housing-first");
        browser.waitForDialogForm();
        LocalDate referredOn = LocalDate.now().minusDays(3);
        browser.type("referred-on", UK.format(referredOn));
        browser.input("referred-on").sendKeys(Keys.ESCAPE);

        browser.waitUntil(d -> referredOn.toString().equals(d.findElement(By.id("referred-on")).getDomProperty("value")));
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-dialog-overlay[opened]")))
                .as("the dialog is still open").isNotEmpty();
        assertThat(browser.input("referred-on").getDomProperty("value")).isEqualTo(UK.format(referredOn));
        // the field's check of the text as it was typed may still be on its way back from the server
        browser.waitUntil(d -> errorOn("referred-on") == null || errorOn("referred-on").isEmpty());
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void aYearInTwoDigitsIsRefusedOnTheFieldAsTheServerRefusesIt(boolean phone) {
        openTheRegistrationForm(phone);
        browser.type("date-of-birth", "17/05/85");
        browser.input("date-of-birth").sendKeys(Keys.TAB);

        browser.waitUntil(d -> "Enter the year in full, for example 1985".equals(errorOn("date-of-birth")));
        assertThat(browser.driver().findElement(By.id("date-of-birth")).getDomProperty("value"))
                .as("no century guessed").isNullOrEmpty();
        assertThat(browser.driver().findElement(By.id("date-of-birth")).getDomAttribute("invalid")).isNotNull();

        browser.type("date-of-birth", "17/05/1985");
        browser.input("date-of-birth").sendKeys(Keys.TAB);
        browser.waitUntil(d -> "1985-05-17".equals(d.findElement(By.id("date-of-birth")).getDomProperty("value")));
        assertThat(errorOn("date-of-birth")).isNullOrEmpty();
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void enterInTheDateOfBirthTakesTheDateAndDoesNotRegister(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Enter");
        // a person of their own at each size, so that the other run's is no likely match
        String givenName = phone ? "Robin" : "Ashley";
        LocalDate born = phone ? LocalDate.of(1979, 4, 3) : LocalDate.of(1981, 10, 28);
        openTheRegistrationForm(phone);
        browser.type("given-name", givenName);
        browser.type("family-name", familyName);
        browser.type("local-authority", "Dudley");
        browser.input("local-authority").sendKeys(Keys.ENTER);
        browser.type("date-of-birth", born.getDayOfMonth() + "/" + born.getMonthValue() + "/" + born.getYear());
        browser.input("date-of-birth").sendKeys(Keys.ENTER);
        browser.waitUntil(d -> born.toString().equals(d.findElement(By.id("date-of-birth")).getDomProperty("value")));

        // Had Enter registered the person, Register would now find them as a likely match and not go on.
        browser.click("save");
        browser.waitUntil(d -> !d.getCurrentUrl().endsWith("/participants/new"));
        browser.waitUntil(d -> registeredAs(familyName).total() > 0);
        ParticipantPage registered = registeredAs(familyName);
        assertThat(registered.items()).as("registered once, by Register").hasSize(1);
        assertThat(registered.items().get(0).dateOfBirth()).isEqualTo(born);
    }

    private ParticipantPage registeredAs(String familyName) {
        return queries.query(new SearchParticipants(familyName, null, 0, 5),
                ResponseTypes.instanceOf(ParticipantPage.class)).join();
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void aDateOfBirthThatCannotBeRightSaysWhyOnTheField(boolean phone) {
        openTheRegistrationForm(phone);
        LocalDate today = LocalDate.now();

        browser.type("date-of-birth", UK.format(today.plusDays(1)));
        browser.input("date-of-birth").sendKeys(Keys.TAB);
        browser.waitUntil(d -> "Date of birth must be in the past".equals(errorOn("date-of-birth")));

        browser.type("date-of-birth", UK.format(today.minusYears(12)));
        browser.input("date-of-birth").sendKeys(Keys.TAB);
        browser.waitUntil(d -> "Date of birth gives an age of 12; participants must be 16 or over"
                .equals(errorOn("date-of-birth")));

        browser.type("date-of-birth", "the 5th");
        browser.input("date-of-birth").sendKeys(Keys.TAB);
        browser.waitUntil(d -> "Enter a date like 17/05/1985".equals(errorOn("date-of-birth")));
        assertThat(browser.driver().findElement(By.id("date-of-birth")).getDomAttribute("invalid")).isNotNull();
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void anEmailAndAMissingLocalAuthoritySayWhatToDo(boolean phone) {
        openTheRegistrationForm(phone);
        browser.type("email", "robin.example.org");
        browser.input("email").sendKeys(Keys.TAB);
        browser.waitUntil(d -> "Enter an email like name@example.org".equals(errorOn("email")));

        browser.click("save");
        browser.waitUntil(d -> errorOn("local-authority") != null && !errorOn("local-authority").isEmpty());
        assertThat(errorOn("local-authority"))
                .isEqualTo("Choose the local authority: Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall, "
                        + "Wolverhampton or Other");
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theCalendarOpensOnlyFromItsButtonAndNotFullScreen(boolean phone) {
        openTheRegistrationForm(phone);
        browser.input("date-of-birth").click();
        browser.type("date-of-birth", "17/05/1985");
        browser.input("date-of-birth").sendKeys(Keys.TAB);
        browser.waitUntil(d -> "1985-05-17".equals(d.findElement(By.id("date-of-birth")).getDomProperty("value")));
        assertThat(calendarOpen()).as("a click and typing did not open the calendar").isFalse();

        browser.driver().findElement(By.id("date-of-birth")).getShadowRoot()
                .findElement(By.cssSelector("[part='toggle-button']")).click();
        browser.waitUntil(d -> calendarOpen());
        assertThat(script("return document.querySelector('vaadin-date-picker-overlay[opened]')"
                + ".querySelector('vaadin-date-picker-overlay-content').hasAttribute('fullscreen')"))
                .as("a drop-down calendar, not full screen").isEqualTo(false);
        browser.screenshot("date-field-calendar-" + (phone ? "phone" : "desktop"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitUntil(d -> !calendarOpen());
        assertThat(browser.input("date-of-birth").getDomProperty("value")).isEqualTo("17/05/1985");
    }
}
