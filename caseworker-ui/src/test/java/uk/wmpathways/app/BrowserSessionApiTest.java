package uk.wmpathways.app;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser UI's sessions over HTTP, signing in through the login form: a new session id at sign-in, the
 * cookie's flags, at most three sessions per person (a fourth sign-in ends the oldest), and the idle time-out
 * settings that Vaadin works with.
 */
class BrowserSessionApiTest extends EnrolmentApiTestSupport {

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void signingInGivesTheSessionANewIdInAnHttpOnlyLaxCookie() {
        WebClient browser = new WebClient(port);
        HttpResponse<String> loginPage = browser.get("/login");
        assertThat(loginPage.headers().firstValue("Set-Cookie").orElse(""))
                .contains("JSESSIONID=", "HttpOnly", "SameSite=Lax");
        String before = browser.sessionId();

        HttpResponse<String> signedIn = browser.signIn("caseworker2", Api.DEMO_PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before); // session fixation protection
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aFourthSignInEndsTheOldestSessionWhosePageIsSentToSignIn() {
        List<WebClient> browsers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            WebClient browser = new WebClient(port);
            browser.signIn("gp", Api.DEMO_PASSWORD);
            browsers.add(browser);
        }
        // The two oldest were ended by the fourth and the fifth; Vaadin's pages in them are told so.
        assertThat(browsers.get(0).post("/?v-r=heartbeat&v-uiId=0", "").statusCode()).isEqualTo(410);
        HttpResponse<String> roundTrip = browsers.get(1).post("/?v-r=uidl&v-uiId=0", "{}",
                "Content-Type", "application/json");
        assertThat(roundTrip.body()).contains("\"sessionExpired\":true");
        // ended means signed out: the next page is the login page
        assertThat(browsers.get(0).get("/").headers().firstValue("Location").orElse("")).endsWith("/login");
        for (WebClient stillSignedIn : browsers.subList(2, 5)) {
            assertThat(stillSignedIn.get("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void vaadinClosesSessionsIdleForTheTimeOutHeartbeatsNotCounting() {
        new WebClient(port).get("/login"); // the servlet starts at its first request
        DeploymentConfiguration vaadin = vaadinServlet.getServlet().getService().getDeploymentConfiguration();
        assertThat(vaadin.isCloseIdleSessions()).isTrue();
        // a closed session is seen within a minute, and the warning is due two minutes before the end
        assertThat(vaadin.getHeartbeatInterval()).isEqualTo(60);
    }
}
