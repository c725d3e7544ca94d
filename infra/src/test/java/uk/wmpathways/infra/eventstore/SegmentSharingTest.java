package uk.wmpathways.infra.eventstore;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Seen;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.infra.eventstore.InstancesSharingOneStore.assertEveryEventHandledOnceInOrder;
import static uk.wmpathways.infra.eventstore.InstancesSharingOneStore.segmentsHeld;
import static uk.wmpathways.infra.eventstore.InstancesSharingOneStore.write;

/**
 * A projection split into four segments ({@code pathways.processing.segments.counting=4}) on two instances sharing
 * one MongoDB: the instance that comes up second gets half of the segments from the first, and when one of them
 * stops while events are being written, the other takes its segments back. Every event is handled once, each
 * aggregate's in order, throughout.
 */
class SegmentSharingTest {

    private static final String FOUR_SEGMENTS = "--pathways.processing.segments.counting=4";
    /** A round of sharing (2 s), the release, and the other instance's next claim attempt (every 5 s). */
    private static final Duration SHARING_BOUND = Duration.ofSeconds(20);

    @RegisterExtension
    final InstancesSharingOneStore instances = new InstancesSharingOneStore();

    @Test
    void twoInstancesShareTheSegmentsAndTheOneLeftTakesThemAllBackEveryEventHandledOnce() throws Exception {
        ConfigurableApplicationContext first = instances.start(FOUR_SEGMENTS);
        await().atMost(Duration.ofSeconds(20)).until(() -> segmentsHeld(first) == 4);
        EventStore events = first.getBean(EventStore.class);
        write(events, "alone", 20, 10);

        CompletableFuture<Void> whileSharing = CompletableFuture.runAsync(() -> write(events, "sharing", 20, 20));
        ConfigurableApplicationContext second = instances.start(FOUR_SEGMENTS);
        long secondUpAt = System.nanoTime();
        await().atMost(SHARING_BOUND).until(() -> segmentsHeld(first) == 2 && segmentsHeld(second) == 2);
        Duration shared = Duration.ofNanos(System.nanoTime() - secondUpAt);
        assertThat(second.getBean(MeterRegistry.class).get("pathways.processor.segments.held")
                .tag("processor", "counting").gauge().value()).as("what an operator sees").isEqualTo(2.0);
        whileSharing.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> Seen.sequencesByAggregate.keySet().stream()
                .filter(aggregate -> aggregate.startsWith("sharing")).count() == 20);
        assertThat(Seen.total()).as("events handled while both instances share the segments").isPositive();

        // Written through the instance that stays up, while the other stops.
        EventStore stillUp = second.getBean(EventStore.class);
        CompletableFuture<Void> whileStopping = CompletableFuture.runAsync(() -> write(stillUp, "stopping", 20, 20));
        ConfigurableApplicationContext left = second;
        long stoppedAt = System.nanoTime();
        instances.stop(first);
        await().atMost(SHARING_BOUND).until(() -> segmentsHeld(left) == 4);
        Duration takenBack = Duration.ofNanos(System.nanoTime() - stoppedAt);
        whileStopping.get();
        write(stillUp, "after", 20, 5);

        assertEveryEventHandledOnceInOrder(20 * 10 + 20 * 20 + 20 * 20 + 20 * 5,
                aggregate -> aggregate.startsWith("alone") ? 10 : aggregate.startsWith("after") ? 5 : 20,
                "shared after " + shared.toMillis() + " ms, taken back after " + takenBack.toMillis() + " ms");
    }

    @Test
    void aProcessorWhoseCountIsRaisedIsSplitAndOneWhoseCountIsLoweredKeepsHandlingEverySegment() {
        ConfigurableApplicationContext oneSegment = instances.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> segmentsHeld(oneSegment) == 1);
        write(oneSegment.getBean(EventStore.class), "before", 10, 10);
        await().atMost(Duration.ofSeconds(30)).until(() -> Seen.total() >= 100);
        instances.stop(oneSegment);

        ConfigurableApplicationContext raised = instances.start(FOUR_SEGMENTS);
        await().atMost(SHARING_BOUND.multipliedBy(2)).until(() -> segmentsHeld(raised) == 4);
        write(raised.getBean(EventStore.class), "raised", 10, 10);
        await().atMost(Duration.ofSeconds(30)).until(() -> Seen.total() >= 200);
        instances.stop(raised);

        // Named no longer: the processor keeps a thread for each of the four segments its tokens have.
        ConfigurableApplicationContext lowered = instances.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> segmentsHeld(lowered) == 4);
        write(lowered.getBean(EventStore.class), "lowered", 10, 10);

        assertEveryEventHandledOnceInOrder(300, aggregate -> 10, "across the raise and the lowering");
    }

    @Test
    void aProcessingGroupNotMarkedSplittableCannotBeSplit() {
        assertThatThrownBy(() -> instances.start("--pathways.processing.segments.casework=4"))
                .rootCause().hasMessageContaining("pathways.processing.segments.casework")
                .hasMessageContaining("@SplittablePerAggregate");
        assertThatThrownBy(() -> instances.start("--pathways.processing.segments.counting=0"))
                .rootCause().hasMessageContaining("must be between 1 and 32, not 0");
    }
}
