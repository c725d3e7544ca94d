package uk.wmpathways.caseservice.web;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An enrolment as its own events tell it, read from the event store (not from a read model, which may lag
 * behind): the API answers a step with what the step recorded (the new tenancy's id, the drawn trial arm, the
 * version to send back as {@code expectedVersion}), and checks a tenancy id in a path against the tenancy that
 * is running now. Snapshots are skipped: the stream is read from its first event and folded with the published
 * {@link EnrolmentState}, the same fold the aggregate decides with.
 */
@Component
class RecordedEnrolments {

    /**
     * The folded state; the version (sequence number of the last event); the version each request id
     * reached (its last event); every tenancy the enrolment ever had.
     */
    record RecordedEnrolment(EnrolmentState state, long version, Map<String, Long> versionByRequest,
                             Set<String> tenancyIds) {

        /** The answer to the request with this id, or empty when the enrolment holds no event of it. */
        Optional<StepRecorded> answerTo(String requestId) {
            return state.resultOfRequest(requestId).map(resultId ->
                    new StepRecorded(state.enrolmentId(), versionByRequest.get(requestId), resultId, state.trialArm()));
        }
    }

    private final EventStore events;

    RecordedEnrolments(EventStore events) {
        this.events = events;
    }

    Optional<RecordedEnrolment> find(String enrolmentId) {
        EnrolmentState state = new EnrolmentState();
        Map<String, Long> versionByRequest = new HashMap<>();
        Set<String> tenancyIds = new HashSet<>();
        long version = -1;
        DomainEventStream stream = events.readEvents(enrolmentId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof EnrolmentEvent event)) {
                return Optional.empty(); // the id of something else (a participant, say)
            }
            state.apply(event);
            version = message.getSequenceNumber();
            if (event.requestId() != null) {
                versionByRequest.put(event.requestId(), version);
            }
            if (event instanceof TenancyStarted tenancy) {
                tenancyIds.add(tenancy.tenancyId());
            }
        }
        if (state.enrolmentId() == null) {
            return Optional.empty();
        }
        return Optional.of(new RecordedEnrolment(state, version, Map.copyOf(versionByRequest), Set.copyOf(tenancyIds)));
    }

    RecordedEnrolment require(String enrolmentId) {
        return find(enrolmentId).orElseThrow(UnknownIdException::enrolment);
    }

    /** True when a participant with this id was registered (read from the event store: no lag). */
    boolean participantExists(String participantId) {
        DomainEventStream stream = events.readEvents(participantId, 0);
        return stream.hasNext() && stream.next().getPayload() instanceof ParticipantRegistered;
    }
}
