package uk.wmpathways.reporting.gpreferral;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.FindGpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.ListGpReferralInbox;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralOpened;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralConsent;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralFlag;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferrer;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The GP referral inbox: the receiving organisation's referrals, newest first, by status, kept by their events (a
 * redelivered older event changes nothing); in full for its caseworkers, without the person for programme managers
 * (every receiving organisation's), refused to anyone else and another organisation's caseworkers.
 */
@SpringBootTest
class GpReferralInboxTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String service = "IPS-" + run;
    private final Caller caseworker = Caller.person("caseworker", Set.of(Role.CASEWORKER), service, "test");
    private final Caller manager = Caller.person("manager", Set.of(Role.PROGRAMME_MANAGER), service, "test");

    private String receive(String organisation, Instant receivedAt) {
        String referralId = "gp-" + UUID.randomUUID();
        publish(referralId, 0, new GpReferralReceived(referralId, "Y90001", "The Example Practice",
                new GpReferrer("Dr Gail Practitioner", "555", "GP"), null, "9434765919", "number-present-and-verified",
                "Alexis", "Example" + run, LocalDate.of(1980, 4, 23), "female", "07700 900123", null,
                List.of("1 High Street"), "WS1 1AA", LocalDate.of(2026, 11, 19), List.of("Anxiety; wants work"),
                List.of(new GpReferralFlag("RA", "Reasonable adjustment", "Large print")),
                new GpReferralConsent("active", List.of("IPS referral"), LocalDate.of(2026, 11, 19), null),
                "gp-y90001", receivedAt, organisation));
        return referralId;
    }

    private void publish(String referralId, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("GpReferral", referralId, sequence, event));
    }

    private <R> R ask(Caller caller, Object query, ResponseType<R> type) {
        return queries.query(new GenericQueryMessage<>(query, type).andMetaData(caller.toMetaData()), type).join();
    }

    private List<GpReferralInboxEntry> inbox(Caller caller, String status) {
        return ask(caller, new ListGpReferralInbox(status), ResponseTypes.multipleInstancesOf(GpReferralInboxEntry.class));
    }

    private Optional<GpReferralInboxEntry> entry(Caller caller, String referralId) {
        return ask(caller, new FindGpReferralInboxEntry(referralId),
                ResponseTypes.optionalInstanceOf(GpReferralInboxEntry.class));
    }

    private void awaitVersion(String referralId, long version) {
        await().atMost(Duration.ofSeconds(10)).until(() -> entry(caseworker, referralId)
                .map(GpReferralInboxEntry::version).orElse(-1L) == version);
    }

    @Test
    void theReceivingOrganisationsCaseworkerSeesItsReferralsNewestFirstInFull() {
        String older = receive(service, AT);
        String newer = receive(service, AT.plusSeconds(60));
        String elsewhere = receive("ELSEWHERE-" + run, AT.plusSeconds(120));
        awaitVersion(newer, 0);
        awaitVersion(older, 0);

        List<GpReferralInboxEntry> inbox = inbox(caseworker, null);
        assertThat(inbox).extracting(GpReferralInboxEntry::referralId).containsExactly(newer, older)
                .doesNotContain(elsewhere);
        GpReferralInboxEntry first = inbox.get(0);
        assertThat(first.practiceOdsCode()).isEqualTo("Y90001");
        assertThat(first.referrerName()).isEqualTo("Dr Gail Practitioner");
        assertThat(first.authoredOn()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(first.receivedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(first.reason()).containsExactly("Anxiety; wants work");
        assertThat(first.flagCategories()).containsExactly("RA");
        assertThat(first.consentGiven()).isTrue();
        assertThat(first.person().familyName()).isEqualTo("Example" + run);
        assertThat(first.person().nhsNumberVerified()).isTrue();
        assertThat(first.status()).isEqualTo("requested");
        assertThat(first.version()).isZero();
    }

    @Test
    void decisionsMoveTheStatusVersionAndParticipantAndTheStatusFilters() {
        String accepted = receive(service, AT);
        String rejected = receive(service, AT.plusSeconds(1));
        publish(accepted, 1, new GpReferralOpened(accepted, "caseworker", AT.plusSeconds(5)));
        publish(accepted, 2, new GpReferralAccepted(accepted, "p-" + run, "e-" + run, "caseworker", AT.plusSeconds(9)));
        publish(rejected, 1, new GpReferralRejected(rejected, GpReferralRejectionReason.OTHER, "Moved away",
                "caseworker", AT.plusSeconds(7)));
        awaitVersion(accepted, 2);
        awaitVersion(rejected, 1);

        GpReferralInboxEntry acceptance = entry(caseworker, accepted).orElseThrow();
        assertThat(acceptance.status()).isEqualTo("accepted");
        assertThat(acceptance.openedBy()).isEqualTo("caseworker");
        assertThat(acceptance.participantId()).isEqualTo("p-" + run);
        assertThat(acceptance.enrolmentId()).isEqualTo("e-" + run);
        assertThat(entry(caseworker, rejected).orElseThrow())
                .extracting(GpReferralInboxEntry::rejectionReason, GpReferralInboxEntry::rejectionNote)
                .containsExactly("OTHER", "Moved away");
        assertThat(inbox(caseworker, "accepted")).extracting(GpReferralInboxEntry::referralId).containsExactly(accepted);
        assertThat(inbox(caseworker, "rejected")).extracting(GpReferralInboxEntry::referralId).containsExactly(rejected);
        assertThat(inbox(caseworker, "requested")).isEmpty();
    }

    @Test
    void anOlderEventDeliveredAgainChangesNothing() {
        String referralId = receive(service, AT);
        publish(referralId, 1, new GpReferralRejected(referralId, GpReferralRejectionReason.DECLINED, null,
                "caseworker", AT.plusSeconds(7)));
        awaitVersion(referralId, 1);

        GpReferralInboxProjection projection = new GpReferralInboxProjection(mongo);
        projection.on(new GpReferralOpened(referralId, "caseworker2", AT.plusSeconds(3)), 1);

        assertThat(entry(caseworker, referralId).orElseThrow())
                .extracting(GpReferralInboxEntry::status, GpReferralInboxEntry::openedBy)
                .containsExactly("rejected", null);
    }

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void aProgrammeManagerOfTheOrganisationSeesTheWorklistWithoutThePerson() {
        String referralId = receive(service, AT);
        awaitVersion(referralId, 0);

        GpReferralInboxEntry seen = inbox(manager, null).stream()
                .filter(entry -> entry.referralId().equals(referralId)).findFirst().orElseThrow();
        assertThat(seen.person()).isNull();
        assertThat(seen.reason()).isNull();
        assertThat(seen.flags()).isNull();
        assertThat(seen.flagCategories()).containsExactly("RA");
        assertThat(seen.practiceOdsCode()).isEqualTo("Y90001");
        assertThat(seen.toString()).doesNotContain("Example");
        assertThat(entry(manager, referralId).orElseThrow().person()).isNull();
    }

    @Test
    void aProgrammeManagerSeesEveryReceivingOrganisationsWorklistWithoutThePersonWhateverTheirAccountNames() {
        String here = receive(service, AT.plusSeconds(3600 * 24 * 365));
        String elsewhere = receive("ELSEWHERE-" + run, AT.plusSeconds(3600 * 24 * 365 + 1));
        awaitVersion(here, 0);
        Caller ofNone = Caller.person("manager", Set.of(Role.PROGRAMME_MANAGER), null, "test");
        Caller ofAnother = Caller.person("manager2", Set.of(Role.PROGRAMME_MANAGER), "OTHER-" + run, "test");
        await().atMost(Duration.ofSeconds(10)).until(() -> entry(ofNone, elsewhere).isPresent());

        for (Caller programmeManager : List.of(ofNone, ofAnother, manager)) {
            List<GpReferralInboxEntry> seen = inbox(programmeManager, null);
            assertThat(seen).as(programmeManager.username()).extracting(GpReferralInboxEntry::referralId)
                    .contains(here, elsewhere);
            assertThat(seen).allSatisfy(entry -> assertThat(entry.person()).isNull());
            assertThat(entry(programmeManager, elsewhere).orElseThrow().reason()).isNull();
            assertThat(entry(programmeManager, here).orElseThrow().receivingOrganisation()).isEqualTo(service);
        }
    }

    @Test
    void anotherOrganisationsCaseworkerSeesNoneAndIsRefusedOne() {
        String referralId = receive(service, AT);
        awaitVersion(referralId, 0);
        Caller otherCaseworker = Caller.person("worker", Set.of(Role.CASEWORKER), "OTHER-" + run, "test");
        // a caseworker who also manages reads as a caseworker: their own organisation's only
        Caller otherCaseworkerManager = Caller.person("worker2", Set.of(Role.CASEWORKER, Role.PROGRAMME_MANAGER),
                "OTHER-" + run, "test");

        for (Caller other : List.of(otherCaseworker, otherCaseworkerManager)) {
            assertThat(inbox(other, null)).as(other.username()).isEmpty();
            assertThatThrownBy(() -> entry(other, referralId)).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(AccessRefusedException.class);
        }
        assertThat(entry(caseworker, "no-such-referral")).isEmpty();
    }

    @Test
    void noOtherRoleReadsTheInbox() {
        String referralId = receive(service, AT);
        List<Caller> others = List.of(
                Caller.person("admin", Set.of(Role.ADMIN), service, "test"),
                Caller.person("dpo", Set.of(Role.DATA_PROTECTION), service, "test"),
                Caller.person("gp-y90001", Set.of(Role.GP_REFERRER), service, "test").withPractice("Y90001"),
                Caller.person("nobody", Set.of(Role.CASEWORKER), null, "test"),
                Caller.person("nobody-else", Set.of(), service, "test"));
        for (Caller other : others) {
            assertThatThrownBy(() -> inbox(other, null)).as(other.username())
                    .isInstanceOf(CompletionException.class).hasCauseInstanceOf(AccessRefusedException.class)
                    .hasMessageContaining("Only the receiving organisation's caseworkers and programme managers");
            assertThatThrownBy(() -> entry(other, referralId)).as(other.username())
                    .hasCauseInstanceOf(AccessRefusedException.class);
        }
    }
}
