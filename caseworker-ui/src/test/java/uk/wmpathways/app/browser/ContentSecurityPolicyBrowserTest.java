package uk.wmpathways.app.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages work under their Content-Security-Policy: each kind of page (lists, a form, the dashboard's charts,
 * Swagger UI) loads, and Chromium's console reports nothing that the policy blocked. The other browser tests,
 * which run under the same policy, show that the journeys work; this one would also see a blocked image or
 * style that no journey depends on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
class ContentSecurityPolicyBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void caseworkPagesLoadWithNothingBlocked() {
        signInAs("caseworker");
        browser.waitFor(By.id("caseload"));
        visit("/due", "due-items");
        visit("/participants", "participants");
        visit("/participants/new", "date-of-birth");
        assertNothingBlocked();
    }

    @Test
    void theDashboardAndTheApiDescriptionLoadWithNothingBlocked() {
        signInAs("manager");
        visit("/reports", "headline-tiw-supported");
        // Swagger UI, on the session of the browser UI
        browser.open(url("/swagger-ui/index.html"));
        browser.waitFor(By.cssSelector(".swagger-ui .opblock"));
        assertNothingBlocked();
    }

    private void signInAs(String username) {
        browser.signIn(url("/"), username, UserAccountsAutoConfiguration.DEMO_PASSWORD);
        browser.waitFor(By.id("signed-in-user"));
    }

    private void visit(String path, String idOnThePage) {
        browser.open(url(path));
        browser.waitFor(By.id(idOnThePage));
    }

    private void assertNothingBlocked() {
        List<String> errors = browser.consoleErrors();
        assertThat(errors).noneMatch(message -> message.contains("Content Security Policy"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
