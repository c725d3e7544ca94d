package uk.wmpathways.app.browser;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.wmpathways.caseservice.enrolment.QueuedTrialArms;

import java.time.Clock;

/**
 * What every casework browser test has: the application on a random port, a fresh headless browser per test
 * with the casework pages, and a screenshot of where a failing test ended.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ScreenshotOnFailure.class)
abstract class CaseworkBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    Clock clock;
    /** Trial arms a test wants drawn; in every context of the module, so the context stays shared. */
    @Autowired
    QueuedTrialArms trialArms;

    Browser browser;
    CaseworkPages pages;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        pages = new CaseworkPages(browser, port);
    }

    @AfterEach
    void closeBrowser() {
        trialArms.clear();
        browser.close();
    }
}
