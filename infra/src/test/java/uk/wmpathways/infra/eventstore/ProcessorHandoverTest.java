package uk.wmpathways.infra.eventstore;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Counted;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Seen;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application share one MongoDB: one of them holds the tracking projection's segment (a
 * claim in the token store), the other waits. When the holder stops while events are still being written, the
 * other claims the segment and goes on from the token the holder stored last: every event is handled once, each
 * aggregate's in order, across the handover.
 */
class ProcessorHandoverTest {

    private static final String PROCESSOR = "counting";
    /** Axon's tracking processors try to claim an unclaimed segment this often (its default). */
    private static final Duration CLAIM_INTERVAL = Duration.ofSeconds(5);

    @RegisterExtension
    final InstancesSharingOneStore instances = new InstancesSharingOneStore();

    @Test
    void whenTheHolderStopsTheOtherInstanceTakesTheSegmentOverAndEveryEventIsHandledOnce() throws Exception {
        ConfigurableApplicationContext first = instances.start();
        ConfigurableApplicationContext second = instances.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> segmentsHeld(first) + segmentsHeld(second) == 1);
        ConfigurableApplicationContext holder = segmentsHeld(first) == 1 ? first : second;
        ConfigurableApplicationContext standby = holder == first ? second : first;
        EventStore events = standby.getBean(EventStore.class);

        write(events, "before", 10, 20);
        await().atMost(Duration.ofSeconds(30)).until(() -> Seen.total() >= 100);
        // Events go on being written while the holder stops, and after it has gone.
        CompletableFuture<Void> during = CompletableFuture.runAsync(() -> write(events, "during", 10, 30));
        long stoppedAt = System.nanoTime();
        instances.stop(holder);
        await().atMost(CLAIM_INTERVAL.multipliedBy(3)).until(() -> segmentsHeld(standby) == 1);
        Duration takeover = Duration.ofNanos(System.nanoTime() - stoppedAt);
        during.get();
        write(events, "after", 5, 20);

        long stored = 10 * 20 + 10 * 30 + 5 * 20;
        await().atMost(Duration.ofSeconds(60)).until(() -> Seen.total() >= stored);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(Seen.total()).as("events handled, the segment taken over after %d ms", takeover.toMillis())
                .isEqualTo(stored);
        assertThat(Seen.timesByEventId.values()).allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
        Seen.sequencesByAggregate.forEach((aggregate, sequences) -> assertThat(sequences).as(aggregate)
                .containsExactlyElementsOf(LongStream.range(0, aggregate.startsWith("during") ? 30
                        : 20).boxed().toList()));
    }

    private static int segmentsHeld(ConfigurableApplicationContext instance) {
        return instance.getBean(EventProcessingConfiguration.class)
                .eventProcessor(PROCESSOR, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().size())
                .orElse(0);
    }

    private static void write(EventStore events, String prefix, int aggregates, int eventsEach) {
        for (int sequence = 0; sequence < eventsEach; sequence++) {
            for (int a = 0; a < aggregates; a++) {
                String aggregateId = prefix + "-" + a;
                events.publish(new GenericDomainEventMessage<>("TestAggregate", aggregateId, sequence,
                        new Counted(aggregateId, sequence)));
            }
        }
    }
}
