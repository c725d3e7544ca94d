package uk.wmpathways.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A caseworker signs in, registers a participant through the form, and sees them in the list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterParticipantBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        browser.screenshot(test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("browser"));
        browser.close();
    }

    private void signInAs(String username) {
        browser.open("http://localhost:" + port + "/");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(Api.DEMO_PASSWORD);
        browser.waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    private List<String> gridCells() {
        return browser.driver().findElements(By.cssSelector("#participants vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void aCaseworkerRegistersAParticipantAndSeesThemInTheList() {
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
        browser.waitFor(By.id("save")).click();

        // The form refuses the NHS number with a message beside the field, and stays open.
        browser.waitUntil(d -> "NHS number is not valid: its check digit does not match".equals(
                d.findElement(By.id("nhs-number")).getDomProperty("errorMessage")));
        assertThat(browser.driver().findElement(By.id("nhs-number")).getDomAttribute("invalid")).isNotNull();

        browser.type("nhs-number", "");
        browser.input("nhs-number").sendKeys(Keys.TAB);
        browser.waitFor(By.id("save")).click();

        browser.waitFor(By.id("participants"));
        browser.waitUntil(d -> gridCells().contains(familyName + ", Jordan"));
        assertThat(gridCells()).contains("02/03/1988", "Wolverhampton");

        browser.type("participant-search", familyName.toLowerCase());
        browser.waitUntil(d -> browser.driver().findElement(By.id("participant-count")).getText().equals("1 participant"));
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
