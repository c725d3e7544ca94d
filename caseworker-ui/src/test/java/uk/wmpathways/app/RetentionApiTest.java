package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindRetentionRun;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.ListRetentionRuns;
import uk.wmpathways.caseservice.api.retention.RetentionRun;
import uk.wmpathways.caseservice.api.retention.StartRetentionRun;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The retention job through the whole application, with the default policy (six years after a Housing First
 * closure, two after a registration without enrolment): who a run erases, who it keeps and who it holds, the run's
 * record and access log entry, and that only the data protection officer may see or start it. Closures are business
 * dates, so they are recorded in the past through the API; a registration's day is the day it was recorded, so the
 * person never enrolled is one whose registration event was stored years ago.
 */
class RetentionApiTest extends EnrolmentApiTestSupport {

    private static final String RETENTION = "/api/data-protection/retention";
    private static final LocalDate REFERRED_LONG_AGO = LocalDate.of(2015, 1, 5);

    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;

    private String enrolledInHousingFirst(String participantId, LocalDate referredOn) {
        Api.Response referred = as("caseworker").post(enrolmentsOf(participantId), housingFirstReferral(referredOn));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        return referred.body().get("enrolmentId").asText();
    }

    private String closedInHousingFirst(String familyName, LocalDate referredOn, LocalDate closedOn) {
        String participantId = registerParticipant(familyName);
        String enrolmentId = enrolledInHousingFirst(participantId, referredOn);
        Api.Response closed = as("caseworker").post(enrolment(enrolmentId) + "/closure",
                Map.of("reason", "DISENGAGED", "destination", "OTHER", "closedOn", closedOn.toString()));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        return participantId;
    }

    /** Restricted after its closure: consent became the basis and was withdrawn. */
    private void restricted(String participantId) {
        String participant = "/api/participants/" + participantId;
        Api.Response basis = as("caseworker").put(participant + "/lawful-basis",
                Map.of("basis", "CONSENT", "consentGivenOn", TODAY.toString()));
        assertThat(basis.status()).as(basis.toString()).isEqualTo(204);
        String consentId = as("caseworker").get(participant).body().get("dataProtection").get("consents").get(0)
                .get("consentId").asText();
        assertThat(as("caseworker").post(participant + "/consents/" + consentId + "/withdrawal", Map.of()).status())
                .isEqualTo(204);
    }

