package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralConsent;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralFlag;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferrer;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.ReferredPatient;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.SenderIds;
import uk.wmpathways.caseservice.api.gpreferral.ReceiveGpReferral;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * GP referrals for the inbox's HTTP tests, recorded as the FHIR intake records them (ReceiveGpReferral on the command
 * bus as a GP of practice Y90001, to WORK-WELL, the default receiving organisation) without the FHIR validator's
 * warm-up; and the IPS service's caseworkers, who belong to WORK-WELL (no demo account does).
 */
final class GpReferralInboxSupport {

    static final String SERVICE = "WORK-WELL";
    static final String IPS_CASEWORKER = "ips-caseworker";
    static final String IPS_CASEWORKER2 = "ips-caseworker2";
    static final String INBOX = "/api/gp-referrals";
    static final String VERIFIED = "number-present-and-verified";

    private GpReferralInboxSupport() {
    }

    static void addServiceCaseworkers(UserAccounts accounts, PasswordEncoder encoder) {
        String hash = encoder.encode(Api.DEMO_PASSWORD);
        for (String username : List.of(IPS_CASEWORKER, IPS_CASEWORKER2)) {
            accounts.addIfAbsent(new UserAccount(username, hash, "IPS Caseworker (test)", Set.of(Role.CASEWORKER),
                    true, SERVICE));
        }
    }

    /** Records a referral of the person; answers its id. {@code nhsNumber} may be null. */
    static String receive(CommandGateway commands, String familyName, String nhsNumber, String verification,
                          boolean consent) {
        String referralId = UUID.randomUUID().toString();
        LocalDate authoredOn = EnrolmentApiTestSupport.TODAY.minusDays(2);
        Caller gp = Caller.person(FhirClients.EXAMPLE_PRACTICE_GP, Set.of(Role.GP_REFERRER), null, "test")
                .withPractice("Y90001");
        ReceiveGpReferral referral = new ReceiveGpReferral(referralId, "Y90001", "The Example Practice",
                new GpReferrer("Dr Gail Practitioner", "555555555555", "GP"),
                new SenderIds(null, UUID.randomUUID().toString(), null, null),
                new ReferredPatient(nhsNumber, nhsNumber == null ? null : verification, "Alexis", familyName,
                        LocalDate.of(1980, 4, 23), "female", "07700 900123", null, List.of("1 High Street"),
                        "WS1 1AA"),
                authoredOn, List.of("Wants help into work"),
                List.of(new GpReferralFlag("RA", "Reasonable adjustment", "Large print")),
                consent ? new GpReferralConsent("active", List.of("IPS referral"), authoredOn, null) : null,
                FhirClients.EXAMPLE_PRACTICE_GP, SERVICE);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(referral).andMetaData(gp.toMetaData()));
        return referralId;
    }

    /** The referral as {@code username}'s inbox lists it, once the read model has it. */
    static JsonNode awaitListed(Api api, String referralId) {
        JsonNode[] seen = new JsonNode[1];
        await().until(() -> {
            for (JsonNode entry : api.get(INBOX).body()) {
                if (entry.get("referralId").asText().equals(referralId)) {
                    seen[0] = entry;
                    return true;
                }
            }
            return false;
        });
        return seen[0];
    }

    static String referral(String referralId) {
        return INBOX + "/" + referralId;
    }
}
