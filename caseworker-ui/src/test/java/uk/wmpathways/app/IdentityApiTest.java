package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The duplicate check and identity decisions over HTTP, per role and organisation: the Demo Support Trust
 * ({@code caseworker}) holds two records of one person and decides; Street Outreach ({@code outreach}) holds a
 * third and learns only whom to contact; other roles are refused; bad input is problem+json and changes nothing.
 */
class IdentityApiTest extends EnrolmentApiTestSupport {

    private static final String BORN = "1937-02-11";
    private final String family = "Duplicand" + letters();

    private static String letters() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private String register(String username, String given) {
        Api.Response registered = as(username).post("/api/participants",
                ParticipantRequests.registration(given, family, BORN, null, "WALSALL"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.body().get("participantId").asText();
    }

    private static String matchesOf(String participantId) {
        return "/api/participants/" + participantId + "/likely-matches";
    }

    private static String decisionsOf(String participantId) {
        return "/api/participants/" + participantId + "/identity-decisions";
    }

    private List<String> candidateIds(String username, String path) {
        List<String> ids = new ArrayList<>();
        as(username).get(path).body().get("candidates").forEach(match -> ids.add(match.get("participantId").asText()));
        return ids;
    }

    private JsonNode candidate(String username, String path, String participantId) {
        for (JsonNode match : as(username).get(path).body().get("candidates")) {
            if (match.get("participantId").asText().equals(participantId)) {
                return match;
            }
        }
        return null;
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void theOrganisationHoldingBothRecordsSeesTheMatchAndDecidesAndTheDecisionIsRemembered() {
        String william = register("caseworker", "William");
        String bill = register("caseworker", "Bill");

        await().until(() -> candidate("caseworker", matchesOf(william), bill) != null);
        JsonNode match = candidate("caseworker", matchesOf(william), bill);
        assertThat(match.get("heldByCaller").asBoolean()).isTrue();
        assertThat(match.get("displayName").asText()).isEqualTo("Bill " + family);
        assertThat(match.get("reasons").toString()).contains("given name a short form of the other");

        Api.Response notSame = as("caseworker").post(decisionsOf(william),
                Map.of("otherParticipantId", bill, "decision", "NOT_SAME_PERSON"));
        assertThat(notSame.status()).as(notSame.toString()).isEqualTo(200);
        await().until(() -> !candidateIds("caseworker", matchesOf(william)).contains(bill));
        assertThat(candidateIds("caseworker", matchesOf(bill))).doesNotContain(william);

        Api.Response linked = as("caseworker").post(decisionsOf(bill),
                Map.of("otherParticipantId", william, "decision", "LINK"));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.body().get("decision").asText()).isEqualTo("LINK");
    }

    @Test
    void anotherOrganisationLearnsOnlyWhomToContactAndCannotDecide() {
        String held = register("caseworker", "Elizabeth");
        String outreachOwn = register("outreach", "Liz");

        await().until(() -> candidate("outreach", matchesOf(outreachOwn), held) != null);
        JsonNode match = candidate("outreach", matchesOf(outreachOwn), held);
        assertThat(match.get("heldByCaller").asBoolean()).isFalse();
        assertThat(match.get("displayName").isNull()).isTrue();
        assertThat(match.get("dateOfBirth").isNull()).isTrue();
        assertThat(match.get("reasons")).isEmpty();
        assertThat(match.get("organisationsToContact").toString()).contains("DEMO-SUPPORT");
        assertThat(match.toString()).doesNotContain(family).doesNotContain(BORN);

        assertProblem(as("outreach").post(decisionsOf(outreachOwn),
                Map.of("otherParticipantId", held, "decision", "LINK")), 403);
        assertProblem(as("caseworker").post(decisionsOf(held),
                Map.of("otherParticipantId", outreachOwn, "decision", "LINK")), 403);
        assertProblem(as("caseworker").get(matchesOf(outreachOwn)), 403);
    }

    @Test
    void beforeRegisteringACaseworkerAsksWithTheDetailsGiven() {
        String held = register("caseworker", "Margaret");

        await().until(() -> candidateIds("caseworker", "/api/participants/likely-matches?givenName=Peggy&familyName="
                + family + "&dateOfBirth=" + BORN).contains(held));
        assertProblem(as("caseworker").get("/api/participants/likely-matches?givenName=Peggy"), 400);
        Api.Response badDate = as("caseworker").get("/api/participants/likely-matches?familyName=" + family
                + "&dateOfBirth=11/02/1937");
        assertProblem(badDate, 400);
        assertThat(badDate.toString()).contains("dateOfBirth");
    }

    @Test
    void otherRolesAreRefusedAndBadDecisionsChangeNothing() {
        String one = register("caseworker", "Andrew");
        String other = register("caseworker", "Andy");
        for (String username : List.of("manager", "admin", "dpo")) {
            assertProblem(as(username).get(matchesOf(one)), 403);
            assertProblem(as(username).post(decisionsOf(one),
                    Map.of("otherParticipantId", other, "decision", "LINK")), 403);
        }
        Api.Response unknownDecision = as("caseworker").post(decisionsOf(one),
                Map.of("otherParticipantId", other, "decision", "MERGE"));
        assertProblem(unknownDecision, 400);
        assertThat(unknownDecision.toString()).contains("LINK").contains("NOT_SAME_PERSON");
        assertProblem(as("caseworker").post(decisionsOf(one), Map.of("otherParticipantId", one, "decision", "LINK")),
                400);
        assertProblem(as("caseworker").post(decisionsOf(one), Map.of("decision", "LINK")), 400);
        assertProblem(as("caseworker").post(decisionsOf(one),
                Map.of("otherParticipantId", "no-such-participant", "decision", "LINK")), 404);
        assertProblem(as("caseworker").get(matchesOf("no-such-participant")), 404);

        await().until(() -> candidateIds("caseworker", matchesOf(one)).contains(other));
    }
}
