package uk.wmpathways.caseservice.web;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;

/**
 * Whether an id names a participant or an enrolment, read from the event store (not from a read model, which
 * may lag behind a registration or a referral just made): only the first event is looked at.
 */
@Component
class RecordedEnrolments {

    private final EventStore events;

    RecordedEnrolments(EventStore events) {
        this.events = events;
    }

    boolean enrolmentExists(String enrolmentId) {
        DomainEventStream stream = events.readEvents(enrolmentId, 0);
        return stream.hasNext() && stream.next().getPayload() instanceof EnrolmentEvent;
    }

    /** True when a participant with this id was registered. */
    boolean participantExists(String participantId) {
        DomainEventStream stream = events.readEvents(participantId, 0);
        return stream.hasNext() && stream.next().getPayload() instanceof ParticipantRegistered;
    }
}
