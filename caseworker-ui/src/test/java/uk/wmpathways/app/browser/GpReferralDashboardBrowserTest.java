package uk.wmpathways.app.browser;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.wmpathways.app.GpReferralReportHistories;
import uk.wmpathways.reporting.api.Definition;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme manager reads the GP referral figures on the dashboard, beside the other Thrive into Work figures, on
 * a desktop and on a 390x844 phone: a practice's line (received, what became of them), the line of referrals whose
 * local authority is not yet known, and what each column counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralDashboardBrowserTest {

    static final String PRACTICE = "Y97002";

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;

    /** Ten referrals from practice Y97002 last month (in the dashboard's default period), five rejected. */
    @BeforeAll
    void recordReferrals() {
        new GpReferralReportHistories(eventStore, queries).receivedLastMonth(PRACTICE, 10, 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"desktop", "phone"})
    void theManagerSeesThePracticesReferralsAndWhatEachColumnCounts(String screen) {
        try (Browser browser = new Browser()) {
            if (screen.equals("phone")) {
                browser.driver().manage().window().setSize(new Dimension(390, 844));
            }
            DashboardPages pages = new DashboardPages(browser, port);
            signInAsManager(browser, pages);
            pages.waitUntilShown();

            pages.scrollTo("table-gp-referrals-by-practice");
            assertThat(cells(browser, "table-gp-referrals-by-practice", PRACTICE))
                    .containsExactly(PRACTICE + " Report Test Surgery", "10", "0", "5", "0", "5", "0", "–", "–");
            assertThat(cells(browser, "table-gp-referrals-by-la", "NOT_YET_KNOWN").get(0)).isEqualTo("Not yet known");
            assertThat(browser.textOf("gp-referrals-summary")).startsWith("GP referrals received in the period: ");
            assertThat(browser.textOf("gp-referrals-rejected-by-reason"))
                    .startsWith("Rejected, by reason: Not eligible for Thrive into Work: ");

            pages.scrollTo("table-gp-referrals-definitions");
            browser.driver().findElement(By.cssSelector("#table-gp-referrals-definitions vaadin-details-summary"))
                    .click();
            By words = By.cssSelector("#table-gp-referrals-definitions li");
            browser.waitUntil(d -> d.findElement(words).isDisplayed());
            assertThat(browser.driver().findElements(words)).extracting(WebElement::getText)
                    .contains(Definition.GP_RECEIVED.label() + ": " + Definition.GP_RECEIVED.words());
            assertThat(browser.driver().getPageSource()).as("aggregates only").doesNotContain("Testpatient");
            browser.screenshot("gp-referrals-dashboard-" + screen);
        }
    }

    /** The first dashboard of a run (a cold page on a busy machine) may take longer than the pages' usual wait. */
    private static void signInAsManager(Browser browser, DashboardPages pages) {
        try {
            pages.signInAsManager();
        } catch (TimeoutException slowFirstPage) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .until(d -> !d.findElements(By.id("headline-tiw-supported")).isEmpty());
        }
    }

    private static List<String> cells(Browser browser, String tableId, String key) {
        WebElement row = browser.driver().findElement(By.cssSelector("#" + tableId + " tr[data-key='" + key + "']"));
        return row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
    }
}
