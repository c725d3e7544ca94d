package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.wmpathways.caseservice.enrolment.QueuedTrialArms;
import uk.wmpathways.infra.time.UkTime;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the end-to-end HTTP journeys share (the whole application on a random port, one context for them all): a
 * participant to enrol, the steps' paths and bodies, and waiting for the read models (eventually consistent) to
 * show what was recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EnrolmentApiTestSupport {

    static final String PROBLEM_JSON = "application/problem+json";
    static final LocalDate TODAY = LocalDate.now(UkTime.ZONE);
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    /** Every API journey class shares this context, and with it the trial arms queued for the next draws. */
    @Autowired
    QueuedTrialArms trialArms;

    Api as(String username) {
        return new Api(port, username);
    }

    String registerParticipant(String familyName) {
        Api.Response registered = as("caseworker").post("/api/participants",
                ParticipantRequests.registration("Robin", familyName, "1981-06-02", null, "WALSALL"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.body().get("participantId").asText();
    }

    static String enrolmentsOf(String participantId) {
        return "/api/participants/" + participantId + "/enrolments";
    }

    static String enrolment(String enrolmentId) {
        return "/api/enrolments/" + enrolmentId;
    }

    static Map<String, Object> housingFirstReferral(LocalDate referredOn) {
        return Map.of("pathway", "HOUSING_FIRST", "providerOrganisation", "DEMO-SUPPORT",
                "localAuthority", "WALSALL", "assignedWorker", "caseworker", "source", "OUTREACH",
                "referredOn", referredOn.toString());
    }

    /** A Housing First referral of a new participant made today; answers the enrolment id. */
    String referToHousingFirst(String familyName) {
        Api.Response referred = as("caseworker").post(enrolmentsOf(registerParticipant(familyName)),
                housingFirstReferral(TODAY));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        return referred.body().get("enrolmentId").asText();
    }

    /** The enrolment as the read model shows it, once it satisfies the condition. */
    JsonNode awaitEnrolment(String enrolmentId, Predicate<JsonNode> condition) {
        return awaitEnrolment("caseworker", enrolmentId, condition);
    }

    /** The enrolment as the read model shows {@code reader} (of the delivering organisation) it, once it satisfies the condition. */
    JsonNode awaitEnrolment(String reader, String enrolmentId, Predicate<JsonNode> condition) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(READ_MODEL_WAIT).until(() -> {
            Api.Response response = as(reader).get(enrolment(enrolmentId));
            seen[0] = response.body();
            return response.status() == 200 && condition.test(response.body());
        });
        return seen[0];
    }

    /** The enrolment's history once it holds at least {@code entries} entries. */
    JsonNode awaitHistory(String enrolmentId, int entries) {
        return awaitHistory("caseworker", enrolmentId, entries);
    }

    /** The enrolment's history as {@code reader} sees it, once it holds at least {@code entries} entries. */
    JsonNode awaitHistory(String reader, String enrolmentId, int entries) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(READ_MODEL_WAIT).until(() -> {
            Api.Response response = as(reader).get(enrolment(enrolmentId) + "/history");
            seen[0] = response.body();
            return response.status() == 200 && response.body().size() >= entries;
        });
        return seen[0];
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    static String messageFor(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("No message for " + field + " in " + problem);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    /** The texts of an array of strings. */
    static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return values;
    }
}
