package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessLogEntry;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Referrals over HTTP for every role and organisation: Street Outreach ({@code outreach}) refers a person it
 * registered to the Demo Support Trust ({@code caseworker}, {@code caseworker2}), which accepts (the enrolment
 * opens) or declines; the refusals are problem+json and name nobody.
 */
class ReferralsApiTest extends EnrolmentApiTestSupport {

    @Autowired
    AccessLog accessLog;

    /** A person Street Outreach registered, as the read side knows them. */
    private String registeredByOutreach(String familyName) {
        Api.Response registered = as("outreach").post("/api/participants",
                ParticipantRequests.registration("Jo", familyName, "1979-03-04", null, "BIRMINGHAM"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.body().get("participantId").asText();
    }

    /** Refers, once the read side knows that Street Outreach may see the person; answers the referral's id. */
    private String refer(String participantId, String to) {
        Api.Response[] made = new Api.Response[1];
        await().until(() -> (made[0] = as("outreach").post(referralsOf(participantId), Map.of(
                "toOrganisation", to, "pathway", "HOUSING_FIRST", "reason", "Sleeping rough for two years")))
                .status() != 403);
        assertThat(made[0].status()).as(made[0].toString()).isEqualTo(201);
        assertThat(made[0].location()).endsWith("/api/referrals/" + made[0].body().get("referralId").asText());
        return made[0].body().get("referralId").asText();
    }

    private static String referralsOf(String participantId) {
        return "/api/participants/" + participantId + "/referrals";
    }

    private static String referral(String referralId) {
        return "/api/referrals/" + referralId;
    }

    private static Map<String, Object> housingFirstStart() {
        return Map.of("localAuthority", "BIRMINGHAM", "source", "OUTREACH", "referredOn", TODAY.toString(),
                "assignedWorker", "caseworker");
    }

    private JsonNode awaitListed(String username, String direction, String referralId) {
        JsonNode[] seen = new JsonNode[1];
        await().until(() -> {
            for (JsonNode referral : as(username).get("/api/referrals?direction=" + direction).body()) {
                if (referral.get("referralId").asText().equals(referralId)) {
                    seen[0] = referral;
                    return true;
                }
            }
            return false;
        });
        return seen[0];
    }

    private static void assertRefused(Api.Response response, int status, String familyName) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.toString()).doesNotContain(familyName);
    }

