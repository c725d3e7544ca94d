package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.identity.PersonPair;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Linked records and the trial manager's flags over HTTP, per role and organisation: the Demo Support Trust
 * ({@code caseworker}) holds the records and sees and unlinks their links; Street Outreach ({@code outreach}) and
 * every other role are refused the record's links; only the programme manager ({@code manager}) reads the flags,
 * which an unlink resolves.
 */
class LinkedRecordsApiTest extends EnrolmentApiTestSupport {

    private final String family = "Linkage" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");

    private String register(String username, String given) {
        Api.Response registered = as(username).post("/api/participants",
                ParticipantRequests.registration(given, family, "1966-09-12", null, "DUDLEY"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.body().get("participantId").asText();
    }

    private Api.Response decide(String username, String one, String other, String decision) {
        return as(username).post("/api/participants/" + one + "/identity-decisions",
                Map.of("otherParticipantId", other, "decision", decision));
    }

    private static String linkedRecordsOf(String participantId) {
        return "/api/participants/" + participantId + "/linked-records";
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void theHoldingOrganisationSeesAndUnlinksItsLinkedRecordsAndEveryoneElseIsRefused() {
        String record = register("caseworker", "Patricia");
        String sameOrganisation = register("caseworker", "Pat");
        String outreachOwn = register("outreach", "Patty");
        Api.Response linked = decide("caseworker", record, sameOrganisation, "LINK");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);

        await().until(() -> as("caseworker").get(linkedRecordsOf(record)).body().path("records").size() == 1);
        JsonNode shown = as("caseworker").get(linkedRecordsOf(record)).body().get("records").get(0);
        assertThat(shown.get("participantId").asText()).isEqualTo(sameOrganisation);
        assertThat(shown.get("displayName").asText()).isEqualTo("Pat " + family);
        assertThat(shown.get("heldByCaller").asBoolean()).isTrue();
        assertThat(shown.get("direct").asBoolean()).isTrue();
        assertThat(shown.get("decidedBy").asText()).isEqualTo("caseworker");
        assertThat(shown.get("decidedAt").isNull()).isFalse();

        assertProblem(as("outreach").get(linkedRecordsOf(record)), 403);
        for (String username : List.of("manager", "admin", "dpo", "gp")) {
            assertProblem(as(username).get(linkedRecordsOf(record)), 403);
        }
        assertProblem(as(null).get(linkedRecordsOf(record)), 401);
        assertProblem(as("caseworker").get(linkedRecordsOf("no-such-record")), 404);
        assertProblem(decide("outreach", outreachOwn, record, "NOT_SAME_PERSON"), 403);

        Api.Response unlinked = decide("caseworker", sameOrganisation, record, "NOT_SAME_PERSON");
        assertThat(unlinked.status()).as(unlinked.toString()).isEqualTo(200);
        await().until(() -> as("caseworker").get(linkedRecordsOf(record)).body().path("records").isEmpty());
        assertThat(as("caseworker").get(linkedRecordsOf(sameOrganisation)).body().path("records")).isEmpty();
    }

    @Test
    void notTheSamePersonIsDecidedTheMomentAfterARegistration() {
        String known = register("caseworker", "Gregory");
        String registeredJustNow = register("caseworker", "Greg");

        Api.Response remembered = decide("caseworker", registeredJustNow, known, "NOT_SAME_PERSON");

        assertThat(remembered.status()).as("the read side need not know the new record yet: " + remembered)
                .isEqualTo(200);
    }

    @Test
    void recordsLinkedWithDifferentArmsAreFlaggedForTheProgrammeManagerAndAnUnlinkResolvesTheFlag() {
        String treated = register("caseworker", "Teresa");
        String control = register("caseworker", "Tess");
        allocated(treated, TrialArm.TREATMENT);
        allocated(control, TrialArm.CONTROL);
        Api.Response linked = decide("caseworker", treated, control, "LINK");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        String pairId = PersonPair.of(treated, control).id();

        await().until(() -> flag(pairId) != null);
        JsonNode flag = flag(pairId);
        assertThat(flag.get(treated.equals(flag.get("firstParticipantId").asText()) ? "firstArm" : "secondArm")
                .asText()).isEqualTo("TREATMENT");
        assertThat(flag.get("resolved").asBoolean()).isFalse();
        assertThat(flag.toString()).doesNotContain(family);
        for (String username : List.of("caseworker", "admin", "dpo", "gp")) {
            assertProblem(as(username).get("/api/trial-arm-conflicts"), 403);
        }
        assertProblem(as(null).get("/api/trial-arm-conflicts"), 401);

        decide("caseworker", control, treated, "NOT_SAME_PERSON");
        await().until(() -> flag(pairId).get("resolved").asBoolean());
        assertThat(flag(pairId).get("unlinkedAt").isNull()).isFalse();
    }

    private JsonNode flag(String pairId) {
        Api.Response listed = as("manager").get("/api/trial-arm-conflicts");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        for (JsonNode conflict : listed.body().get("conflicts")) {
            if (conflict.get("pairId").asText().equals(pairId)) {
                return conflict;
            }
        }
        return null;
    }

    private void allocated(String participantId, TrialArm arm) {
        Api specialist = as("caseworker");
        Api.Response referred = specialist.post(enrolmentsOf(participantId), Map.of(
                "pathway", "THRIVE_INTO_WORK", "providerOrganisation", "DEMO-SUPPORT", "localAuthority", "DUDLEY",
                "fundingStream", "THRIVE_INTO_WORK_TRIAL", "assignedWorker", "caseworker2", "source", "GP",
                "referrerOdsCode", "M85001", "referredOn", TODAY.minusWeeks(3).toString()));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String enrolmentId = referred.body().get("enrolmentId").asText();
        Api.Response consented = specialist.post(enrolment(enrolmentId) + "/eligibility-and-consent", Map.of(
                "eligible", true, "consentGiven", true, "recordedOn", TODAY.minusWeeks(2).toString()));
        assertThat(consented.status()).as(consented.toString()).isEqualTo(200);
        trialArms.drawNext(arm);
        try {
            Api.Response allocation = specialist.post(enrolment(enrolmentId) + "/trial-arm-allocation",
                    Map.of("allocatedOn", TODAY.minusWeeks(2).toString()));
            assertThat(allocation.status()).as(allocation.toString()).isEqualTo(200);
            assertThat(allocation.body().get("trialArm").asText()).isEqualTo(arm.name());
        } finally {
            trialArms.clear();
        }
    }
}
