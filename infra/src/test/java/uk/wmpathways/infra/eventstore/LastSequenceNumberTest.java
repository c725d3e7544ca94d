package uk.wmpathways.infra.eventstore;

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
class LastSequenceNumberTest {

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
}
