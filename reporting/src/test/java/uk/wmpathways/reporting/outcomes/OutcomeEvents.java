package uk.wmpathways.reporting.outcomes;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Publishes hand-built histories to the event store as the write side would (participants first; each
 * enrolment's events with sequence numbers from 0), waits for the outcome projection to apply them, and asks
 * the report queries.
 */
final class OutcomeEvents {

    private final EventStore eventStore;
    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final QueryGateway queries;
    private final Map<String, Integer> published = new HashMap<>();

    OutcomeEvents(EventStore eventStore, MongoTemplate mongo, ReadModelCollections collections, QueryGateway queries) {
        this.eventStore = eventStore;
        this.mongo = mongo;
        this.collections = collections;
        this.queries = queries;
    }

    void register(String participantId, LocalDate dateOfBirth, EqualityDetails equality, LocalDate registeredOn) {
        eventStore.publish(new GenericDomainEventMessage<>("Participant", participantId, 0,
                new ParticipantRegistered(participantId, "Test", "Person", dateOfBirth, null, LocalAuthority.DUDLEY,
                        null, null, "caseworker", History.noonOf(registeredOn), equality, null)));
    }

    /** Publishes the events of each history not published yet, then waits until the projection has them all. */
    void publish(List<History> histories) {
        for (History history : histories) {
            List<EnrolmentEvent> events = history.events();
            for (int sequence = published.getOrDefault(history.id(), 0); sequence < events.size(); sequence++) {
                eventStore.publish(new GenericDomainEventMessage<>("Enrolment", history.id(), sequence,
                        events.get(sequence)));
            }
            published.put(history.id(), events.size());
        }
        // Events are handled in order: once the last history's last event is in, every earlier one is.
        awaitApplied(histories.get(histories.size() - 1));
    }

    void awaitApplied(History history) {
        long lastSequence = history.events().size() - 1;
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document current = mongo.findById(history.id(), Document.class, collections.live(
                    OutcomesProjection.PROCESSING_GROUP, OutcomesProjection.ENROLMENT_VERSIONS));
            return current != null && current.get("lastSequence", Number.class).longValue() == lastSequence;
        });
    }

    <R> R ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }
}
