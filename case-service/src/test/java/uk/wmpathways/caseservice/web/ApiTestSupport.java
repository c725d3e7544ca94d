package uk.wmpathways.caseservice.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.wmpathways.caseservice.enrolment.QueuedTrialArms;
import uk.wmpathways.infra.time.UkTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every HTTP test of case-service's controllers has: the write side on a random port (the module's test
 * application, with the REST API's security and the demo accounts on the embedded MongoDB), a client per user,
 * and the event store to see what a request recorded. Every HTTP test class extends this and declares no other
 * Spring configuration, so that they all share one application context. The read models are not here (see
 * {@link NoReadModelsYet}): what was recorded is checked in the event store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTestSupport {

    static final String PROBLEM_JSON = "application/problem+json";
    static final LocalDate TODAY = LocalDate.now(UkTime.ZONE);

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    QueuedTrialArms trialArms;

    Api as(String username) {
        return new Api(port, username);
    }

    /** Signed in with the given password rather than the demo one. */
    Api as(String username, String password) {
        return new Api(port, username, password);
    }

    /** The payloads of one aggregate's events (or one funding stream's), oldest first. */
    List<Object> eventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(message -> (Object) message.getPayload()).toList();
    }

    /** The payloads of every event stored so far, oldest first. */
    List<Object> allEvents() {
        List<Object> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                events.add(stream.nextAvailable().getPayload());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }

    /** A fresh valid NHS number for each call, so tests never collide on the uniqueness rule. */
    static String freshNhsNumber() {
        Random random = new Random();
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = random.nextInt(10);
                digits.append(digit);
                sum += digit * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }

    static String registration(String givenName, String familyName, String dateOfBirth, String nhsNumber,
                               String localAuthority) {
        return """
                {"givenName": %s, "familyName": %s, "dateOfBirth": %s, "nhsNumber": %s, "localAuthority": %s,
                 "lawfulBasis": "PUBLIC_TASK"}"""
                .formatted(quoted(givenName), quoted(familyName), quoted(dateOfBirth), quoted(nhsNumber),
                        quoted(localAuthority));
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    String registerParticipant(String familyName) {
        Api.Response registered = as("caseworker").post("/api/participants",
                registration("Robin", familyName, "1981-06-02", null, "WALSALL"));
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
}
