package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAcceptance;
import uk.wmpathways.infra.security.UserAccounts;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.app.GpReferralInboxSupport.IPS_CASEWORKER;
import static uk.wmpathways.app.GpReferralInboxSupport.VERIFIED;
import static uk.wmpathways.app.GpReferralInboxSupport.awaitListed;
import static uk.wmpathways.app.GpReferralInboxSupport.referral;

/**
 * Accepting a GP referral over HTTP: the person registered from the referral (lawful basis carried: consent when the
 * referral carried one), linked to the participant holding its verified NHS number (said so) or to the one the
 * caseworker chose; the Thrive into Work enrolment started for WORK-WELL with source GP and the practice; a retry
 * answers the same; a stale version, a decided referral, another organisation and bad input change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralAcceptanceApiTest extends EnrolmentApiTestSupport {

    @Autowired
    CommandGateway commands;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    void theServicesCaseworkersAndTheGps() {
        GpReferralInboxSupport.addServiceCaseworkers(accounts, encoder);
        FhirClients.addGpReferrers(accounts, encoder);
    }

    private String receive(String familyName, String nhsNumber, boolean consent) {
        String referralId = GpReferralInboxSupport.receive(commands, familyName, nhsNumber, VERIFIED, consent);
        awaitListed(as(IPS_CASEWORKER), referralId);
        return referralId;
    }

    private Api.Response accept(String username, String referralId, Map<String, ?> body) {
        return as(username).post(referral(referralId) + "/acceptance", body);
    }

    private static Map<String, Object> newPerson(long version) {
        return Map.of("expectedVersion", version, "localAuthority", "WALSALL",
                "fundingStream", "THRIVE_INTO_WORK_EXPANSION");
    }

    private JsonNode awaitEnrolment(String enrolmentId) {
        JsonNode[] seen = new JsonNode[1];
        await().until(() -> (seen[0] = as(IPS_CASEWORKER).get(enrolment(enrolmentId)).body()) != null
                && seen[0].has("pathway"));
        return seen[0];
    }

    @Test
    void aPersonNotKnownIsRegisteredFromTheReferralAndTheirEnrolmentStarts() {
        String nhsNumber = ParticipantRequests.freshNhsNumber();
        String referralId = receive("Acceptregistered", nhsNumber, true);

        Api.Response accepted = accept(IPS_CASEWORKER, referralId, newPerson(0));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonNode answer = accepted.body();
        assertThat(answer.get("registered").asBoolean()).isTrue();
        assertThat(answer.get("linkedBySameVerifiedNhsNumber").asBoolean()).isFalse();
        assertThat(answer.get("participantId").asText()).isEqualTo(GpReferralAcceptance.participantIdFor(referralId));
        assertThat(answer.get("enrolmentId").asText()).isEqualTo(GpReferralAcceptance.enrolmentIdFor(referralId));
        JsonNode person = as(IPS_CASEWORKER).get("/api/participants/" + answer.get("participantId").asText()).body();
        assertThat(person.get("familyName").asText()).isEqualTo("Acceptregistered");
        assertThat(person.get("nhsNumber").asText()).isEqualTo(nhsNumber);
        assertThat(person.toString()).contains("CONSENT");
        JsonNode started = awaitEnrolment(answer.get("enrolmentId").asText());
        assertThat(started.get("pathway").asText()).isEqualTo("THRIVE_INTO_WORK");
        assertThat(started.get("providerOrganisation").asText()).isEqualTo("WORK-WELL");
        assertThat(started.get("startedOn").asText()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(started.get("fundingStream").asText()).isEqualTo("THRIVE_INTO_WORK_EXPANSION");

        Api.Response retried = accept(IPS_CASEWORKER, referralId, newPerson(0));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.body().get("participantId").asText()).isEqualTo(answer.get("participantId").asText());
        Api.Response rejected = as(IPS_CASEWORKER).post(referral(referralId) + "/rejection",
                Map.of("expectedVersion", 1, "reason", "DECLINED"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(409);
        await().until(() -> "accepted".equals(as(IPS_CASEWORKER).get(referral(referralId)).body().get("status")
                .asText()));
    }

    @Test
    void theSameVerifiedNhsNumberIsTheSamePersonLinkedAutomatically() {
        String nhsNumber = ParticipantRequests.freshNhsNumber();
        Api.Response registered = as(IPS_CASEWORKER).post("/api/participants",
                ParticipantRequests.registration("Alexis", "Acceptknown", "1980-04-23", nhsNumber, "WALSALL"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String referralId = receive("Acceptknown", nhsNumber, false);

        Api.Response accepted = accept(IPS_CASEWORKER, referralId, newPerson(0));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.body().get("participantId").asText())
                .isEqualTo(registered.body().get("participantId").asText());
        assertThat(accepted.body().get("linkedBySameVerifiedNhsNumber").asBoolean()).isTrue();
        assertThat(accepted.body().get("registered").asBoolean()).isFalse();
        assertThat(accepted.body().get("message").asText()).contains("same verified NHS number");
    }

    @Test
    void theCaseworkerLinksToAParticipantTheyChose() {
        Api.Response registered = as(IPS_CASEWORKER).post("/api/participants",
                ParticipantRequests.registration("Alex", "Acceptchosen", "1980-04-23", null, "WALSALL"));
        String participantId = registered.body().get("participantId").asText();
        String referralId = receive("Acceptchosen", null, false);

        Map<String, Object> link = Map.of("expectedVersion", 0, "participantId", participantId,
                "localAuthority", "WALSALL", "fundingStream", "THRIVE_INTO_WORK_EXPANSION");
        Api.Response accepted = null;
        for (int tries = 0; tries < 50; tries++) { // until the read side knows the person is WORK-WELL's
            accepted = accept(IPS_CASEWORKER, referralId, link);
            if (accepted.status() != 403) {
                break;
            }
            await().pollDelay(java.time.Duration.ofMillis(200)).until(() -> true);
        }
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.body().get("participantId").asText()).isEqualTo(participantId);
        assertThat(accepted.body().get("registered").asBoolean()).isFalse();
    }

    @Test
    void aStaleVersionAnotherOrganisationAndBadInputRecordNothing() {
        String referralId = receive("Acceptrefused", ParticipantRequests.freshNhsNumber(), false);
        String wouldBe = "/api/participants/" + GpReferralAcceptance.participantIdFor(referralId);

        Api.Response otherOrganisation = accept("caseworker", referralId, newPerson(0));
        assertThat(otherOrganisation.status()).as(otherOrganisation.toString()).isEqualTo(403);
        assertThat(otherOrganisation.contentType()).startsWith(PROBLEM_JSON);
        assertThat(otherOrganisation.toString()).doesNotContain("Acceptrefused");
        for (String other : new String[] {"manager", "admin", "dpo", FhirClients.EXAMPLE_PRACTICE_GP}) {
            assertThat(accept(other, referralId, newPerson(0)).status()).as(other).isEqualTo(403);
        }
        Api.Response noArea = accept(IPS_CASEWORKER, referralId, Map.of("expectedVersion", 0,
                "fundingStream", "THRIVE_INTO_WORK_EXPANSION"));
        assertThat(noArea.status()).as(noArea.toString()).isEqualTo(400);
        assertThat(fields(noArea.body())).contains("localAuthority");
        Api.Response badCodes = accept(IPS_CASEWORKER, referralId, Map.of("localAuthority", "ATLANTIS",
                "fundingStream", "LOTTERY"));
        assertThat(badCodes.status()).as(badCodes.toString()).isEqualTo(400);
        assertThat(fields(badCodes.body())).containsExactlyInAnyOrder("expectedVersion", "localAuthority",
                "fundingStream");
        as(IPS_CASEWORKER).get(referral(referralId)); // opened: version 1
        Api.Response stale = accept(IPS_CASEWORKER, referralId, newPerson(0));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(accept(IPS_CASEWORKER, "no-such-referral", newPerson(0)).status()).isEqualTo(404);

        assertThat(as(IPS_CASEWORKER).get(wouldBe).status()).isEqualTo(404);
        assertThat(as(IPS_CASEWORKER).get(referral(referralId)).body().get("status").asText()).isEqualTo("received");
    }
}
