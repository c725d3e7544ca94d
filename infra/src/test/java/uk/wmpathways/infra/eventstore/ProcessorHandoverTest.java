package uk.wmpathways.infra.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Seen;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.awaitility.Awaitility.await;
import static uk.wmpathways.infra.eventstore.InstancesSharingOneStore.assertEveryEventHandledOnceInOrder;
import static uk.wmpathways.infra.eventstore.InstancesSharingOneStore.segmentsHeld;
import static uk.wmpathways.infra.eventstore.InstancesSharingOneStore.write;

/**
 * Two instances of the application share one MongoDB: one of them holds the tracking projection's segment (a
 * claim in the token store), the other waits. When the holder stops while events are still being written, the
 * other claims the segment and goes on from the token the holder stored last: every event is handled once, each
 * aggregate's in order, across the handover.
 */
class ProcessorHandoverTest {

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

        assertEveryEventHandledOnceInOrder(10 * 20 + 10 * 30 + 5 * 20,
                aggregate -> aggregate.startsWith("during") ? 30 : 20,
                "the segment taken over after " + takeover.toMillis() + " ms");
    }
}
