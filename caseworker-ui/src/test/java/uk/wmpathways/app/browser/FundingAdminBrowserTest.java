package uk.wmpathways.app.browser;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.FundingDrawdown;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.FundingDrawdowns;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.ListFundingDrawdowns;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's "Funding" page, on a desktop and on a phone (390 x 844): a drawdown recorded through the
 * form (its problems shown on the fields, an amount above the allocation refused), then corrected from its row.
 * A caseworker is not offered the page and is refused it. Amounts are small: the streams are shared by the tests.
 */
class FundingAdminBrowserTest extends CaseworkBrowserTest {

    private static final FundingStream STREAM = FundingStream.THRIVE_INTO_WORK_EXPANSION;

    private Optional<FundingDrawdown> drawdownWithReference(String reference) {
        return queries.query(new ListFundingDrawdowns(STREAM), ResponseTypes.instanceOf(FundingDrawdowns.class))
                .join().drawdowns().stream().filter(drawdown -> reference.equals(drawdown.reference())).findFirst();
    }

    @Test
    void anAdministratorRecordsADrawdownAndCorrectsIt() {
        String reference = "UI claim " + UUID.randomUUID().toString().substring(0, 8);
        browser.signInDirectly(pages.baseUrl() + "/", "admin", UserAccountsAutoConfiguration.DEMO_PASSWORD);
        browser.waitFor(By.cssSelector("vaadin-side-nav-item[path='admin/funding']")).click();
        browser.waitFor(By.id("drawdowns"));
        browser.choose("funding-stream", STREAM.label());
        browser.waitUntilPageContains("of the allocation of £3700000.00");

        browser.click("record-drawdown");
        browser.click("drawdown-save");
        browser.waitUntilPageContains("Amount is required");
        browser.waitUntilPageContains("Drawdown date is required");
        browser.waitUntilPageContains("Reference is required");

        browser.type("drawdown-amount", "1234.56");
        browser.typeDate("drawdown-drawn-on", LocalDate.now(clock).minusDays(1));
        browser.type("drawdown-reference", reference);
        browser.click("drawdown-save");
        browser.waitUntilNoDialog();
        browser.waitUntilPageContains(reference);
        FundingDrawdown recorded = drawdownWithReference(reference).orElseThrow();
        assertThat(recorded.amountPounds()).isEqualByComparingTo("1234.56");

        clickInView("correct-" + recorded.drawdownId());
        browser.type("drawdown-amount", "1243.56");
        browser.click("drawdown-save");
        browser.waitUntilPageContains("Reason for the correction is required");
        browser.type("drawdown-reason", "Digits swapped");
        browser.click("drawdown-save");
        browser.waitUntilNoDialog();
        browser.waitUntilPageContains("from £1234.56: Digits swapped");
        assertThat(drawdownWithReference(reference).orElseThrow().amountPounds()).isEqualByComparingTo("1243.56");
    }

    @Test
    void onAPhoneAnAmountAboveTheAllocationIsRefusedOnItsFieldAndAnotherIsRecorded() {
        String reference = "Phone claim " + UUID.randomUUID().toString().substring(0, 8);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.signInDirectly(pages.baseUrl() + "/admin/funding", "admin", UserAccountsAutoConfiguration.DEMO_PASSWORD);
        browser.waitFor(By.id("drawdowns"));
        browser.choose("funding-stream", STREAM.label());

        browser.click("record-drawdown");
        browser.type("drawdown-amount", "3700000.01");
        // On a phone the calendar opens full screen instead of taking typing: set the date as picking it would
        WebElement drawnOn = browser.waitFor(By.id("drawdown-drawn-on"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", drawnOn,
                LocalDate.now(clock).toString());
        browser.type("drawdown-reference", reference);
        browser.click("drawdown-save");
        browser.waitUntilPageContains("above its allocation of £3,700,000.00");
        assertThat(drawdownWithReference(reference)).isEmpty();

        browser.type("drawdown-amount", "10.00");
        browser.click("drawdown-save");
        browser.waitUntilNoDialog();
        browser.waitUntilPageContains(reference);
        assertThat(drawdownWithReference(reference).orElseThrow().amountPounds()).isEqualByComparingTo("10.00");
    }

    @Test
    void aCaseworkerIsNotOfferedTheFundingPageAndIsRefusedIt() {
        pages.signInAndWaitForThePage("caseworker");
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-side-nav-item[path='admin/funding']")))
                .isEmpty();
        browser.open(pages.baseUrl() + "/admin/funding");
        browser.waitUntilPageContains("You may not open this page");
        assertThat(browser.driver().findElements(By.id("drawdowns"))).isEmpty();
    }

    /** Clicks the element once scrolled to the middle of the view (a long grid puts rows below the fold). */
    private void clickInView(String id) {
        WebElement element = browser.waitFor(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        browser.click(id);
    }
}
