package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessLogEntry;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.reporting.api.SubjectAccessRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Subject access over HTTP: the data protection officer starts a request (202 and a Location), follows its
 * progress and deadline, and downloads the JSON and the HTML; every other role is refused (403 problem+json),
 * nobody signed in gets 401; an unknown person or request is 404, a file not ready yet 409.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectAccessApiTest extends EnrolmentApiTestSupport {

    private static final String REQUESTS = "/api/data-protection/subject-access-requests";
    private static final String FAMILY_NAME = "Sarperson";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    AccessLog accessLog;
    private String participantId;
    private String readyRequest;

    @BeforeAll
    void aPersonSupportedByTheDemoSupportTrustAndAFinishedRequest() {
        String enrolmentId = referToHousingFirst(FAMILY_NAME);
        participantId = awaitEnrolment(enrolmentId, enrolment -> true).get("participantId").asText();
        Api.Response started = as("dpo").post(REQUESTS, Map.of("participantId", participantId));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        readyRequest = started.body().get("id").asText();
        assertThat(started.location()).endsWith(REQUESTS + "/" + readyRequest);
        awaitReady(readyRequest);
    }

    private JsonNode awaitReady(String requestId) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            seen[0] = as("dpo").get(REQUESTS + "/" + requestId).body();
            return "READY".equals(seen[0].get("status").asText());
        });
        return seen[0];
    }

    @Test
    void theDataProtectionOfficerFollowsTheRequestAndDownloadsBothFiles() {
        JsonNode request = awaitReady(readyRequest);
        LocalDate receivedOn = LocalDate.parse(request.get("receivedOn").asText());
        assertThat(request.get("dueBy").asText()).isEqualTo(receivedOn.plusMonths(1).toString());
        assertThat(request.get("daysLeft").asLong()).isBetween(27L, 31L);
        assertThat(request.get("progress").get("done").asInt()).isEqualTo(request.get("progress").get("total").asInt())
                .isGreaterThanOrEqualTo(3);
        assertThat(request.get("requestedBy").asText()).isEqualTo("dpo");

        Api.Text json = as("dpo").getText(REQUESTS + "/" + readyRequest + "/export.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.contentDisposition()).contains("attachment").doesNotContain(FAMILY_NAME);
        assertThat(json.body()).contains("\"ParticipantRegistered\"", "\"ReferredToHousingFirst\"", FAMILY_NAME);
        Api.Text html = as("dpo").getText(REQUESTS + "/" + readyRequest + "/export.html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("Who you are", "Your support", "Who looked at your record",
                "What you agreed to", FAMILY_NAME);

        List<String> listed = new ArrayList<>();
        as("dpo").get(REQUESTS).body().forEach(item -> listed.add(item.get("id").asText()));
        assertThat(listed).contains(readyRequest);
    }

    @Test
    void theRequestAndItsCompletionAreInTheAccessLog() {
        List<AccessLogEntry> entries = accessLog.aboutParticipant(participantId, 1000);
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AccessAction.SUBJECT_ACCESS_REQUEST);
            assertThat(entry.purpose()).isEqualTo(AccessPurpose.SUBJECT_ACCESS);
            assertThat(entry.username()).isEqualTo("dpo");
        });
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AccessAction.SUBJECT_ACCESS_COMPLETED);
            assertThat(entry.username()).isEqualTo("dpo");
        });
    }

    @Test
    void anUnknownPersonOrRequestIsNotFoundAndAMissingPersonIsABadRequest() {
        Api.Response unknown = as("dpo").post(REQUESTS, Map.of("participantId", "no-such-person"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
        assertThat(as("dpo").get(REQUESTS + "/no-such-request").status()).isEqualTo(404);
        assertThat(as("dpo").get(REQUESTS + "/no-such-request/export.json").status()).isEqualTo(404);
        Api.Response missing = as("dpo").post(REQUESTS, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(missing.body())).containsExactly("participantId");
    }

    @Test
    void theFilesOfARequestStillRunningAreAConflict() {
        String id = "running-" + UUID.randomUUID();
        LocalDate today = LocalDate.now();
        mongo.insert(new SubjectAccessRequest(id, participantId, "dpo", today, today.plusMonths(1),
                SubjectAccessRequest.Status.RUNNING, 1, 4, 0, 0, Instant.now(), null, null));

        Api.Response json = as("dpo").get(REQUESTS + "/" + id + "/export.json");
        assertThat(json.status()).isEqualTo(409);
        assertThat(json.contentType()).startsWith(PROBLEM_JSON);
        assertThat(as("dpo").get(REQUESTS + "/" + id + "/export.html").status()).isEqualTo(409);
        assertThat(as("dpo").get(REQUESTS + "/" + id).body().get("progress").get("done").asInt()).isEqualTo(1);
    }

    private record Endpoint(String name, Function<Api, Api.Response> call) {
    }

    private List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("start", api -> api.post(REQUESTS, Map.of("participantId", participantId))),
                new Endpoint("list", api -> api.get(REQUESTS)),
                new Endpoint("read one", api -> api.get(REQUESTS + "/" + readyRequest)),
                new Endpoint("download JSON", api -> api.get(REQUESTS + "/" + readyRequest + "/export.json")),
                new Endpoint("download HTML", api -> api.send("GET", REQUESTS + "/" + readyRequest
                        + "/export.html")));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("caseworker", 403, "caseworker of the delivering organisation"),
                Arguments.of("caseworker2", 403, "a colleague"),
                Arguments.of("outreach", 403, "a caseworker of another organisation"),
                Arguments.of("gp", 403, "GP referrer"),
                Arguments.of("manager", 403, "programme manager"),
                Arguments.of("admin", 403, "administrator"),
                Arguments.of(null, 401, "nobody signed in"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("refused")
    void everyOtherRoleIsRefused(String username, int expected, String who) {
        int before = countRequests();
        for (Endpoint endpoint : endpoints()) {
            Api.Response response = endpoint.call().apply(as(username));
            assertThat(response.status()).as(who + ": " + endpoint.name()).isEqualTo(expected);
            assertThat(response.contentType()).as(endpoint.name()).startsWith(PROBLEM_JSON);
            assertThat(String.valueOf(response.body())).as(endpoint.name()).doesNotContain(FAMILY_NAME);
        }
        assertThat(countRequests()).as("nothing recorded").isEqualTo(before);
    }

    private int countRequests() {
        return (int) mongo.getCollection(SubjectAccessRequest.COLLECTION).countDocuments();
    }
}