    @Test
    void theReceivingOrganisationSeesThePendingReferralAcceptsItAndTheEnrolmentOpens() {
        String participantId = registeredByOutreach("Referredaccepted");
        assertThat(as("caseworker").get("/api/participants/" + participantId).status()).isEqualTo(403);
        String referralId = refer(participantId, "demo-support");

        JsonNode incoming = awaitListed("caseworker2", "incoming", referralId);
        assertThat(incoming.get("participantName").asText()).isEqualTo("Jo Referredaccepted");
        assertThat(incoming.get("fromOrganisation").asText()).isEqualTo("STREET-OUTREACH");
        assertThat(incoming.get("status").asText()).isEqualTo("PENDING");
        assertThat(awaitListed("outreach", "outgoing", referralId).get("toOrganisation").asText())
                .isEqualTo("DEMO-SUPPORT");
        assertThat(as("caseworker").get("/api/participants/" + participantId).status())
                .as("pending: the receiver may see the person to decide").isEqualTo(200);
        assertThat(as("caseworker").get(referral(referralId)).body().get("reason").asText())
                .isEqualTo("Sleeping rough for two years");
        List<AccessLogEntry> reads = accessLog.byUser("caseworker", 20);
        assertThat(reads).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AccessAction.VIEW_REFERRAL);
            assertThat(entry.participantIds()).containsExactly(participantId);
        });

        Api.Response accepted = as("caseworker").post(referral(referralId) + "/accept", housingFirstStart());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        String enrolmentId = accepted.body().get("enrolmentId").asText();
        JsonNode enrolment = awaitEnrolment(enrolmentId, e -> true);
        assertThat(enrolment.get("pathway").asText()).isEqualTo("HOUSING_FIRST");
        assertThat(enrolment.get("providerOrganisation").asText()).isEqualTo("DEMO-SUPPORT");
        assertThat(enrolment.get("participantId").asText()).isEqualTo(participantId);
        assertThat(awaitListed("outreach", "outgoing", referralId).get("status").asText()).isIn("PENDING", "ACCEPTED");
        await().until(() -> as("outreach").get(referral(referralId)).body().get("status").asText().equals("ACCEPTED"));
        assertThat(as("outreach").get(referral(referralId)).body().get("enrolmentId").asText()).isEqualTo(enrolmentId);

        Api.Response again = as("caseworker2").post(referral(referralId) + "/decline", Map.of("reason", "Too late"));
        assertRefused(again, 409, "Referredaccepted");
        assertRefused(as("outreach").post(referral(referralId) + "/withdraw"), 409, "Referredaccepted");
    }

    @Test
    void aStartTheEnrolmentRefusesLeavesTheReferralPending() {
        String participantId = registeredByOutreach("Referredincomplete");
        String referralId = refer(participantId, "DEMO-SUPPORT");

        Api.Response incomplete = as("caseworker").post(referral(referralId) + "/accept",
                Map.of("localAuthority", "BIRMINGHAM"));
        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(400);
        assertThat(fields(incomplete.body())).contains("source", "referredOn");
        Api.Response declined = as("caseworker").post(referral(referralId) + "/decline",
                Map.of("reason", "Outside our area"));
        assertThat(declined.status()).as("still pending, so it can be declined").isEqualTo(200);
    }

    @Test
    void afterADeclineTheReceivingOrganisationNoLongerSeesThePerson() {
        String participantId = registeredByOutreach("Referreddeclined");
        String referralId = refer(participantId, "DEMO-SUPPORT");
        await().until(() -> as("caseworker").get("/api/participants/" + participantId).status() == 200);

        Api.Response noReason = as("caseworker").post(referral(referralId) + "/decline", Map.of("reason", " "));
        assertRefused(noReason, 422, "Referreddeclined");
        assertThat(messageFor(noReason.body(), "reason")).isEqualTo("Give the reason for declining");
        Api.Response declined = as("caseworker").post(referral(referralId) + "/decline",
                Map.of("reason", "No capacity this month"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);

        await().until(() -> as("caseworker").get("/api/participants/" + participantId).status() == 403);
        JsonNode seenByReceiver = as("caseworker").get(referral(referralId)).body();
        assertThat(seenByReceiver.get("status").asText()).isEqualTo("DECLINED");
        assertThat(seenByReceiver.path("participantName").isNull()).isTrue();
        JsonNode seenBySender = as("outreach").get(referral(referralId)).body();
        assertThat(seenBySender.get("declineReason").asText()).isEqualTo("No capacity this month");
        assertRefused(as("caseworker").post(referral(referralId) + "/accept", housingFirstStart()), 409,
                "Referreddeclined");
    }

    @Test
    void onlyTheReferringOrganisationWithdrawsAndOnlyTheReceivingOneAnswers() {
        String participantId = registeredByOutreach("Referredwithdrawn");
        String referralId = refer(participantId, "DEMO-SUPPORT");

        assertRefused(as("outreach").post(referral(referralId) + "/accept", housingFirstStart()), 403,
                "Referredwithdrawn");
        assertRefused(as("outreach").post(referral(referralId) + "/decline", Map.of("reason", "Mine")), 403,
                "Referredwithdrawn");
        assertRefused(as("caseworker").post(referral(referralId) + "/withdraw"), 403, "Referredwithdrawn");
        assertThat(as("outreach").post(referral(referralId) + "/withdraw").status()).isEqualTo(200);
        assertRefused(as("outreach").post(referral(referralId) + "/withdraw"), 409, "Referredwithdrawn");
        await().until(() -> as("caseworker").get(referral(referralId)).body().path("status").asText()
                .equals("WITHDRAWN"));
        assertThat(as("caseworker").get("/api/participants/" + participantId).status()).isEqualTo(403);
    }

    @Test
    void anOrganisationNeitherSideOfAReferralSeesNothingOfIt() {
        String participantId = registeredByOutreach("Referredelsewhere");
        String referralId = refer(participantId, "HOMES-FIRST");
        await().until(() -> as("outreach").get(referral(referralId)).status() == 200);

        assertRefused(as("caseworker").get(referral(referralId)), 403, "Referredelsewhere");
        assertRefused(as("caseworker").post(referral(referralId) + "/accept", housingFirstStart()), 403,
                "Referredelsewhere");
        assertRefused(as("caseworker").post(referral(referralId) + "/decline", Map.of("reason", "Not ours")), 403,
                "Referredelsewhere");
        assertThat(texts(as("caseworker").get("/api/referrals?direction=incoming").body(), "referralId"))
                .doesNotContain(referralId);
        assertRefused(as("caseworker").post(referralsOf(participantId), Map.of("toOrganisation", "HOMES-FIRST",
                "pathway", "HOUSING_FIRST")), 403, "Referredelsewhere");
    }

    @Test
    void aReferralThatCannotBeMadeIsRefusedWithTheReason() {
        String participantId = registeredByOutreach("Referredwrongly");
        refer(participantId, "DEMO-SUPPORT");

        Api.Response own = as("outreach").post(referralsOf(participantId),
                Map.of("toOrganisation", "STREET-OUTREACH", "pathway", "HOUSING_FIRST"));
        assertRefused(own, 422, "Referredwrongly");
        assertThat(messageFor(own.body(), "toOrganisation")).isEqualTo("Refer to another organisation than your own");
        Api.Response unknown = as("outreach").post(referralsOf(participantId),
                Map.of("toOrganisation", "NOBODY", "pathway", "HOUSING_FIRST"));
        assertRefused(unknown, 422, "Referredwrongly");
        assertThat(messageFor(unknown.body(), "toOrganisation")).isEqualTo("No organisation has this code");
        assertRefused(as("outreach").post(referralsOf(participantId), Map.of("toOrganisation", "DEMO-SUPPORT")),
                422, "Referredwrongly");
        assertRefused(as("outreach").post(referralsOf(participantId),
                Map.of("toOrganisation", "DEMO-SUPPORT", "pathway", "GARDENING")), 400, "Referredwrongly");
        assertRefused(as("outreach").post(referralsOf("no-such-person"),
                Map.of("toOrganisation", "DEMO-SUPPORT", "pathway", "HOUSING_FIRST")), 404, "Referredwrongly");
        assertRefused(as("caseworker").get(referral("no-such-referral")), 404, "Referredwrongly");
        assertRefused(as("caseworker").post(referral("no-such-referral") + "/withdraw"), 404, "Referredwrongly");
        assertRefused(as("caseworker").get("/api/referrals?direction=sideways"), 400, "Referredwrongly");
    }

    @Test
    void noOtherRoleMakesReadsOrAnswersReferrals() {
        String participantId = registeredByOutreach("Referredroles");
        String referralId = refer(participantId, "DEMO-SUPPORT");

        for (String username : List.of("gp", "manager", "admin", "dpo")) {
            assertRefused(as(username).post(referralsOf(participantId),
                    Map.of("toOrganisation", "DEMO-SUPPORT", "pathway", "HOUSING_FIRST")), 403, "Referredroles");
            assertRefused(as(username).get("/api/referrals?direction=incoming"), 403, "Referredroles");
            assertRefused(as(username).get(referral(referralId)), 403, "Referredroles");
            assertRefused(as(username).post(referral(referralId) + "/accept", housingFirstStart()), 403,
                    "Referredroles");
            assertRefused(as(username).post(referral(referralId) + "/decline", Map.of("reason", "No")), 403,
                    "Referredroles");
            assertRefused(as(username).post(referral(referralId) + "/withdraw"), 403, "Referredroles");
        }
        assertRefused(as(null).get(referral(referralId)), 401, "Referredroles");
        assertRefused(as(null).post(referralsOf(participantId), Map.of("toOrganisation", "DEMO-SUPPORT")), 401,
                "Referredroles");
    }
}
