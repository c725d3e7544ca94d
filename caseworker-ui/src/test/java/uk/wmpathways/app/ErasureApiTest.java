package uk.wmpathways.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.wmpathways.caseservice.participant.ErasureJournal;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Erasure over HTTP: only the data protection officer erases, only where the law gives a right to it, and after
 * it the person reads as erased and nothing more is recorded about them.
 */
class ErasureApiTest extends EnrolmentApiTestSupport {

    @Autowired
    ErasureJournal journal;

    private String registered(String familyName) {
        Api.Response registered = as("outreach").post("/api/participants",
                ParticipantRequests.registration("Jo", familyName, "1979-03-04", null, "BIRMINGHAM"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String participantId = registered.body().get("participantId").asText();
        await().until(() -> as("outreach").get("/api/participants/" + participantId).status() == 200);
        return participantId;
    }

    private static String erasure(String participantId) {
        return "/api/participants/" + participantId + "/erasure";
    }

    @Test
    void onlyTheDataProtectionOfficerErases() {
        String participantId = registered("Erasurerefusal");
        for (String user : new String[] {"outreach", "caseworker", "manager", "admin", "gp"}) {
            Api.Response refused = as(user).post(erasure(participantId), Map.of("ground", "UNLAWFULLY_PROCESSED"));
            assertThat(refused.status()).as(user + " " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        }
        assertThat(as(null).post(erasure(participantId), Map.of("ground", "UNLAWFULLY_PROCESSED")).status())
                .isEqualTo(401);
        assertThat(as("outreach").get("/api/participants/" + participantId).body().get("familyName").asText())
                .isEqualTo("Erasurerefusal");
    }

    @Test
    void aRecordHeldForAPublicTaskIsNotErasedBecauseConsentWasWithdrawn() {
        String participantId = registered("Erasurepublictask");

        Api.Response refused = as("dpo").post(erasure(participantId), Map.of("ground", "CONSENT_WITHDRAWN"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.body().get("detail").asText()).contains("not held on the basis of consent but of public task");
        assertThat(refused.body().get("instead").asText()).startsWith("Restrict processing");
        assertThat(as("outreach").get("/api/participants/" + participantId).body().get("familyName").asText())
                .isEqualTo("Erasurepublictask");
    }

    @Test
    void badRequestsChangeNothing() {
        String participantId = registered("Erasurebadinput");
        assertThat(as("dpo").post(erasure(participantId), Map.of()).status()).isEqualTo(400);
        assertThat(as("dpo").post(erasure(participantId), Map.of("ground", "BORED")).status()).isEqualTo(400);
        assertThat(as("dpo").post(erasure("no-such-person"), Map.of("ground", "UNLAWFULLY_PROCESSED")).status())
                .isEqualTo(404);
        assertThat(as("outreach").get("/api/participants/" + participantId).body().get("familyName").asText())
                .isEqualTo("Erasurebadinput");
    }

    @Test
    void anErasedPersonReadsAsErasedAndNothingMoreIsRecorded() {
        String participantId = registered("Erasureapplied");

        Api.Response erased = as("dpo").post(erasure(participantId), Map.of("ground", "UNLAWFULLY_PROCESSED"));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(journal.entries()).as("kept for a restored backup")
                .anyMatch(entry -> entry.participantId().equals(participantId));
        await().until(() -> "[erased]".equals(as("outreach").get("/api/participants/" + participantId).body()
                .get("familyName").asText()));
        assertThat(as("outreach").get("/api/participants/" + participantId).toString()).doesNotContain("Erasureapplied");
        Api.Response change = as("outreach").put("/api/participants/" + participantId + "/contact-details",
                Map.of("phone", "07700 900123"));
        assertThat(change.status()).as(change.toString()).isEqualTo(410);
        Api.Response again = as("dpo").post(erasure(participantId), Map.of("ground", "UNLAWFULLY_PROCESSED"));
        assertThat(again.status()).as(again.toString()).isEqualTo(422);
        assertThat(again.body().get("detail").asText()).contains("erased already");
    }
}
