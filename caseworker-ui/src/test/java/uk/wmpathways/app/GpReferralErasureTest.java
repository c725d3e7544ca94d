package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.gpreferral.AcceptGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.PersonalData;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccounts;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.app.GpReferralInboxSupport.IPS_CASEWORKER;
import static uk.wmpathways.app.GpReferralInboxSupport.SERVICE;
import static uk.wmpathways.app.GpReferralInboxSupport.VERIFIED;
import static uk.wmpathways.app.GpReferralInboxSupport.referral;

/**
 * Erasing a person who came by GP referral erases what the practice sent too: the referral's details were
 * encrypted with the referral's own key (there was no participant yet), which is destroyed with the person's; the
 * stored event and the inbox then read "[erased]".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralErasureTest extends EnrolmentApiTestSupport {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    void theServicesCaseworkersAndTheGps() {
        GpReferralInboxSupport.addServiceCaseworkers(accounts, encoder);
        FhirClients.addGpReferrers(accounts, encoder);
    }

    @Test
    void erasingThePersonErasesTheReferralTheyCameBy() {
        Caller ipsCaseworker = Caller.person(IPS_CASEWORKER, Set.of(Role.CASEWORKER), SERVICE, "test");
        String participantId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterParticipant(participantId, "Alexis",
                "Erasedbyreferral", LocalDate.of(1980, 4, 23), null, LocalAuthority.WALSALL, null, null,
                IPS_CASEWORKER)).andMetaData(ipsCaseworker.toMetaData()));
        await().until(() -> queries.query(new FindParticipant(participantId),
                ResponseTypes.instanceOf(ParticipantSummary.class)).join() != null);
        String referralId = GpReferralInboxSupport.receive(commands, "Erasedbyreferral",
                ParticipantRequests.freshNhsNumber(), VERIFIED, false);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new AcceptGpReferral(referralId, 0,
                participantId, UUID.randomUUID().toString(), IPS_CASEWORKER)).andMetaData(ipsCaseworker.toMetaData()));
        await().until(() -> "accepted".equals(as(IPS_CASEWORKER).get(referral(referralId)).body().path("status")
                .asText()));

        Api.Response erased = as("dpo").post("/api/participants/" + participantId + "/erasure",
                Map.of("ground", "UNLAWFULLY_PROCESSED"));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        GpReferralReceived stored = (GpReferralReceived) eventStore.readEvents(referralId).next().getPayload();
        assertThat(stored.familyName()).isEqualTo(PersonalData.ERASED);
        assertThat(stored.nhsNumber()).isNull();
        assertThat(stored.dateOfBirth()).isNull();
        assertThat(stored.practiceOdsCode()).as("what is not personal stays").isEqualTo("Y90001");
        await().untilAsserted(() -> {
            JsonNode entry = as(IPS_CASEWORKER).get(referral(referralId)).body();
            assertThat(entry.path("person").path("familyName").asText()).isEqualTo(PersonalData.ERASED);
            assertThat(entry.toString()).doesNotContain("Erasedbyreferral", "Wants help into work", "Large print");
        });
    }
}
