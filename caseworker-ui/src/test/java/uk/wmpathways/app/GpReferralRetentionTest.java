package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.caseservice.api.gpreferral.EraseGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralErased;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.PersonalData;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccounts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.app.GpReferralInboxSupport.IPS_CASEWORKER;
import static uk.wmpathways.app.GpReferralInboxSupport.SERVICE;
import static uk.wmpathways.app.GpReferralInboxSupport.referral;

/**
 * The retention job erases the GP referrals that never became an enrolment two years (the default) after they were
 * rejected or cancelled, or, never decided, after they were received: the preview lists them, the run erases and
 * records them, their stored events and the inbox then read "[erased]"; accepted and recent ones are kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralRetentionTest extends EnrolmentApiTestSupport {

    private static final String RETENTION = "/api/data-protection/retention";
    private static final Instant NOW = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(12 * 3600);

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    CommandGateway commands;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    void theServicesCaseworkers() {
        GpReferralInboxSupport.addServiceCaseworkers(accounts, encoder);
        FhirClients.addGpReferrers(accounts, encoder);
    }

    /**
     * "Lately" is a year and 60 days ago: a year ago to the day falls in the last 12 complete months, where its
     * practice's single referral would make other classes' GP referral reports hide their figures to protect it.
     */
    private static Instant yearsAgo(int years, int days) {
        return NOW.atZone(ZoneOffset.UTC).minusYears(years).minusDays(days).toInstant();
    }

    private GpReferralEvents aReferral() {
        return new GpReferralEvents(eventStore, queries);
    }

    @Test
    void aRunErasesTheReferralsNotAcceptedPastTheirPeriodAndKeepsTheOthers() {
        String rejectedLongAgo = aReferral().received(yearsAgo(3, 10)).opened(yearsAgo(3, 9))
                .rejected(GpReferralRejectionReason.OTHER, yearsAgo(3, 0)).referralId();
        String cancelledLongAgo = aReferral().received(yearsAgo(2, 40)).cancelled(yearsAgo(2, 30)).referralId();
        String neverDecidedLongAgo = aReferral().received(yearsAgo(2, 5)).referralId();
        String receivedLongAgoRejectedLately = aReferral().received(yearsAgo(3, 0))
                .rejected(GpReferralRejectionReason.DECLINED, yearsAgo(1, 60)).referralId();
        String neverDecidedLately = aReferral().received(yearsAgo(1, 60)).referralId();
        String acceptedLongAgo = aReferral().received(yearsAgo(5, 0)).opened(yearsAgo(5, 0))
                .accepted(UUID.randomUUID().toString(), UUID.randomUUID().toString(), yearsAgo(5, 0)).referralId();
        List<String> due = List.of(rejectedLongAgo, cancelledLongAgo, neverDecidedLongAgo);
        List<String> kept = List.of(receivedLongAgoRejectedLately, neverDecidedLately, acceptedLongAgo);
        await().until(() -> as(IPS_CASEWORKER).get(referral(acceptedLongAgo)).body().path("status").asText()
                .equals("accepted") && as(IPS_CASEWORKER).get(referral(receivedLongAgoRejectedLately)).body()
                .path("status").asText().equals("rejected"));

        JsonNode preview = await().atMost(Duration.ofSeconds(20)).until(() -> as("dpo").get(RETENTION).body(),
                body -> values(body.get("gpReferralsWouldErase").get("participantIds")).containsAll(due));
        assertThat(values(preview.get("gpReferralsWouldErase").get("participantIds"))).doesNotContainAnyElementsOf(kept);
        assertThat(preview.get("policy").get("gpReferralNotAccepted").asText()).isEqualTo("P2Y");

        JsonNode run = finishedRun();
        assertThat(values(run.get("gpReferralsErased"))).containsAll(due).doesNotContainAnyElementsOf(kept);
        assertThat(run.get("policy").get("gpReferralNotAccepted").asText()).isEqualTo("P2Y");

        for (String erased : due) {
            GpReferralReceived stored = (GpReferralReceived) eventStore.readEvents(erased).next().getPayload();
            assertThat(stored.familyName()).isEqualTo(PersonalData.ERASED);
            assertThat(stored.nhsNumber()).isNull();
            assertThat(stored.practiceOdsCode()).as("what is not personal stays").isEqualTo("Y90001");
            DomainEventMessage<?> last = eventStore.readEvents(erased).asStream().reduce((a, b) -> b).orElseThrow();
            assertThat(last.getPayload()).isInstanceOfSatisfying(GpReferralErased.class,
                    event -> assertThat(event.erasedBy()).isEqualTo("system:retention"));
            await().untilAsserted(() -> {
                JsonNode entry = as(IPS_CASEWORKER).get(referral(erased)).body();
                assertThat(entry.path("person").path("familyName").asText()).isEqualTo(PersonalData.ERASED);
                assertThat(entry.toString()).doesNotContain("Alexis", "Out of work", "A note about the person");
            });
        }
        for (String stays : kept) {
            GpReferralReceived stored = (GpReferralReceived) eventStore.readEvents(stays).next().getPayload();
            assertThat(stored.familyName()).isEqualTo("Example");
        }

        JsonNode again = finishedRun();
        assertThat(values(again.get("gpReferralsErased"))).as("erased once").doesNotContainAnyElementsOf(due);
    }

    @Test
    void onlyTheRetentionJobErasesAReferralAndNotAnAcceptedOne() {
        String undecided = aReferral().received(yearsAgo(3, 0)).referralId();
        String accepted = aReferral().received(yearsAgo(3, 0)).opened(yearsAgo(3, 0))
                .accepted(UUID.randomUUID().toString(), UUID.randomUUID().toString(), yearsAgo(3, 0)).referralId();
        Caller dpo = Caller.person("dpo", Set.of(Role.DATA_PROTECTION), null, "test");
        Caller ipsCaseworker = Caller.person(IPS_CASEWORKER, Set.of(Role.CASEWORKER), SERVICE, "test");

        for (Caller refused : List.of(dpo, ipsCaseworker)) {
            assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new EraseGpReferral(undecided, refused.username())).andMetaData(refused.toMetaData())))
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new EraseGpReferral(accepted, "system:retention")).andMetaData(Caller.system("retention")
                .toMetaData()))).hasMessageContaining("erased with the person");
        GpReferralReceived stored = (GpReferralReceived) eventStore.readEvents(undecided).next().getPayload();
        assertThat(stored.familyName()).isEqualTo("Example");
    }

    @Test
    void onlyTheDataProtectionOfficerSeesThePreview() {
        assertThat(as("dpo").get(RETENTION).status()).isEqualTo(200);
        for (String other : List.of("caseworker", "admin", "manager", IPS_CASEWORKER)) {
            assertThat(as(other).get(RETENTION).status()).as(other).isEqualTo(403);
        }
    }

    private JsonNode finishedRun() {
        Api.Response started = await().atMost(Duration.ofSeconds(30)).until(
                () -> as("dpo").post(RETENTION + "/runs"), response -> response.status() == 202);
        String runId = started.body().get("runId").asText();
        return await().atMost(Duration.ofSeconds(60)).until(() -> as("dpo").get(RETENTION + "/runs/" + runId).body(),
                body -> "FINISHED".equals(body.path("status").asText()));
    }
}
