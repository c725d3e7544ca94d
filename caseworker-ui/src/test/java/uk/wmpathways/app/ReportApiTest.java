package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.ReportPeriodRules;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.export.ReportRow;
import uk.wmpathways.reporting.export.ReportRows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.app.ReportDownloads.percent;
import static uk.wmpathways.app.ReportDownloads.row;
import static uk.wmpathways.app.ReportDownloads.shown;

/**
 * The outcome reports over HTTP: who may read them, how bad parameters are answered, and that the CSV file and
 * the Excel workbook carry the same numbers as the JSON answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {

    static final String PROBLEM_JSON = "application/problem+json";
    static final LocalDate TODAY = LocalDate.now(UkTime.ZONE);
    /** The last 12 complete months: reports are of whole months that have ended (docs/disclosure.md). */
    static final LocalDate TO = ReportPeriodRules.lastCompleteMonthEnd(TODAY);
    static final LocalDate FROM = TO.minusMonths(11).withDayOfMonth(1);
    static final String PERIOD = "from=" + FROM + "&to=" + TO;
    /** Only this test records Thrive into Work enrolments in Solihull. */
    static final String SOLIHULL = PERIOD + "&localAuthority=SOLIHULL";

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    CommandGateway commands;

    /** Twelve people supported in Solihull by Work Well, six of them into work. */
    @BeforeAll
    void recordHistories() {
        new ReportHistories(commands).thriveIntoWork(LocalAuthority.SOLIHULL, "WORK-WELL", 12, 6,
                TODAY.minusDays(120));
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("manager",
                "/api/reports/thrive-into-work?" + SOLIHULL, null).json().get("supported").get("value").asLong(0) == 12);
    }

    private ReportDownloads http() {
        return new ReportDownloads(port);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static String messageFor(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("No message for " + field + " in " + problem);
    }

    @Test
    void aProgrammeManagerGetsTheReportAsJsonByDefault() {
        ReportDownloads.Download answer = http().get("manager", "/api/reports/thrive-into-work?" + SOLIHULL, null);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.contentDisposition()).isEmpty();
        JsonNode report = answer.json();
        assertThat(report.get("criteria").get("from").asText()).isEqualTo(FROM.toString());
        assertThat(report.get("criteria").get("localAuthority").asText()).isEqualTo("SOLIHULL");
        assertThat(report.get("supported").get("value").asLong()).isEqualTo(12);
        assertThat(report.get("jobStarts").get("value").asLong()).isEqualTo(6);
        assertThat(report.get("jobConversion").get("percent").asDouble()).isEqualTo(50.0);
        assertThat(report.get("fiscalBenefitPounds").asLong()).isEqualTo(6 * 12_035);
        assertThat(answer.text()).doesNotContain("givenName", "familyName", "nhsNumber", "dateOfBirth");
    }

    @Test
    void onlyProgrammeManagersAndAdministratorsMayReadReports() {
        for (String path : List.of("/api/reports/thrive-into-work?", "/api/reports/housing-first?",
                "/api/reports/rough-sleeping?", "/api/reports/funding?", "/api/reports/equality/thrive-into-work?")) {
            ReportDownloads.Download caseworker = http().get("caseworker", path + PERIOD, null);
            assertThat(caseworker.status()).as(path).isEqualTo(403);
            assertThat(caseworker.contentType()).startsWith(PROBLEM_JSON);
            assertThat(http().get("gp", path + PERIOD + "&format=csv", null).status()).as(path).isEqualTo(403);
            ReportDownloads.Download anonymous = http().get(null, path + PERIOD, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith(PROBLEM_JSON);
            assertThat(http().get("admin", path + PERIOD, null).status()).as(path).isEqualTo(200);
            assertThat(http().get("manager", path + PERIOD, null).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void missingOrInvalidDatesAreAProblemPerParameter() {
        ReportDownloads.Download missing = http().get("manager", "/api/reports/thrive-into-work?to=30/04/2025", null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith(PROBLEM_JSON);
        assertThat(missing.json().get("title").asText()).isEqualTo("Invalid input");
        assertThat(fields(missing.json())).containsExactly("from", "to");
        assertThat(messageFor(missing.json(), "to")).contains("YYYY-MM-DD");

        ReportDownloads.Download backwards = http().get("manager",
                "/api/reports/housing-first?from=2025-05-01&to=2025-04-30", null);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(messageFor(backwards.json(), "to")).contains("must not end before it starts");

        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        ReportDownloads.Download future = http().get("manager",
                "/api/reports/funding?" + PERIOD + "&asAt=" + tomorrow + "&format=csv", null);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.contentType()).as("a problem, even when a file was asked for").startsWith(PROBLEM_JSON);
        assertThat(fields(future.json())).containsExactly("asAt");
    }

    @Test
    void aPeriodOfDaysOrAMidMonthAsAtIsRefusedAsAProblemInEveryFormat() {
        // The attacks: a one-day period, and an as-at day a day after another one.
        ReportDownloads.Download oneDay = http().get("manager", "/api/reports/equality/housing-first?from="
                + TO + "&to=" + TO + "&localAuthority=SOLIHULL&format=csv", null);
        assertThat(oneDay.status()).isEqualTo(400);
        assertThat(oneDay.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(oneDay.json())).containsExactly("from");
        assertThat(messageFor(oneDay.json(), "from")).contains("1st of a month");

        ReportDownloads.Download midMonth = http().get("manager", "/api/reports/thrive-into-work?" + PERIOD
                + "&asAt=" + TO.minusDays(1), "text/csv");
        assertThat(midMonth.status()).isEqualTo(400);
        assertThat(messageFor(midMonth.json(), "asAt")).contains("last day of a month");
        ReportDownloads.Download thisMonth = http().get("manager", "/api/reports/funding?from=" + FROM + "&to="
                + TO.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1), null);
        assertThat(thisMonth.status()).isEqualTo(400);
        assertThat(messageFor(thisMonth.json(), "to")).contains(TO.toString());
    }

    @Test
    void anUnknownCodeIsAProblemThatListsTheAllowedCodes() {
        ReportDownloads.Download unknown = http().get("manager", "/api/reports/rough-sleeping?" + PERIOD
                + "&localAuthority=Atlantis&providerOrganisation=NOBODY&fundingStream=LOTTERY", "text/csv");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(unknown.json())).containsExactly("localAuthority", "providerOrganisation", "fundingStream");
        assertThat(messageFor(unknown.json(), "localAuthority")).endsWith(LocalAuthority.allCodes());
        assertThat(messageFor(unknown.json(), "providerOrganisation")).contains("DEMO-SUPPORT");
        assertThat(messageFor(unknown.json(), "fundingStream")).contains("THRIVE_INTO_WORK_TRIAL");

        assertThat(fields(http().get("manager", "/api/reports/equality/gardening?" + PERIOD, null).json()))
                .containsExactly("pathway");
        assertThat(messageFor(http().get("manager", "/api/reports/funding?" + PERIOD + "&format=pdf", null).json(),
                "format")).isEqualTo("Unknown format: use one of json, csv, xlsx");
    }

    @Test
    void theCsvFileHasTheSameNumbersAsTheJsonAndANameThatSaysWhatItIs() throws IOException {
        String asAt = TODAY.toString();
        // Solihull's alone: another class's small figures in another area would hide Solihull's row to protect them
        String query = "/api/reports/thrive-into-work?" + SOLIHULL + "&asAt=" + asAt;
        JsonNode json = http().get("manager", query, null).json();
        ReportDownloads.Download csv = http().get("manager", query, "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.contentDisposition()).isEqualTo("attachment; filename=\"thrive-into-work_" + FROM + "_to_"
                + TO + "_as-at_" + asAt + "_solihull.csv\"");
        List<List<String>> cells = ReportDownloads.csvCells(csv.body());
        assertThat(cells.get(0)).isEqualTo(ReportRow.HEADERS);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("# Thrive into Work outcomes")
                .contains("# Job starts [tiw.job-starts]: " + Definition.TIW_JOB_STARTS.words());
        assertThat(json.at("/jobStarts/definition").asText()).isEqualTo("tiw.job-starts");
        assertThat(json.at("/byLocalAuthority/rows/0/count/definition").asText())
                .isEqualTo("tiw.job-conversion-by-local-authority");
        assertThat(json.at("/definitions/sustainedAt13Weeks/words").asText())
                .isEqualTo(Definition.TIW_SUSTAINED_13.words());
        assertSameNumbers(json, cells);
        assertThat(cells).isEqualTo(expectedCells(json));
        assertThat(row(cells, "Thrive into Work by local authority", "", "SOLIHULL").subList(3, 7))
                .containsExactly("Solihull", "6", "12", "50.0");
    }

    @Test
    void aSmallCountIsExportedAsLessThanFiveAndNeverAsItsNumber() {
        ReportDownloads.Download csv = http().get("manager", "/api/reports/equality/thrive-into-work?" + SOLIHULL
                + "&format=csv", null);

        List<List<String>> cells = ReportDownloads.csvCells(csv.body());
        List<String> female = row(cells, "Equality: Thrive into Work by sex", "", "FEMALE");
        assertThat(female.subList(4, 7)).as("3 of the 6 women started work; the 6 rounded to the nearest 5")
                .containsExactly("<5", "5", "");
        assertThat(row(cells, "Equality: Thrive into Work by sex", "", "MALE").get(4)).isEqualTo("<5");
    }

    @Test
    void theWorkbookHasTheSameNumbersAsTheJson() throws IOException {
        String query = "/api/reports/thrive-into-work?" + PERIOD;
        JsonNode json = http().get("manager", query, null).json();
        ReportDownloads.Download xlsx = http().get("manager", query + "&format=xlsx", null);

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo(ReportDownloads.XLSX);
        assertThat(xlsx.contentDisposition()).isEqualTo("attachment; filename=\"thrive-into-work_" + FROM + "_to_"
                + TO + "_as-at_" + LocalDate.now(clock) + ".xlsx\"");
        List<List<String>> cells = ReportDownloads.excelCells(xlsx.body());
        assertSameNumbers(json, cells);
        assertThat(cells).isEqualTo(ReportDownloads.plainNumbers(expectedCells(json)));
    }

    @Test
    void everyReportComesInEveryFormatAndTheAcceptHeaderCanAskForAFile() {
        for (String report : List.of("thrive-into-work", "housing-first", "rough-sleeping", "funding",
                "equality/housing-first")) {
            String path = "/api/reports/" + report + "?" + PERIOD + "&localAuthority=dudley";
            ReportDownloads.Download csv = http().get("manager", path, "text/csv");
            assertThat(csv.status()).as(report).isEqualTo(200);
            assertThat(csv.contentDisposition()).as(report).contains("_dudley.csv");
            ReportDownloads.Download xlsx = http().get("admin", path, ReportDownloads.XLSX);
            assertThat(xlsx.contentType()).as(report).isEqualTo(ReportDownloads.XLSX);
            assertThat(ReportDownloads.excelCells(xlsx.body()).size()).as(report)
                    .isEqualTo(ReportDownloads.csvCells(csv.body()).size());
        }
        assertThat(http().get("manager", "/api/reports/equality/housing-first?" + PERIOD + "&format=csv", null)
                .contentDisposition()).contains("equality-housing-first_" + FROM + "_to_" + TO);
    }

    /** The headline numbers of the JSON answer, found in the export where a programme manager would look. */
    private static void assertSameNumbers(JsonNode json, List<List<String>> cells) {
        List<List<String>> plain = ReportDownloads.plainNumbers(cells);
        String section = "Thrive into Work";
        assertThat(row(plain, section, "Participants supported", "").get(4)).isEqualTo(shown(json.get("supported")));
        assertThat(row(plain, section, "Job starts", "").get(4)).isEqualTo(shown(json.get("jobStarts")));
        JsonNode conversion = json.get("jobConversion");
        List<String> conversionRow = row(cells, section, "Job conversion rate", "");
        assertThat(conversionRow.subList(4, 6)).containsExactly(shown(conversion.get("numerator")),
                shown(conversion.get("denominator")));
        assertThat(ReportDownloads.plainNumbers(List.of(conversionRow.subList(6, 9))).get(0)).isEqualTo(
                ReportDownloads.plainNumbers(List.of(List.of(percent(conversion.get("percent")),
                        percent(conversion.get("ciLowPercent")), percent(conversion.get("ciHighPercent"))))).get(0));
        for (JsonNode authority : json.get("byLocalAuthority").get("rows")) {
            List<String> exported = row(cells, section + " by local authority", "", authority.get("key").asText());
            assertThat(exported.get(3)).isEqualTo(authority.get("label").asText());
            assertThat(exported.get(4)).isEqualTo(shown(authority.get("count")));
            if (authority.get("count").get("value").isNull()) {
                assertThat(exported.get(4)).as("suppressed, or hidden to protect another").isIn("<5", "[c]");
                assertThat(exported.get(6)).as("no percentage beside a suppressed count").isEmpty();
            }
        }
    }

    /** Every cell, as the JSON answer says it should be exported. */
    private static List<List<String>> expectedCells(JsonNode json) throws IOException {
        ThriveIntoWorkReport report = ReportDownloads.JSON.treeToValue(json, ThriveIntoWorkReport.class);
        List<List<String>> cells = new ArrayList<>();
        cells.add(ReportRow.HEADERS);
        for (ReportRow row : ReportRows.of(report)) {
            cells.add(List.of(row.section(), row.measure(), row.breakdownKey(), row.breakdown(),
                    row.value().number() != null ? row.value().number().toPlainString() : row.value().text(),
                    row.base().number() != null ? row.base().number().toPlainString() : row.base().text(),
                    row.percent() == null ? "" : row.percent().toPlainString(),
                    row.ciLow() == null ? "" : row.ciLow().toPlainString(),
                    row.ciHigh() == null ? "" : row.ciHigh().toPlainString()));
        }
        return cells;
    }
}
