package uk.wmpathways.caseservice.enrolment;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.WrittenRecords;

/**
 * A record is written when the event store holds a stream of its aggregate type under the id (the stream's first
 * message, an event or a snapshot, names the type), as {@link EventStoreParticipants} decides for participants.
 */
@Component
class EventStoreWrittenRecords implements WrittenRecords {

    /** Axon's type name of {@link Enrolment}: its simple class name. */
    static final String ENROLMENT_AGGREGATE_TYPE = "Enrolment";

    private final EventStore eventStore;

    EventStoreWrittenRecords(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean participantWritten(String participantId) {
        return streamOf(participantId, EventStoreParticipants.PARTICIPANT_AGGREGATE_TYPE);
    }

    @Override
    public boolean enrolmentWritten(String enrolmentId) {
        return streamOf(enrolmentId, ENROLMENT_AGGREGATE_TYPE);
    }

    private boolean streamOf(String aggregateId, String aggregateType) {
        if (aggregateId == null || aggregateId.isBlank()) {
            return false;
        }
        return eventStore.readEvents(aggregateId).asStream()
                .findFirst()
                .map(DomainEventMessage::getType)
                .filter(aggregateType::equals)
                .isPresent();
    }
}
