package uk.wmpathways.caseservice.enrolment;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantRegistered;

import java.util.Optional;

/**
 * A participant exists when the event store holds a stream of the participant aggregate under the id (its
 * first message, an event or a snapshot, names the aggregate type). Read from the write side's own store, so
 * a participant registered a moment ago is found, which a read model might not yet know.
 */
@Component
class EventStoreParticipants implements Participants {

    /** Axon's type name of {@code uk.wmpathways.caseservice.participant.Participant}: its simple class name. */
    static final String PARTICIPANT_AGGREGATE_TYPE = "Participant";

    private final EventStore eventStore;

    EventStoreParticipants(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean exists(String participantId) {
        if (participantId == null || participantId.isBlank()) {
            return false;
        }
        return eventStore.readEvents(participantId).asStream()
                .findFirst()
                .map(DomainEventMessage::getType)
                .filter(PARTICIPANT_AGGREGATE_TYPE::equals)
                .isPresent();
    }

    /** From the stream's first event; a stream that starts with a snapshot answers empty (the read side knows it). */
    @Override
    public Optional<String> registeringOrganisation(String participantId) {
        if (participantId == null || participantId.isBlank()) {
            return Optional.empty();
        }
        return eventStore.readEvents(participantId).asStream()
                .findFirst()
                .map(DomainEventMessage::getPayload)
                .filter(ParticipantRegistered.class::isInstance)
                .map(registered -> ((ParticipantRegistered) registered).registeringOrganisation());
    }
}
