package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.security.UserAccounts;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.app.GpReferralInboxSupport.INBOX;
import static uk.wmpathways.app.GpReferralInboxSupport.IPS_CASEWORKER;
import static uk.wmpathways.app.GpReferralInboxSupport.IPS_CASEWORKER2;
import static uk.wmpathways.app.GpReferralInboxSupport.awaitListed;
import static uk.wmpathways.app.GpReferralInboxSupport.referral;

/**
 * The GP referral inbox over HTTP, per role and organisation: WORK-WELL's caseworkers list, open (requested to
 * received, once) and reject; the programme manager (of no organisation) reads the worklist without the person and
 * opens nothing; a caseworker of another organisation, the administrator, the data protection officer and GP
 * referrers are refused, as problem+json naming nobody.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralInboxApiTest extends EnrolmentApiTestSupport {

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

    private String receive(String familyName) {
        return GpReferralInboxSupport.receive(commands, familyName, null, null, false);
    }

    private static void assertRefused(Api.Response response, int status, String familyName) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.toString()).doesNotContain(familyName);
    }

    @Test
    void theServicesCaseworkerListsAndOpensAReferralOnce() {
        String referralId = receive("Inboxopened");
        JsonNode listed = awaitListed(as(IPS_CASEWORKER), referralId);
        assertThat(listed.get("status").asText()).isEqualTo("requested");
        assertThat(listed.get("version").asLong()).isZero();
        assertThat(listed.at("/person/familyName").asText()).isEqualTo("Inboxopened");
        assertThat(listed.get("practiceOdsCode").asText()).isEqualTo("Y90001");
        assertThat(listed.get("referrerName").asText()).isEqualTo("Dr Gail Practitioner");
        assertThat(listed.at("/flags/0/category").asText()).isEqualTo("RA");

        Api.Response opened = as(IPS_CASEWORKER).get(referral(referralId));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.body().get("status").asText()).isEqualTo("received");
        assertThat(opened.body().get("version").asLong()).isEqualTo(1);
        Api.Response again = as(IPS_CASEWORKER2).get(referral(referralId));
        assertThat(again.body().get("version").asLong()).isEqualTo(1);
        assertThat(again.body().get("openedBy").asText()).isEqualTo(IPS_CASEWORKER);
        org.awaitility.Awaitility.await().until(() -> as(IPS_CASEWORKER).get(INBOX + "?status=received").body()
                .findValuesAsText("referralId").contains(referralId));
        assertThat(as(IPS_CASEWORKER).get(INBOX + "?status=REQUESTED").body().findValuesAsText("referralId"))
                .doesNotContain(referralId);
    }

    @Test
    void theProgrammeManagerReadsTheWorklistWithoutThePersonAndOpensNothing() {
        String referralId = receive("Inboxmanaged");
        awaitListed(as(IPS_CASEWORKER), referralId);

        JsonNode listed = awaitListed(as("manager"), referralId);
        assertThat(listed.get("person").isNull()).isTrue();
        assertThat(listed.get("reason").isNull()).isTrue();
        assertThat(listed.toString()).doesNotContain("Inboxmanaged");
        Api.Response read = as("manager").get(referral(referralId));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().get("status").asText()).isEqualTo("requested");
        assertThat(read.toString()).doesNotContain("Inboxmanaged");
        assertRefused(as("manager").post(referral(referralId) + "/rejection",
                Map.of("expectedVersion", 0, "reason", "DECLINED")), 403, "Inboxmanaged");
        assertRefused(as("manager").post(referral(referralId) + "/acceptance",
                Map.of("expectedVersion", 0, "localAuthority", "WALSALL")), 403, "Inboxmanaged");
    }

    @Test
    void everyoneElseIsRefusedAndAnotherOrganisationSeesNone() {
        String referralId = receive("Inboxrefused");
        awaitListed(as(IPS_CASEWORKER), referralId);

        assertThat(as("caseworker").get(INBOX).body().findValuesAsText("referralId")).doesNotContain(referralId);
        assertRefused(as("caseworker").get(referral(referralId)), 403, "Inboxrefused");
        assertRefused(as("outreach").get(referral(referralId)), 403, "Inboxrefused");
        assertRefused(as("caseworker").post(referral(referralId) + "/rejection",
                Map.of("expectedVersion", 0, "reason", "DECLINED")), 403, "Inboxrefused");
        for (String other : List.of("admin", "dpo", "gp", FhirClients.EXAMPLE_PRACTICE_GP)) {
            assertRefused(as(other).get(INBOX), 403, "Inboxrefused");
            assertRefused(as(other).get(referral(referralId)), 403, "Inboxrefused");
            assertRefused(as(other).post(referral(referralId) + "/rejection",
                    Map.of("expectedVersion", 0, "reason", "DECLINED")), 403, "Inboxrefused");
        }
        assertThat(awaitListed(as(IPS_CASEWORKER), referralId).get("status").asText()).isEqualTo("requested");
    }

    @Test
    void badInputIsAClearProblemAndChangesNothing() {
        String referralId = receive("Inboxbad");
        awaitListed(as(IPS_CASEWORKER), referralId);
        Api api = as(IPS_CASEWORKER);

        Api.Response status = api.get(INBOX + "?status=lost");
        assertRefused(status, 400, "Inboxbad");
        assertThat(messageFor(status.body(), "status")).contains("requested, received, accepted");
        assertRefused(api.get(referral("no-such-referral")), 404, "Inboxbad");
        assertRefused(api.post(referral("no-such-referral") + "/rejection",
                Map.of("expectedVersion", 0, "reason", "DECLINED")), 404, "Inboxbad");
        Api.Response noVersion = api.post(referral(referralId) + "/rejection", Map.of("reason", "whatever"));
        assertRefused(noVersion, 400, "Inboxbad");
        assertThat(fields(noVersion.body())).containsExactlyInAnyOrder("expectedVersion", "reason");
        Api.Response noNote = api.post(referral(referralId) + "/rejection",
                Map.of("expectedVersion", 0, "reason", "other", "note", " "));
        assertRefused(noNote, 400, "Inboxbad");
        assertThat(fields(noNote.body())).containsExactly("note");
        assertThat(api.get(referral(referralId)).body().get("status").asText()).isEqualTo("received");
    }

    @Test
    void aRejectionIsRecordedOnceOnTheVersionSeen() {
        String referralId = receive("Inboxrejected");
        awaitListed(as(IPS_CASEWORKER), referralId);
        long version = as(IPS_CASEWORKER).get(referral(referralId)).body().get("version").asLong();

        Api.Response stale = as(IPS_CASEWORKER).post(referral(referralId) + "/rejection",
                Map.of("expectedVersion", version - 1, "reason", "NOT_ELIGIBLE"));
        assertRefused(stale, 409, "Inboxrejected");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(version);
        Api.Response rejected = as(IPS_CASEWORKER2).post(referral(referralId) + "/rejection",
                Map.of("expectedVersion", version, "reason", "could-not-contact", "note", "Three calls"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.body().get("reason").asText()).isEqualTo("COULD_NOT_CONTACT");
        Api.Response again = as(IPS_CASEWORKER).post(referral(referralId) + "/rejection",
                Map.of("expectedVersion", version + 1, "reason", "DECLINED"));
        assertRefused(again, 409, "Inboxrejected");
        assertThat(again.body().get("status").asText()).isEqualTo("rejected");
        org.awaitility.Awaitility.await().until(() -> "rejected".equals(
                as(IPS_CASEWORKER).get(referral(referralId)).body().get("status").asText()));
        JsonNode shown = as(IPS_CASEWORKER).get(referral(referralId)).body();
        assertThat(shown.get("rejectionReason").asText()).isEqualTo("COULD_NOT_CONTACT");
        assertThat(shown.get("rejectionNote").asText()).isEqualTo("Three calls");
        assertThat(shown.get("decidedBy").asText()).isEqualTo(IPS_CASEWORKER2);
    }
}
