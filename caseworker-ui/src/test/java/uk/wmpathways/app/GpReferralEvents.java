package uk.wmpathways.app;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralCancelled;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralOpened;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.SenderIds;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.gpreferrals.status.GpReferralStatus;
import uk.wmpathways.gpreferrals.status.GpReferralStatusQueries.FindGpReferralStatus;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A GP referral's life as the write side records it, appended to the event store in the referral's stream: the
 * decisions (Open, Accept, Reject, Cancel) are handled on another branch, and the read side is built against the
 * published events. Reads the status as the practice's GP referrer would.
 */
final class GpReferralEvents {

    static final String PRACTICE = "Y90001";
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(15);

    private final EventStore eventStore;
    private final QueryGateway queries;
    private final String referralId;
    private long sequence;

    GpReferralEvents(EventStore eventStore, QueryGateway queries) {
        this(eventStore, queries, UUID.randomUUID().toString(), 0);
    }

    /** A referral recorded already (through the FHIR endpoint): its next events follow {@code nextSequence}. */
    GpReferralEvents(EventStore eventStore, QueryGateway queries, String referralId, long nextSequence) {
        this.eventStore = eventStore;
        this.queries = queries;
        this.referralId = referralId;
        this.sequence = nextSequence;
    }

    String referralId() {
        return referralId;
    }

    GpReferralEvents received(Instant at) {
        return append(new GpReferralReceived(referralId, PRACTICE, "Example Practice", null,
                new SenderIds(null, UUID.randomUUID().toString(), null, "sr-" + referralId), "9434765919",
                "number-present-and-verified", "Alexis", "Example", LocalDate.of(1980, 1, 2), "female", null, null,
                List.of(), "B1 1AA", LocalDate.of(2026, 11, 30), List.of("Out of work"), List.of(), null,
                "gp-y90001", at, "WORK-WELL"));
    }

    GpReferralEvents opened(Instant at) {
        return append(new GpReferralOpened(referralId, "caseworker", at));
    }

    GpReferralEvents accepted(String participantId, String enrolmentId, Instant at) {
        return append(new GpReferralAccepted(referralId, participantId, enrolmentId, "caseworker", at));
    }

    GpReferralEvents rejected(GpReferralRejectionReason reason, Instant at) {
        return append(new GpReferralRejected(referralId, reason, "A note about the person", "caseworker", at));
    }

    GpReferralEvents cancelled(Instant at) {
        return append(new GpReferralCancelled(referralId, "gp-y90001", at));
    }

    private GpReferralEvents append(Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("GpReferral", referralId, sequence++, event));
        return this;
    }

    /** The status as a GP referrer of {@code practice} reads it (empty: none for them). */
    static Optional<GpReferralStatus> statusFor(QueryGateway queries, String referralId, String practice) {
        Caller gp = Caller.person("gp-" + practice.toLowerCase(), Set.of(Role.GP_REFERRER), null, "test")
                .withPractice(practice);
        return queries.query(new GenericMessage<>(new FindGpReferralStatus(referralId), gp.toMetaData()),
                ResponseTypes.optionalInstanceOf(GpReferralStatus.class)).join();
    }

    /** The status once it satisfies {@code condition}, as the practice's GP reads it. */
    GpReferralStatus awaitStatus(Predicate<GpReferralStatus> condition) {
        GpReferralStatus[] seen = new GpReferralStatus[1];
        await().atMost(READ_MODEL_WAIT).until(() -> {
            seen[0] = statusFor(queries, referralId, PRACTICE).orElse(null);
            return seen[0] != null && condition.test(seen[0]);
        });
        return seen[0];
    }

    GpReferralStatus awaitTaskStatus(String taskStatus) {
        return awaitStatus(status -> taskStatus.equals(status.taskStatus()));
    }
}
