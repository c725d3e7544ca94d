package uk.wmpathways.app.browser;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;

import java.io.IOException;
import java.util.Comparator;

/**
 * A page left open: the warning two minutes before the session ends, "Stay signed in", and the end itself,
 * which signs the person out although the page's heartbeats kept the HTTP session alive. The time-out (20
 * minutes) is shortened for the one session under test, through Tomcat, so that the test takes seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
class IdleSessionBrowserTest {

    private static final String USER = "caseworker2";

    @LocalServerPort
    int port;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    ServletWebServerApplicationContext context;

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
    void thePageWarnsBeforeTheSessionEndsAndStayingSignedInHidesTheWarning() throws IOException {
        signIn();
        browser.waitUntil(d -> !d.findElement(By.id("idle-warning")).isDisplayed());
        // 125 s: the warning (2 minutes before the end) is due 5 s after the page loads
        latestSession().setMaxInactiveInterval(125);
        browser.driver().navigate().refresh();
        browser.waitFor(By.id("idle-warning"));
        browser.click("stay-signed-in");
        browser.waitUntil(d -> !d.findElement(By.id("idle-warning")).isDisplayed());
    }

    @Test
    void aSessionIdleForTheTimeOutEndsSignedOutThoughItsPageKeptBeating() throws IOException {
        signIn();
        latestSession().setMaxInactiveInterval(3);
        // An open page's heartbeats, every half second for eight seconds: they keep the HTTP session alive but
        // are not activity, so Vaadin closes the session once it has been idle for 3 s. Eight, not five: in a
        // CI run under load the session was once still open after five (the page's own requests after it shows
        // are activity, and a busy machine sends them late).
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("""
                window.pathwaysBeats = 0;
                const beat = () => fetch('/?v-r=heartbeat&v-uiId=0', {method: 'POST'})
                    .finally(() => ++window.pathwaysBeats < 16 && setTimeout(beat, 500));
                beat();
                """);
        // Not one asynchronous script: when Vaadin closes the session it tells the page over its push connection,
        // and the page loads again, which ended such a script with a "script timeout" in a CI run of e500902. The
        // page loaded again (no count) is the session ended too.
        browser.waitUntil(d -> ((Number) page.executeScript(
                "return window.pathwaysBeats === undefined ? 16 : window.pathwaysBeats")).intValue() >= 16);
        browser.open("http://localhost:" + port + "/caseload");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
    }

    private void signIn() {
        browser.signIn("http://localhost:" + port + "/", USER, UserAccountsAutoConfiguration.DEMO_PASSWORD);
        browser.waitFor(By.id("signed-in-user"));
    }

    /** The Tomcat session of the user's latest sign-in (this browser's). */
    private Session latestSession() throws IOException {
        Object principal = sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof UserDetails user && user.getUsername().equals(USER))
                .findFirst().orElseThrow();
        String id = sessions.getAllSessions(principal, false).stream()
                .max(Comparator.comparing(SessionInformation::getLastRequest))
                .orElseThrow().getSessionId();
        Context web = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        return web.getManager().findSession(id);
    }
}
