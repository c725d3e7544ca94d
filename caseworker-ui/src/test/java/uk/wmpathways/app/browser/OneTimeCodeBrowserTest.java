package uk.wmpathways.app.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.security.OneTimeCodes;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.SignInThrottle;
import uk.wmpathways.infra.security.TwoStepSignIn;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step sign-in in a real browser, on a desktop and on a phone-sized window: a caseworker sets up one-time
 * codes from the menu (the secret read from the page, the QR code shown) and then signs in with password and
 * code; an administrator without codes is led to set them up at sign-in before anything else. Codes are computed
 * here from the secret the page showed. Its own accounts, never a demo user's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
class OneTimeCodeBrowserTest {

    private static final String PASSWORD = "heron tulip quarry 42";
    static final String DESKTOP = "desktop";
    static final String PHONE = "phone";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    TwoStepSignIn twoStep;

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

    private void sized(String size) {
        if (PHONE.equals(size)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
    }

    private String newAccount(Role role) {
        String username = "otp-ui-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addIfAbsent(new UserAccount(username, encoder.encode(PASSWORD), "Test " + role.label(), Set.of(role),
                true, role == Role.CASEWORKER ? "DEMO-SUPPORT" : null));
        return username;
    }

    private String home() {
        return "http://localhost:" + port + "/";
    }

    /** Starts the set-up on the page, checks the QR code is shown, confirms; answers the secret read. */
    private String setUpOnThePage() {
        String size = browser.driver().manage().window().getSize().getWidth() < 600 ? PHONE : DESKTOP;
        browser.click("start-one-time-codes");
        String secret = browser.waitFor(By.id("one-time-code-secret")).getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        browser.waitUntil(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const qr = document.getElementById('one-time-code-qr'); return qr.complete && qr.naturalWidth > 0;"));
        browser.screenshot("one-time-codes-set-up-" + size);
        browser.type("confirm-one-time-code", OneTimeCodes.codeAt(secret, Instant.now()));
        browser.click("confirm-one-time-codes");
        return secret;
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DESKTOP, PHONE})
    void aCaseworkerSetsUpCodesAndThenSignsInWithPasswordAndCode(String size) {
        sized(size);
        String username = newAccount(Role.CASEWORKER);
        browser.signIn(home(), username, PASSWORD);
        browser.waitFor(By.id("caseload"));
        if (PHONE.equals(size)) {
            browser.waitFor(By.tagName("vaadin-drawer-toggle")).click();
        }
        browser.click("one-time-codes");
        browser.waitFor(By.id("one-time-codes-off"));
        String secret = setUpOnThePage();
        browser.waitFor(By.id("one-time-codes-on"));
        assertThat(twoStep.isOn(username)).isTrue();
        assertThat(browser.driver().getPageSource()).as("shown while setting up only").doesNotContain(secret);

        browser.driver().manage().deleteAllCookies(); // a new visit
        browser.signIn(home(), username, PASSWORD);
        browser.waitFor(By.id("one-time-code"));
        browser.open(home() + "participants");
        browser.waitFor(By.id("one-time-code")); // nothing opens before the code
        assertThat(browser.driver().findElements(By.id("caseload"))).isEmpty();

        String next = OneTimeCodes.codeAt(secret, Instant.now().plus(Duration.ofSeconds(30)));
        browser.type("one-time-code", wrong(next));
        browser.click("submit-one-time-code");
        browser.waitUntilPageContains("This is not the code your app shows now");
        browser.screenshot("one-time-code-step-" + size);

        browser.type("one-time-code", next);
        browser.click("submit-one-time-code");
        browser.waitFor(By.id("caseload"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DESKTOP, PHONE})
    void anAdministratorWithoutCodesMustSetThemUpAtSignIn(String size) {
        sized(size);
        String username = newAccount(Role.ADMIN);
        browser.signIn(home(), username, PASSWORD);
        browser.waitFor(By.id("one-time-codes-required"));
        browser.open(home() + "admin/accounts");
        browser.waitFor(By.id("one-time-codes-required")); // every page leads here until set up

        setUpOnThePage();
        browser.waitUntil(d -> d.getCurrentUrl().equals(home()));
        browser.open(home() + "admin/accounts");
        browser.waitUntilPageContains(username); // the accounts list: signed in as an administrator now
        assertThat(twoStep.isOn(username)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void anAdministratorResetsSomeonesCodesFromTheAccountsPage() {
        String username = "aa-codes-" + UUID.randomUUID().toString().substring(0, 8); // first in the list
        accounts.addIfAbsent(new UserAccount(username, encoder.encode(PASSWORD), "Test Caseworker",
                Set.of(Role.CASEWORKER), true, "DEMO-SUPPORT"));
        TwoStepSignIn.Setup setup = twoStep.startSetup(username);
        twoStep.confirmSetup(username, OneTimeCodes.codeAt(setup.secret(), Instant.now()), "127.0.0.1");

        browser.signIn(home(), "admin", UserAccountsAutoConfiguration.DEMO_PASSWORD); // exempt: the embedded demo's
        browser.waitFor(By.cssSelector("vaadin-side-nav-item[path='admin/accounts']")).click();
        browser.click("reset-codes-" + username);
        browser.waitUntilPageContains("Reset the one-time codes of Test Caseworker?");
        browser.click("confirm-account-action-yes");
        browser.waitUntil(d -> d.findElements(By.id("reset-codes-" + username)).isEmpty());
        assertThat(twoStep.state(username)).isEqualTo(TwoStepSignIn.State.OFF);
        assertThat(browser.driver().findElements(By.id("reset-codes-admin"))).as("none for the demo admin")
                .isEmpty();
    }
}