    private String registeredYearsAgoAndNeverEnrolled() {
        String participantId = "p-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Participant", participantId, 0, new ParticipantRegistered(
                participantId, "Robin", ParticipantRequests.uniqueFamilyName("Retainedneverenrolled"),
                LocalDate.of(1981, 6, 2), null, LocalAuthority.WALSALL, null, null, "caseworker",
                Instant.parse("2022-06-01T10:00:00Z"), null, "DEMO-SUPPORT")));
        return participantId;
    }

    private static List<String> ids(JsonNode people) {
        return values(people.get("participantIds"));
    }

    @Test
    void aRunErasesThosePastTheirPeriodKeepsTheOthersHoldsTheRestrictedAndIsRecorded() {
        String closedLongAgo = closedInHousingFirst(ParticipantRequests.uniqueFamilyName("Retentionpast"),
                REFERRED_LONG_AGO, LocalDate.of(2016, 6, 30));
        String closedRecently = closedInHousingFirst(ParticipantRequests.uniqueFamilyName("Retentionwithin"),
                LocalDate.of(2023, 1, 5), LocalDate.of(2024, 1, 10));
        String open = registerParticipant(ParticipantRequests.uniqueFamilyName("Retentionopen"));
        enrolledInHousingFirst(open, REFERRED_LONG_AGO);
        String restricted = closedInHousingFirst(ParticipantRequests.uniqueFamilyName("Retentionrestricted"),
                REFERRED_LONG_AGO, LocalDate.of(2016, 6, 30));
        restricted(restricted);
        String neverEnrolled = registeredYearsAgoAndNeverEnrolled();

        JsonNode preview = await().atMost(Duration.ofSeconds(20)).until(() -> as("dpo").get(RETENTION).body(),
                body -> ids(body.get("wouldErase")).containsAll(List.of(closedLongAgo, neverEnrolled))
                        && ids(body.get("heldProcessingRestricted")).contains(restricted));
        assertThat(ids(preview.get("wouldErase"))).doesNotContain(closedRecently, open, restricted);
        assertThat(preview.get("policy").get("housingFirst").asText()).isEqualTo("P6Y");
        assertThat(preview.get("policy").get("withoutEnrolment").asText()).isEqualTo("P2Y");
        assertThat(preview.get("today").asText()).isEqualTo(TODAY.toString());
        assertThat(preview.get("wouldErase").get("count").asInt()).isEqualTo(ids(preview.get("wouldErase")).size());

        Api.Response started = as("dpo").post(RETENTION + "/runs");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String runId = started.body().get("runId").asText();
        assertThat(started.location()).endsWith(RETENTION + "/runs/" + runId);
        assertThat(started.body().get("startedBy").asText()).isEqualTo("dpo");
        JsonNode run = await().atMost(Duration.ofSeconds(30)).until(
                () -> as("dpo").get(RETENTION + "/runs/" + runId).body(),
                body -> "FINISHED".equals(body.path("status").asText()));

        assertThat(values(run.get("erased"))).contains(closedLongAgo, neverEnrolled)
                .doesNotContain(closedRecently, open, restricted);
        assertThat(values(run.get("heldProcessingRestricted"))).contains(restricted);
        assertThat(run.get("refused")).isEmpty();
        assertThat(run.get("counts").get("erased").asInt()).isEqualTo(run.get("erased").size());
        assertThat(run.get("counts").get("heldProcessingRestricted").asInt())
                .isEqualTo(run.get("heldProcessingRestricted").size());
        assertThat(run.get("policy").get("thriveIntoWork").asText()).isEqualTo("P10Y");
        assertThat(run.get("finishedAt").isNull()).isFalse();
        assertThat(texts(as("dpo").get(RETENTION + "/runs").body(), "runId")).contains(runId);

        for (String erased : List.of(closedLongAgo, neverEnrolled)) {
            DomainEventMessage<?> last = eventStore.readEvents(erased).asStream().reduce((a, b) -> b).orElseThrow();
            assertThat(last.getPayload()).isInstanceOfSatisfying(ParticipantErased.class, event -> {
                assertThat(event.ground()).isEqualTo(ErasureGround.RETENTION_PERIOD_ENDED);
                assertThat(event.erasedBy()).isEqualTo("system:retention");
            });
        }
        await().until(() -> "[erased]".equals(as("caseworker").get("/api/participants/" + closedLongAgo).body()
                .path("familyName").asText()));
        for (String kept : List.of(closedRecently, open, restricted)) {
            assertThat(as("caseworker").get("/api/participants/" + kept).body().get("familyName").asText())
                    .startsWith("Retention");
        }
        JsonNode logged = as("dpo").get("/api/access-log?participantId=" + closedLongAgo).body();
        assertThat(texts(logged, "action")).contains("RETENTION_ERASURE");
    }

    @Test
    void onlyTheDataProtectionOfficerSeesOrRunsTheJob() {
        for (String user : new String[] {"caseworker", "outreach", "gp", "manager", "admin"}) {
            for (Api.Response refused : List.of(as(user).get(RETENTION), as(user).post(RETENTION + "/runs"),
                    as(user).get(RETENTION + "/runs"), as(user).get(RETENTION + "/runs/no-such-run"))) {
                assertThat(refused.status()).as(user + " " + refused).isEqualTo(403);
                assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
            }
        }
        assertThat(as(null).get(RETENTION).status()).isEqualTo(401);
        assertThat(as(null).post(RETENTION + "/runs").status()).isEqualTo(401);
        assertThat(as("dpo").get(RETENTION).status()).isEqualTo(200);
        assertThat(as("dpo").get(RETENTION + "/runs").status()).isEqualTo(200);
    }

    @Test
    void theRulesAreDecidedWhereTheCommandAndQueriesAreHandledNotOnlyAtTheEndpoint() {
        List<Caller> others = List.of(
                Caller.person("caseworker", Set.of(Role.CASEWORKER), "DEMO-SUPPORT", "test"),
                Caller.person("outreach", Set.of(Role.CASEWORKER), "STREET-OUTREACH", "test"),
                Caller.person("gp", Set.of(Role.GP_REFERRER), null, "test"),
                Caller.person("manager", Set.of(Role.PROGRAMME_MANAGER), null, "test"),
                Caller.person("admin", Set.of(Role.ADMIN), null, "test"));
        for (Caller caller : others) {
            assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new StartRetentionRun(null, caller.username())).andMetaData(caller.toMetaData())))
                    .as(caller.username()).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> queries.query(new GenericMessage<>(new ListRetentionRuns(5), caller.toMetaData()),
                    ResponseTypes.multipleInstancesOf(RetentionRun.class)).join())
                    .as(caller.username()).hasRootCauseInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> queries.query(new GenericMessage<>(new FindRetentionRun("any"),
                    caller.toMetaData()), ResponseTypes.instanceOf(RetentionRun.class)).join())
                    .as(caller.username()).hasRootCauseInstanceOf(AccessRefusedException.class);
        }
        Caller dpo = Caller.person("dpo", Set.of(Role.DATA_PROTECTION), null, "test");
        assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new StartRetentionRun(null, "someone-else")).andMetaData(dpo.toMetaData())))
                .as("a run is started in the name of who starts it").isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void badRequestsAreSpecificProblems() {
        Api.Response tooMany = as("dpo").get(RETENTION + "/runs?limit=1000");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(tooMany.body())).containsExactly("limit");
        assertThat(as("dpo").get(RETENTION + "/runs?limit=many").status()).isEqualTo(400);
        Api.Response unknown = as("dpo").get(RETENTION + "/runs/no-such-run");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
    }
}
