package uk.wmpathways.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.app.DashboardPages.plain;

/**
 * A programme manager signs in and lands on the dashboard: it shows the figures, each chart agrees with its
 * table, and the CSV and Excel exports download files whose numbers are the ones on the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedReports.class)
class ReportsDashboardBrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path downloads;

    private Browser browser;
    private DashboardPages pages;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(downloads);
        pages = new DashboardPages(browser, port);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot(test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("browser"));
        browser.close();
    }

    @Test
    void theDashboardShowsTheFiguresAndEachChartAgreesWithItsTable() {
        pages.signInAsManager();
        pages.waitUntilShown();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 3000));
        browser.screenshot("dashboard-1-landing");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));

        assertThat(browser.driver().getCurrentUrl()).contains("/reports");
        assertThat(pages.headline("headline-tiw-supported")).isEqualTo("3,700");
        assertThat(pages.headline("headline-tiw-job-starts")).isEqualTo("1,015");
        assertThat(pages.headline("headline-tiw-job-conversion")).isEqualTo("27.4%");
        assertThat(pages.headline("headline-hf-accommodated")).isEqualTo("476");
        assertThat(pages.headline("headline-rsi-supported")).isEqualTo("1,211");

        Map<String, DashboardPages.ShownBar> bars = pages.chartBars("conversion-by-la");
        assertThat(bars.get("DUDLEY").text()).isEqualTo("26.7%");
        assertThat(bars.get("SOLIHULL").drawn()).as("a suppressed value draws no bar").isFalse();
        assertThat(bars.get("SOLIHULL").text()).isEqualTo("<5");
        Map<String, DashboardPages.TableRow> table = pages.tableRows("conversion-by-la");
        assertThat(table.keySet()).containsExactlyElementsOf(bars.keySet());
        bars.forEach((key, bar) -> {
            DashboardPages.TableRow row = table.get(key);
            assertThat(row.label()).isEqualTo(bar.label());
            assertThat(row.rate()).isEqualTo(bar.drawn() ? bar.text() : "–");
            if (!bar.drawn()) {
                assertThat(row.count()).isEqualTo("<5");
            }
        });
        assertThat(table.get("DUDLEY")).isEqualTo(new DashboardPages.TableRow("Dudley", "218", "815", "26.7%",
                "23.8% to 29.9%"));
        assertThat(browser.driver().findElement(By.id("chart-conversion-by-la")).isDisplayed())
                .as("the table replaces the chart").isFalse();

        Map<String, DashboardPages.ShownBar> arms = pages.chartBars("trial-arms");
        Map<String, DashboardPages.TableRow> armTable = pages.tableRows("trial-arms");
        assertThat(arms.get("TREATMENT").text()).isEqualTo("30.0%").isEqualTo(armTable.get("TREATMENT").rate());
        assertThat(armTable.get("TREATMENT").count()).isEqualTo("710");
        assertThat(browser.textOf("trial-effect")).contains("+7.0 percentage points").contains("95% CI 4.1 to 9.9");
        assertThat(browser.driver().findElements(By.cssSelector("#chart-trial-arms svg line.pathways-error-bar")))
                .as("each arm's confidence interval is drawn").hasSize(6);

        String page = browser.driver().getPageSource();
        assertThat(page).doesNotContain("givenName").doesNotContain("NHS number");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 3600));
        browser.screenshot("dashboard-2-tables");
    }

    @Test
    void theExportsDownloadFilesWithTheNumbersOnTheScreen() throws IOException {
        pages.signInAsManager();
        pages.waitUntilShown();
        String supported = plain(pages.headline("headline-tiw-supported"));
        String conversion = plain(pages.headline("headline-tiw-job-conversion"));
        Map<String, DashboardPages.ShownBar> bars = pages.chartBars("conversion-by-la");

        Path csv = pages.export("export-csv", ".csv", downloads);
        assertThat(csv.getFileName().toString()).startsWith("outcome-reports_").endsWith(".csv");
        assertThat(browser.textOf("export-status")).startsWith("Ready");
        List<List<String>> cells = ReportDownloads.csvCells(Files.readAllBytes(csv));
        assertSameAsScreen(cells, supported, conversion, bars);

        Path xlsx = pages.export("export-excel", ".xlsx", downloads);
        assertThat(xlsx.getFileName().toString()).endsWith(".xlsx");
        assertSameAsScreen(ReportDownloads.plainNumbers(ReportDownloads.excelCells(Files.readAllBytes(xlsx))),
                supported, conversion, bars);
        browser.screenshot("dashboard-3-exported");
    }

    private static void assertSameAsScreen(List<List<String>> cells, String supported, String conversion,
                                           Map<String, DashboardPages.ShownBar> bars) {
        List<List<String>> plain = ReportDownloads.plainNumbers(cells);
        assertThat(ReportDownloads.row(plain, "Thrive into Work", "Participants supported", "").get(4))
                .isEqualTo(supported);
        assertThat(ReportDownloads.row(plain, "Thrive into Work", "Job conversion rate", "").get(6))
                .isEqualTo(ReportDownloads.plain(new java.math.BigDecimal(conversion)));
        bars.forEach((key, bar) -> {
            List<String> row = ReportDownloads.row(plain, "Thrive into Work by local authority", "", key);
            if (bar.drawn()) {
                assertThat(row.get(6)).as(key).isEqualTo(ReportDownloads.plain(new java.math.BigDecimal(bar.value())));
            } else {
                assertThat(row.get(4)).as(key).isEqualTo("<5");
                assertThat(row.get(6)).as(key).isEmpty();
            }
        });
        assertThat(plain).anySatisfy(row -> assertThat(row.get(0)).startsWith("Equality: Thrive into Work"));
    }
}
