package uk.wmpathways.app.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.SignInThrottle;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through the login form with a one-time password, the forced change of password, and failed
 * sign-ins through the form counted by the same throttle as the API's. Its own accounts, never a demo user's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
class AccountBrowserTest {

    private static final String ONE_TIME = "Abcd-efgh-jkmn-pqrs-tuvw";
    private static final String OWN = "heron tulip quarry 42";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignInThrottle throttle;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        throttle.unlockAddress("127.0.0.1");
        throttle.unlockAddress("0:0:0:0:0:0:0:1");
    }

    private String newCaseworker(String password, boolean oneTime) {
        String username = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addIfAbsent(new UserAccount(username, encoder.encode(password), "Test Caseworker",
                Set.of(Role.CASEWORKER), true, "DEMO-SUPPORT", oneTime,
                oneTime ? Instant.now().plus(1, ChronoUnit.DAYS) : null));
        return username;
    }

    private String home() {
        return "http://localhost:" + port + "/";
    }

    @Test
    void aOneTimePasswordLeadsToChangingItAndThenToSigningInWithOnesOwn() {
        String username = newCaseworker(ONE_TIME, true);
        browser.signIn(home(), username, ONE_TIME);
        browser.waitFor(By.id("password-change-required"));
        browser.open(home() + "participants");
        browser.waitFor(By.id("password-change-required")); // every page leads here until changed

        browser.type("current-password", ONE_TIME);
        browser.type("new-password", "too short");
        browser.type("repeat-new-password", "too short");
        browser.click("save-password");
        browser.waitUntilPageContains("Use at least 12 characters");

        browser.type("new-password", OWN);
        browser.type("repeat-new-password", OWN);
        browser.click("save-password");
        browser.waitFor(By.id("password-changed"));

        browser.signIn(home(), username, OWN);
        browser.waitFor(By.id("caseload"));
        assertThat(encoder.matches(OWN, accounts.find(username).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aSignedInPersonChangesTheirPasswordFromTheMenuBar() {
        String username = newCaseworker(OWN, false);
        browser.signIn(home(), username, OWN);
        browser.waitFor(By.id("caseload"));
        browser.click("change-password");
        browser.type("current-password", OWN);
        browser.type("new-password", "another long passphrase");
        browser.type("repeat-new-password", "another long passphrase");
        browser.click("save-password");
        browser.waitUntilPageContains("Your password has been changed.");
        assertThat(encoder.matches("another long passphrase",
                accounts.find(username).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aFailedSignInThroughTheFormCountsTowardsTheLockOutAndALockedAccountIsToldSo() {
        String username = newCaseworker(OWN, false);
        browser.signIn(home(), username, "not my password");
        assertThat(loginErrorTitle()).isEqualTo("Incorrect username or password");
        for (int i = 0; i < 4; i++) {
            throttle.failed(username, "192.0.2.1");
        }
        // Five in a row with the form's: locked for 15 minutes, not slowed down for a few seconds.
        HttpResponse<String> api = basic(username, OWN);
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow())).isGreaterThan(800);

        browser.signIn(home(), username, OWN);
        assertThat(loginErrorTitle()).isEqualTo("Too many failed sign-ins");
    }

    /** The login form shows its error inside its shadow DOM: read it from the component's i18n. */
    private String loginErrorTitle() {
        browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('vaadin-login-form').i18n.errorMessage.title");
    }

    private HttpResponse<String> basic(String username, String password) {
        String credentials = Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(home() + "api/account/password"))
                            .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
