package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessLogEntry;
import uk.wmpathways.infra.access.AccessPurpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Every API endpoint that touches a person's record, for every role and organisation: the caseworker of the
 * organisation that delivers the enrolment (and a colleague), a caseworker of another organisation, a GP
 * referrer, a programme manager, an administrator, the data protection officer and nobody signed in. A refused
 * answer is 401 or 403 problem+json and holds none of the person's details.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixApiTest extends EnrolmentApiTestSupport {

    private static final String FAMILY_NAME = "Matrixperson";
    @Autowired
    AccessLog accessLog;
    private String participantId;
    private String enrolmentId;

    @BeforeAll
    void aPersonSupportedByTheDemoSupportTrust() {
        enrolmentId = referToHousingFirst(FAMILY_NAME);
        participantId = awaitEnrolment(enrolmentId, enrolment -> true).get("participantId").asText();
        await().until(() -> as("caseworker").get("/api/participants/" + participantId).status() == 200);
    }

    private record Endpoint(String name, Function<Api, Api.Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private List<Endpoint> endpoints() {
        String participant = "/api/participants/" + participantId;
        return List.of(
                new Endpoint("read participant", api -> api.get(participant)),
                new Endpoint("list enrolments", api -> api.get(participant + "/enrolments")),
                new Endpoint("read enrolment", api -> api.get("/api/enrolments/" + enrolmentId)),
                new Endpoint("enrolment history", api -> api.get("/api/enrolments/" + enrolmentId + "/history")),
                new Endpoint("caseload of caseworker", api -> api.get("/api/caseload?worker=caseworker")),
                new Endpoint("due of the organisation", api -> api.get("/api/due?organisation=DEMO-SUPPORT")),
                new Endpoint("change contact details", api -> api.put(participant + "/contact-details",
                        "{\"phone\":\"0121 496 0999\",\"email\":null}")),
                new Endpoint("log a contact", api -> api.post("/api/enrolments/" + enrolmentId + "/contacts",
                        Map.of("type", "PHONE", "durationMinutes", 5, "contactedOn", TODAY.toString()))));
    }

    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of("caseworker", 200, "delivering organisation"),
                Arguments.of("caseworker2", 200, "a colleague in the delivering organisation"),
                Arguments.of("outreach", 403, "a caseworker of another organisation"),
                Arguments.of("gp", 403, "GP referrer"),
                Arguments.of("manager", 403, "programme manager"),
                Arguments.of("admin", 403, "administrator: runs the service, reads no case content"),
                Arguments.of("dpo", 403, "data protection: the access log, not case content"),
                Arguments.of(null, 401, "nobody signed in"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("callers")
    void everyEndpointAnswersTheSameRule(String username, int expected, String who) {
        List<String> mismatches = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Api.Response response = endpoint.call().apply(as(username));
            int status = response.status() / 100 == 2 ? 200 : response.status();
            if (status != expected) {
                mismatches.add(endpoint + ": " + response.status() + " " + response.body());
            }
            if (status != 200) {
                assertThat(response.contentType()).as(endpoint.name()).startsWith(PROBLEM_JSON);
                assertThat(String.valueOf(response.body())).as(endpoint.name()).doesNotContain(FAMILY_NAME);
            }
        }
        assertThat(mismatches).as(who).isEmpty();
    }

    @Test
    void eachReadOfTheRecordIsOneAccessLogEntrySayingWhoWhenThroughWhatAndWhy() {
        int before = accessLog.aboutParticipant(participantId, 1000).size();

        as("caseworker2").get("/api/participants/" + participantId);

        List<AccessLogEntry> after = accessLog.aboutParticipant(participantId, 1000);
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(0)).satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("caseworker2");
            assertThat(entry.roles()).isEqualTo("CASEWORKER");
            assertThat(entry.organisation()).isEqualTo("DEMO-SUPPORT");
            assertThat(entry.action()).isEqualTo(AccessAction.VIEW_PARTICIPANT);
            assertThat(entry.purpose()).isEqualTo(AccessPurpose.OWN_ORGANISATION);
            assertThat(entry.channel()).isEqualTo("API GET /api/participants/" + participantId);
            assertThat(entry.participantIds()).containsExactly(participantId);
            assertThat(entry.at()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        });
    }

    @Test
    void aRefusedReadShowsNothingAndIsLoggedAsRefused() {
        assertThat(as("outreach").get("/api/participants/" + participantId).status()).isEqualTo(403);

        assertThat(accessLog.aboutParticipant(participantId, 1).get(0)).satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("outreach");
            assertThat(entry.purpose()).isEqualTo(AccessPurpose.REFUSED);
        });
    }

    @Test
    void theDataProtectionOfficerAsksWhoLookedAtThePersonAndThatIsLoggedToo() {
        as("caseworker").get("/api/participants/" + participantId);

        Api.Response answer = as("dpo").get("/api/access-log?participantId=" + participantId);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(texts(answer.body(), "username")).contains("caseworker");
        assertThat(as("caseworker").get("/api/access-log?participantId=" + participantId).status()).isEqualTo(403);
        assertThat(as("admin").get("/api/access-log?participantId=" + participantId).status()).isEqualTo(403);
        assertThat(accessLog.aboutParticipant(participantId, 1).get(0).action())
                .isEqualTo(AccessAction.READ_ACCESS_LOG);
        assertThat(as("dpo").get("/api/access-log/verification").body().get("intact").asBoolean()).isTrue();
    }

    @Test
    void searchesShowOnlyThePeopleOfTheCallersOrganisation() {
        JsonNode own = as("caseworker").get("/api/participants?q=" + FAMILY_NAME).body();
        JsonNode other = as("outreach").get("/api/participants?q=" + FAMILY_NAME).body();

        assertThat(own.get("total").asLong()).isEqualTo(1);
        assertThat(other.get("total").asLong()).isZero();
        assertThat(String.valueOf(other)).doesNotContain(FAMILY_NAME);
    }

    @Test
    void anotherOrganisationCannotSeeTheCaseloadOrDueListOfThisOne() {
        assertThat(as("outreach").get("/api/caseload?worker=caseworker").status()).isEqualTo(403);
        assertThat(as("outreach").get("/api/due?organisation=DEMO-SUPPORT").status()).isEqualTo(403);
        assertThat(as("outreach").get("/api/due?organisation=STREET-OUTREACH").status()).isEqualTo(200);
    }

    @Test
    void anotherOrganisationCannotStartAnEnrolmentInThisOnesName() {
        Api.Response started = as("outreach").post(enrolmentsOf(participantId), housingFirstReferral(TODAY));

        assertThat(started.status()).isEqualTo(403);
        assertThat(started.contentType()).startsWith(PROBLEM_JSON);
    }
}
