package uk.wmpathways.app.browser;

import uk.wmpathways.app.ReportDownloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.wmpathways.app.demo.DemoDataSet;
import uk.wmpathways.app.demo.DemoDataSwitch;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.ui.UkFormats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the demo data set loaded (through the command path, by its switch), a programme manager's dashboard shows
 * the published West Midlands figures, its charts agree with their tables, and the export carries the same
 * numbers: 3,700 Thrive into Work participants, the treatment arm's 710 into work (30%), the areas' figures,
 * 476 accommodated by Housing First and 1,211 supported by the Rough Sleeping Initiative.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pathways.demo-data=true",
        // the suite may run against a real MongoDB (its own test database): the demo data is wanted there too
        "pathways.demo-data.allow-on-real-mongodb=true",
        "pathways.embedded-mongo.durability=periodic"})
// The same configuration as the other demo-data test class: Spring keeps one context, so the set loads once.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
class DemoDataDashboardBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoDataSwitch demoData;
    @TempDir
    Path downloads;

    private Browser browser;
    private DashboardPages pages;

    @BeforeAll
    void loadTheDemoData() throws Exception {
        demoData.loaded().get(20, TimeUnit.MINUTES);
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(downloads);
        pages = new DashboardPages(browser, port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static String thousands(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    private static String percent(long numerator, long denominator) {
        return new java.math.BigDecimal(100.0 * numerator / denominator)
                .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theDashboardShowsThePublishedThriveIntoWorkFiguresAndTheExportCarriesThem(boolean phone) throws IOException {
        if (phone) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        }
        pages.signInAsManager();
        pages.waitUntilShown();
        // the demo history ends years ago: the page opens on a programme period, not on a page of noughts
        assertThat(List.of(browser.textOf("headline-tiw-job-starts"), browser.textOf("headline-hf-referrals"),
                browser.textOf("headline-rsi-moved-on"))).as("something happened in the period shown")
                .anySatisfy(shown -> assertThat(shown).isNotEqualTo("0"));
        pages.scrollTo("report-period");
        browser.choose("report-period", "Thrive into Work trial stage (June 2018 to October 2020)");
        browser.waitUntil(d -> browser.textOf("report-shown-for").startsWith("Showing "
                + UkFormats.date(DemoDataSet.TIW_FROM) + " to " + UkFormats.date(DemoDataSet.TIW_TO)));
        browser.screenshot("demo-1-thrive-into-work-" + (phone ? "phone" : "desktop"));

        assertThat(pages.headline("headline-tiw-treatment-heading")).startsWith("Treatment arm (IPS)");
        assertThat(pages.headline("headline-tiw-treatment-job-starts"))
                .isEqualTo(thousands(DemoDataSet.TIW_TREATMENT_INTO_EMPLOYMENT));
        assertThat(pages.headline("headline-tiw-treatment-job-conversion")).isEqualTo("30.0%");
        assertThat(pages.headline("headline-tiw-counted-heading")).containsIgnoringCase("both trial arms");

        assertThat(pages.headline("headline-tiw-supported")).isEqualTo("3,700");
        assertThat(pages.headline("headline-tiw-job-starts")).isEqualTo(thousands(DemoDataSet.TIW_INTO_EMPLOYMENT));
        assertThat(pages.headline("headline-tiw-job-conversion"))
                .isEqualTo(percent(DemoDataSet.TIW_INTO_EMPLOYMENT, DemoDataSet.TIW_SUPPORTED_TOTAL));

        Map<String, DashboardPages.ShownBar> bars = pages.chartBars("conversion-by-la");
        Map<String, DashboardPages.TableRow> table = pages.tableRows("conversion-by-la");
        long blackCountrySupported = 0;
        long blackCountryIntoWork = 0;
        for (Map.Entry<LocalAuthority, Integer> area : DemoDataSet.TIW_SUPPORTED.entrySet()) {
            String key = area.getKey().name();
            int intoWork = DemoDataSet.TIW_INTO_EMPLOYMENT_BY_AREA.get(area.getKey());
            String rate = percent(intoWork, area.getValue());
            assertThat(bars.get(key).text()).as(key).isEqualTo(rate);
            assertThat(table.get(key).rate()).as(key).isEqualTo(rate);
            assertThat(table.get(key).count()).as(key).isEqualTo(thousands(intoWork));
            assertThat(table.get(key).base()).as(key).isEqualTo(thousands(area.getValue()));
            if (DemoDataSet.BLACK_COUNTRY.contains(area.getKey())) {
                blackCountrySupported += Long.parseLong(DashboardPages.plain(table.get(key).base()));
                blackCountryIntoWork += Long.parseLong(DashboardPages.plain(table.get(key).count()));
            }
        }
        assertThat(table.get("WOLVERHAMPTON")).isEqualTo(new DashboardPages.TableRow("Wolverhampton", "139", "432",
                "32.2%", table.get("WOLVERHAMPTON").interval()));
        assertThat(List.of(blackCountrySupported, blackCountryIntoWork)).as("the Black Country")
                .containsExactly(2_298L, 599L);

        Map<String, DashboardPages.ShownBar> arms = pages.chartBars("trial-arms");
        Map<String, DashboardPages.TableRow> armTable = pages.tableRows("trial-arms");
        assertThat(armTable.get("TREATMENT").count()).isEqualTo("710");
        assertThat(armTable.get("TREATMENT").rate()).isEqualTo("30.0%").isEqualTo(arms.get("TREATMENT").text());
        assertThat(armTable.get("CONTROL").rate()).isEqualTo(arms.get("CONTROL").text());
        long treatment = Long.parseLong(DashboardPages.plain(armTable.get("TREATMENT").base()));
        long control = Long.parseLong(DashboardPages.plain(armTable.get("CONTROL").base()));
        assertThat(treatment + control).isEqualTo(DemoDataSet.TIW_SUPPORTED_TOTAL);
        assertThat(browser.textOf("trial-effect")).contains("percentage points").contains("95% CI");

        if (phone) {
            // the published figures on a phone are enough; the export below is the desktop's to check
            return;
        }
        Path csv = pages.export("export-csv", ".csv", downloads);
        assertThat(csv.getFileName().toString()).startsWith("outcome-reports_2018-06-01_to_2020-10-31_as-at_");
        List<List<String>> cells = ReportDownloads.plainNumbers(ReportDownloads.csvCells(Files.readAllBytes(csv)));
        assertThat(ReportDownloads.row(cells, "Thrive into Work", "Participants supported", "").get(4)).isEqualTo("3700");
        assertThat(ReportDownloads.row(cells, "Thrive into Work", "Job starts", "").get(4)).isEqualTo("890");
        assertThat(ReportDownloads.row(cells, "Thrive into Work by trial arm", "", "TREATMENT").subList(4, 7))
                .containsExactly("710", String.valueOf(treatment), "30");
        assertThat(ReportDownloads.row(cells, "Thrive into Work by local authority", "", "WOLVERHAMPTON").subList(4, 7))
                .containsExactly("139", "432", "32.2");
        assertThat(ReportDownloads.row(cells, "Thrive into Work", "Fiscal benefit", "").get(4))
                .isEqualTo(String.valueOf(890L * 12_035));
    }

    @Test
    void theDashboardShowsThePublishedHousingFirstAndRoughSleepingFigures() {
        pages.signInAsManager();
        pages.waitUntilShown();
        List<Long> openings = new java.util.ArrayList<>();
        for (int opening = 0; opening < 5; opening++) {
            long start = System.nanoTime();
            pages.openDashboard();
            openings.add((System.nanoTime() - start) / 1_000_000);
        }
        // a figure for docs/benchmarks.md, never an assertion: a busy machine must not fail a test
        System.out.println("Dashboard opened to its first figures, demo data (ms): " + openings + ", median "
                + openings.stream().sorted().toList().get(2));
        pages.choosePeriod(DemoDataSet.HF_FROM, DemoDataSet.HF_TO);
        assertThat(pages.headline("headline-hf-accommodated")).isEqualTo("476");

        pages.choosePeriod(DemoDataSet.RSI_FROM, DemoDataSet.RSI_TO);
        assertThat(pages.headline("headline-rsi-supported")).isEqualTo("1,211");
        browser.screenshot("demo-2-rough-sleeping");
        assertThat(browser.textOf("report-shown-for")).contains(UkFormats.date(DemoDataSet.RSI_FROM));
    }

    /** The demo caseworker signs in to a working day (CaseworkersDayStories), not to an empty caseload. */
    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theDemoCaseworkerSeesACaseloadAndWorkDueIncludingOverdue(boolean phone) {
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
        CaseworkPages casework = new CaseworkPages(browser, port);
        casework.signInAs("caseworker");
        By rows = By.cssSelector("#caseload a.pathways-row-link[data-case-enrolment-id]");
        List<Long> openings = new ArrayList<>();
        for (int opening = 0; opening < 5; opening++) {
            long start = System.nanoTime();
            browser.open(casework.baseUrl() + "/caseload");
            browser.waitFor(rows);
            openings.add((System.nanoTime() - start) / 1_000_000);
        }
        // a figure for the note, never an assertion: a busy machine must not fail a test
        System.out.println("My caseload opened to its first row, demo data, " + (phone ? "phone" : "desktop")
                + " (ms): " + openings + ", median " + openings.stream().sorted().toList().get(2));
        assertThat(browser.driver().findElements(rows)).as("the demo caseworker's open cases")
                .hasSizeGreaterThanOrEqualTo(5);

        browser.open(casework.baseUrl() + "/due");
        // "12/11/2026 (overdue)" in the Due column at desktop, "Overdue since 12/11/2026: ..." on a phone's card
        browser.waitUntil(d -> browser.textOf("due-items").toLowerCase(Locale.UK).contains("overdue"));
        browser.screenshot("demo-3-caseworker-due-" + (phone ? "phone" : "desktop"));
    }
}
