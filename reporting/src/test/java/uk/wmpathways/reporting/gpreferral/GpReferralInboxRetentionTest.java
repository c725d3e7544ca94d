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
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralCancelled;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralErased;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.FindGpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralFlag;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferrer;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.caseservice.api.retention.RetentionPolicy;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindGpReferralsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.GpReferralsPastRetention;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.PersonalData;
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
 * The inbox and the retention of GP referrals that never became an enrolment: an erased referral reads "[erased]"
 * (as for a replay), and the retention job's question, who is due, is answered from the inbox to the system and the
 * data protection officer only.
 */
@SpringBootTest
class GpReferralInboxRetentionTest {

    private static final Instant RECEIVED = Instant.parse("2022-03-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    MongoTemplate mongo;

    private final String service = "IPS-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller caseworker = Caller.person("caseworker", Set.of(Role.CASEWORKER), service, "test");

    private String receive(Instant receivedAt) {
        String referralId = "gp-" + UUID.randomUUID();
        publish(referralId, 0, new GpReferralReceived(referralId, "Y90001", "The Example Practice",
                new GpReferrer("Dr Gail Practitioner", "555", "GP"), null, "9434765919", "number-present-and-verified",
                "Alexis", "Retained", LocalDate.of(1980, 4, 23), "female", "07700 900123", null,
                List.of("1 High Street"), "WS1 1AA", LocalDate.of(2022, 2, 27), List.of("Anxiety; wants work"),
                List.of(new GpReferralFlag("RA", "Reasonable adjustment", "Large print")), null, "gp-y90001",
                receivedAt, service));
        return referralId;
    }

    private void publish(String referralId, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("GpReferral", referralId, sequence, event));
    }

    private <R> R ask(Caller caller, Object query, ResponseType<R> type) {
        return queries.query(new GenericQueryMessage<>(query, type).andMetaData(caller.toMetaData()), type).join();
    }

    private Optional<GpReferralInboxEntry> entry(String referralId) {
        return ask(caseworker, new FindGpReferralInboxEntry(referralId),
                ResponseTypes.optionalInstanceOf(GpReferralInboxEntry.class));
    }

    private void awaitVersion(String referralId, long version) {
        await().atMost(Duration.ofSeconds(10)).until(() -> entry(referralId)
                .map(GpReferralInboxEntry::version).orElse(-1L) == version);
    }

    private List<String> due(Caller caller) {
        return ask(caller, new FindGpReferralsPastRetention(TODAY, RetentionPolicy.DEFAULT),
                ResponseTypes.instanceOf(GpReferralsPastRetention.class)).due();
    }

    @Test
    void anErasedReferralReadsErasedAndKeepsWhatIsNotPersonal() {
        String referralId = receive(RECEIVED);
        publish(referralId, 1, new GpReferralRejected(referralId, GpReferralRejectionReason.OTHER, "Moved away",
                "caseworker", RECEIVED.plusSeconds(60)));
        publish(referralId, 2, new GpReferralErased(referralId, "system:retention", RECEIVED.plusSeconds(120)));
        awaitVersion(referralId, 2);

        GpReferralInboxEntry erased = entry(referralId).orElseThrow();
        assertThat(erased.person().familyName()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.person().nhsNumber()).isNull();
        assertThat(erased.person().dateOfBirth()).isNull();
        assertThat(erased.reason()).isEmpty();
        assertThat(erased.flags()).isEmpty();
        assertThat(erased.rejectionNote()).isNull();
        assertThat(erased.toString()).doesNotContain("Retained", "Anxiety", "Large print", "Moved away");
        assertThat(erased.status()).isEqualTo("rejected");
        assertThat(erased.rejectionReason()).isEqualTo("OTHER");
        assertThat(erased.practiceOdsCode()).isEqualTo("Y90001");

        new GpReferralInboxProjection(mongo).on(new GpReferralRejected(referralId, GpReferralRejectionReason.OTHER,
                "Moved away", "caseworker", RECEIVED.plusSeconds(60)), 1);
        assertThat(entry(referralId).orElseThrow().rejectionNote()).as("an older event again changes nothing")
                .isNull();
    }

    @Test
    void theReferralsNotAcceptedPastTheirPeriodAreDueToTheSystemAndTheDataProtectionOfficer() {
        String rejected = receive(RECEIVED);
        publish(rejected, 1, new GpReferralRejected(rejected, GpReferralRejectionReason.DECLINED, null, "caseworker",
                RECEIVED.plusSeconds(60)));
        String cancelledLately = receive(RECEIVED);
        publish(cancelledLately, 1, new GpReferralCancelled(cancelledLately, "gp-y90001",
                Instant.parse("2025-06-01T09:00:00Z")));
        String undecided = receive(RECEIVED);
        String undecidedLately = receive(Instant.parse("2025-12-04T09:00:00Z"));
        String accepted = receive(RECEIVED);
        publish(accepted, 1, new GpReferralAccepted(accepted, "p-1", "e-1", "caseworker", RECEIVED.plusSeconds(60)));
        String erased = receive(RECEIVED);
        publish(erased, 1, new GpReferralErased(erased, "system:retention", RECEIVED.plusSeconds(60)));
        for (String referralId : List.of(rejected, cancelledLately, accepted, erased)) {
            awaitVersion(referralId, 1);
        }
        awaitVersion(undecidedLately, 0);
        awaitVersion(undecided, 0);

        Caller dpo = Caller.person("dpo", Set.of(Role.DATA_PROTECTION), null, "test");
        for (Caller asking : List.of(Caller.system("retention"), dpo)) {
            assertThat(due(asking)).contains(rejected, undecided)
                    .doesNotContain(cancelledLately, undecidedLately, accepted, erased);
        }
        Caller admin = Caller.person("admin", Set.of(Role.ADMIN), null, "test");
        Caller manager = Caller.person("manager", Set.of(Role.PROGRAMME_MANAGER), service, "test");
        Caller gp = Caller.person("gp-y90001", Set.of(Role.GP_REFERRER), null, "test").withPractice("Y90001");
        for (Caller refused : List.of(caseworker, admin, manager, gp)) {
            assertThatThrownBy(() -> due(refused)).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(AccessRefusedException.class);
        }
    }
}
