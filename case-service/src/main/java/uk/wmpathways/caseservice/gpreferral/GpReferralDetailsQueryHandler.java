package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;

import java.util.Iterator;
import java.util.Optional;

/**
 * Reads one GP referral from its events, for a caseworker of the organisation it was sent to only (decided from
 * the caller in the query's metadata, before anything of it is answered). From the event store, not a read model,
 * so that a decision works on the referral as it is now.
 */
@Component
class GpReferralDetailsQueryHandler {

    /** Axon's type name of the {@link GpReferral} aggregate: an id of any other stream is no referral. */
    static final String AGGREGATE_TYPE = GpReferral.class.getSimpleName();

    /** One referral's details; answers none when no referral has the id. */
    record ReadGpReferralDetails(String referralId) {
    }

    private final EventStore eventStore;

    GpReferralDetailsQueryHandler(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    Optional<GpReferralDetails> handle(ReadGpReferralDetails query, MetaData metaData) {
        Caller caller = Caller.of(metaData);
        Optional<GpReferralDetails> details = read(query.referralId());
        if (details.isPresent() && !caller.system() && !caller.worksFor(details.get().receivingOrganisation())) {
            throw new AccessRefusedException(
                    "Only a caseworker of the organisation the referral was sent to decides it");
        }
        return details;
    }

    Optional<GpReferralDetails> read(String referralId) {
        if (referralId == null || referralId.isBlank()) {
            return Optional.empty();
        }
        Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(referralId).asStream().iterator();
        if (!events.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = events.next();
        if (!AGGREGATE_TYPE.equals(first.getType()) || !(first.getPayload() instanceof GpReferralReceived received)) {
            return Optional.empty();
        }
        GpReferralDetails details = GpReferralDetails.of(received, first.getSequenceNumber());
        while (events.hasNext()) {
            DomainEventMessage<?> next = events.next();
            details = details.then(next.getPayload(), next.getSequenceNumber());
        }
        return Optional.of(details);
    }
}
