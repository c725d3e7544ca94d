package uk.wmpathways.infra.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Counted;

import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = EventStoreTestApplication.class)
/** An aggregate's stream read back by stream-key lookups alone: whole, in order, and its last sequence number. */
class AggregateStreamReadsTest {

    @Autowired
    EventStore eventStore;

    private String aggregateWith(long events) {
        String id = UUID.randomUUID().toString();
        List<GenericDomainEventMessage<Counted>> stream = LongStream.range(0, events)
                .mapToObj(sequence -> new GenericDomainEventMessage<>("Counted", id, sequence, new Counted(id, sequence)))
                .toList();
        stream.forEach(eventStore::publish);
        return id;
    }

    @Test
    void anAggregateWithoutEventsHasNoLastSequenceNumber() {
        aggregateWith(3);
        assertThat(eventStore.lastSequenceNumberFor(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void theLastSequenceNumberIsThatOfTheAggregatesLastEventWhateverTheirNumber() {
        for (long events : List.of(1L, 2L, 3L, 4L, 5L, 8L, 9L, 17L, 64L, 100L)) {
            String id = aggregateWith(events);
            aggregateWith(events + 1);
            assertThat(eventStore.lastSequenceNumberFor(id)).as(events + " events").contains(events - 1);
        }
    }

    @Test
    void anAggregateIsReadWholeAndInOrderWhateverTheNumberOfItsEvents() {
        for (long events : List.of(1L, 7L, 8L, 9L, 24L, 25L, 150L, 250L)) {
            String id = aggregateWith(events);
            aggregateWith(3);
            assertThat(eventStore.readEvents(id).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                    .as(events + " events").isEqualTo(LongStream.range(0, events).boxed().toList());
            assertThat(eventStore.readEvents(id, events / 2).asStream().map(DomainEventMessage::getSequenceNumber)
                    .toList()).isEqualTo(LongStream.range(events / 2, events).boxed().toList());
        }
    }
}
