package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Restriction of processing over HTTP (UK GDPR Article 18): only the data protection officer restricts and lifts,
 * decided with the commands; while it stands a caseworker's step on the person is refused; a bad ground, a record
 * not restricted or already restricted on another ground, and an erased record each have their own answer and change
 * nothing. Street Outreach ({@code outreach}) registers the person; {@code caseworker} is of another organisation.
 */
class RestrictionApiTest extends EnrolmentApiTestSupport {

    private String registered(String familyName) {
        Api.Response registered = as("outreach").post("/api/participants",
                ParticipantRequests.registration("Jo", familyName, "1979-03-04", null, "BIRMINGHAM"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String participantId = registered.body().get("participantId").asText();
        await().until(() -> as("outreach").get("/api/participants/" + participantId).status() == 200);
        return participantId;
    }

    private static String restriction(String participantId) {
        return "/api/participants/" + participantId + "/restriction";
    }

    private static String lifting(String participantId) {
        return restriction(participantId) + "/lifting";
    }

    private JsonNode dataProtection(String participantId) {
        return as("outreach").get("/api/participants/" + participantId).body().get("dataProtection");
    }

    private Api.Response changeContactDetails(String participantId) {
        return as("outreach").put("/api/participants/" + participantId + "/contact-details",
                Map.of("phone", "07700 900123"));
    }

    @Test
    void theOfficerRestrictsACaseworkersStepIsRefusedAndTheOfficerLiftsIt() {
        String participantId = registered("Restrictedbyofficer");

        Api.Response restricted = as("dpo").post(restriction(participantId),
                Map.of("ground", "accuracy_contested", "note", "Contests the date of birth"));

        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
        JsonNode shown = dataProtection(participantId);
        assertThat(shown.get("restricted").asBoolean()).isTrue();
        assertThat(shown.get("restriction").get("ground").asText()).isEqualTo("ACCURACY_CONTESTED");
        assertThat(shown.get("restriction").get("restrictedBy").asText()).isEqualTo("dpo");
        assertThat(shown.get("restriction").get("restrictedAt").isNull()).isFalse();
        assertThat(shown.toString()).as("the note stays in the event").doesNotContain("date of birth");

        Api.Response step = changeContactDetails(participantId);
        assertThat(step.status()).as(step.toString()).isEqualTo(409);
        assertThat(step.contentType()).startsWith(PROBLEM_JSON);
        assertThat(step.body().get("detail").asText()).contains("data protection officer");

        Api.Response sameAgain = as("dpo").post(restriction(participantId), Map.of("ground", "ACCURACY_CONTESTED"));
        assertThat(sameAgain.status()).as("the same ground again records nothing " + sameAgain).isEqualTo(200);
        Api.Response another = as("dpo").post(restriction(participantId), Map.of("ground", "OBJECTION_PENDING"));
        assertThat(another.status()).as(another.toString()).isEqualTo(409);
        assertThat(another.contentType()).startsWith(PROBLEM_JSON);
        assertThat(another.body().get("ground").asText()).isEqualTo("ACCURACY_CONTESTED");

        Api.Response lifted = as("dpo").post(lifting(participantId), Map.of());
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(dataProtection(participantId).get("restricted").asBoolean()).isFalse();
        assertThat(dataProtection(participantId).get("restriction").isNull()).isTrue();
        assertThat(changeContactDetails(participantId).status()).isEqualTo(204);

        Api.Response liftedAgain = as("dpo").post(lifting(participantId), Map.of());
        assertThat(liftedAgain.status()).as(liftedAgain.toString()).isEqualTo(409);
        assertThat(liftedAgain.contentType()).startsWith(PROBLEM_JSON);
        assertThat(liftedAgain.body().get("detail").asText()).contains("not restricted");
    }

    @Test
    void onlyTheDataProtectionOfficerRestrictsOrLiftsInAnyOrganisation() {
        String participantId = registered("Restrictionrefusal");
        for (String user : new String[] {"outreach", "caseworker", "caseworker2", "manager", "admin", "gp"}) {
            Api.Response refused = as(user).post(restriction(participantId), Map.of("ground", "OBJECTION_PENDING"));
            assertThat(refused.status()).as(user + " " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        }
        assertThat(dataProtection(participantId).get("restricted").asBoolean()).isFalse();

        assertThat(as("dpo").post(restriction(participantId), Map.of("ground", "OBJECTION_PENDING")).status())
                .isEqualTo(200);
        for (String user : new String[] {"outreach", "caseworker", "caseworker2", "manager", "admin", "gp"}) {
            Api.Response refused = as(user).post(lifting(participantId), Map.of());
            assertThat(refused.status()).as(user + " " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        }
        assertThat(dataProtection(participantId).get("restricted").asBoolean()).isTrue();
        assertThat(as(null).post(restriction(participantId), Map.of("ground", "OBJECTION_PENDING")).status())
                .isEqualTo(401);
        assertThat(as(null).post(lifting(participantId), Map.of()).status()).isEqualTo(401);
    }

    @Test
    void aBadGroundIsRefusedListingTheGroundsAndChangesNothing() {
        String participantId = registered("Restrictionbadinput");
        for (Map<String, String> body : List.of(Map.<String, String>of(), Map.of("ground", "BORED"),
                Map.of("ground", "CONSENT_WITHDRAWN"))) {
            Api.Response refused = as("dpo").post(restriction(participantId), body);
            assertThat(refused.status()).as(body + " " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
            assertThat(refused.toString()).contains("ground").contains("ACCURACY_CONTESTED")
                    .contains("UNLAWFUL_PROCESSING_ERASURE_OPPOSED").contains("NEEDED_FOR_LEGAL_CLAIMS")
                    .contains("OBJECTION_PENDING");
        }
        Api.Response longNote = as("dpo").post(restriction(participantId),
                Map.of("ground", "OBJECTION_PENDING", "note", "n".repeat(1001)));
        assertThat(longNote.status()).as(longNote.toString()).isEqualTo(400);
        assertThat(longNote.toString()).contains("note").doesNotContain("nnnn");
        assertThat(as("dpo").post(restriction("no-such-person"), Map.of("ground", "OBJECTION_PENDING")).status())
                .isEqualTo(404);
        assertThat(as("dpo").post(lifting("no-such-person"), Map.of()).status()).isEqualTo(404);
        assertThat(dataProtection(participantId).get("restricted").asBoolean()).isFalse();
    }

    @Test
    void anErasedRecordIsNeitherRestrictedNorLifted() {
        String participantId = registered("Restrictionerased");
        assertThat(as("dpo").post(restriction(participantId), Map.of("ground", "UNLAWFUL_PROCESSING_ERASURE_OPPOSED"))
                .status()).isEqualTo(200);
        Api.Response erased = as("dpo").post("/api/participants/" + participantId + "/erasure",
                Map.of("ground", "UNLAWFULLY_PROCESSED"));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);

        Api.Response restrict = as("dpo").post(restriction(participantId), Map.of("ground", "OBJECTION_PENDING"));
        assertThat(restrict.status()).as(restrict.toString()).isEqualTo(410);
        assertThat(restrict.contentType()).startsWith(PROBLEM_JSON);
        Api.Response lift = as("dpo").post(lifting(participantId), Map.of());
        assertThat(lift.status()).as(lift.toString()).isEqualTo(410);
    }
}
