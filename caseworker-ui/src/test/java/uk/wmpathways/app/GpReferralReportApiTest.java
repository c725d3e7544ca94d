package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.reporting.api.Definition;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.app.GpReferralReportHistories.FROM;
import static uk.wmpathways.app.GpReferralReportHistories.TO;

/**
 * The GP referral figures over HTTP ({@code GET /api/reports/gp-referrals}): for programme managers and
 * administrators only, like every outcome report (decided by the query handler, with the caller in the query's
 * metadata), whichever organisation or practice the others belong to; bad periods are a problem per field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralReportApiTest {

    static final String PRACTICE = "Y97001";
    static final String PATH = "/api/reports/gp-referrals?from=" + FROM + "&to=" + TO;

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    /** Twelve referrals from practice Y97001 last month, seven of them rejected as not eligible. */
    @BeforeAll
    void recordReferrals() {
        FhirClients.addGpReferrers(accounts, encoder);
        new GpReferralReportHistories(eventStore, queries).receivedLastMonth(PRACTICE, 12, 7);
    }

    private ReportDownloads.Download get(String username, String pathAndQuery) {
        return new ReportDownloads(port).get(username, pathAndQuery, null);
    }

    @Test
    void aProgrammeManagerReadsThePracticesFiguresAndWhatEachCounts() {
        ReportDownloads.Download answer = get("manager", PATH);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode report = answer.json();
        JsonNode practice = null;
        for (JsonNode line : report.get("byPractice")) {
            if (line.get("key").asText().equals(PRACTICE)) {
                practice = line;
            }
        }
        assertThat(practice).isNotNull();
        assertThat(practice.get("label").asText()).isEqualTo(PRACTICE + " Report Test Surgery");
        assertThat(practice.get("received").get("value").asLong()).isEqualTo(12);
        assertThat(practice.get("rejected").get("value").asLong()).isEqualTo(7);
        assertThat(practice.get("awaitingDecision").get("value").asLong()).isEqualTo(5);
        assertThat(practice.get("received").get("definition").asText()).isEqualTo(Definition.GP_BY_PRACTICE.key());
        JsonNode notYetKnown = report.get("byLocalAuthority").get(report.get("byLocalAuthority").size() - 1);
        assertThat(notYetKnown.get("label").asText()).isEqualTo("Not yet known");
        assertThat(report.get("definitions").get("received").get("words").asText())
                .isEqualTo(Definition.GP_RECEIVED.words());
        assertThat(answer.text()).doesNotContain("Testpatient", "1985-05-05", "givenName", "nhsNumber");
    }

    @Test
    void onlyProgrammeManagersAndAdministratorsMayReadThem() {
        assertThat(get("admin", PATH).status()).isEqualTo(200);
        assertThat(get("manager", PATH + "&format=csv").status()).isEqualTo(200);
        for (String refused : List.of("caseworker", "outreach", "gp", FhirClients.EXAMPLE_PRACTICE_GP, "dpo")) {
            ReportDownloads.Download answer = get(refused, PATH);
            assertThat(answer.status()).as(refused).isEqualTo(403);
            assertThat(answer.contentType()).as(refused).startsWith("application/problem+json");
            assertThat(get(refused, PATH + "&format=csv").status()).as(refused + " csv").isEqualTo(403);
        }
        ReportDownloads.Download anonymous = get(null, PATH);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theCsvFileSaysWhatItCountsAndHasTheSameNumbers() {
        ReportDownloads.Download csv = get("manager", PATH + "&format=csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentDisposition()).contains("gp-referrals");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("# ").contains(Definition.GP_RECEIVED.label());
        assertThat(text).contains("GP referrals by practice,Received," + PRACTICE + ",");
    }

    @Test
    void aPeriodThatIsNotWholeMonthsIsAProblemPerFieldAndNeverA500() {
        ReportDownloads.Download answer = get("manager", "/api/reports/gp-referrals?from=" + FROM.plusDays(3)
                + "&to=" + TO);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
        assertThat(get("manager", "/api/reports/gp-referrals?from=nonsense&to=" + TO).status()).isEqualTo(400);
    }
}
