package uk.wmpathways.app.demo;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * Whether every read model (every streaming event processor) has handled every event stored so far: the
 * reports are complete from then on.
 */
final class ReadModelsCatchUp {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ReadModelsCatchUp(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** The position of the newest event stored now (-1: none). */
    long head() {
        return Optional.ofNullable(eventStore.createHeadToken()).map(TrackingToken::position)
                .flatMap(position -> position.isPresent() ? Optional.of(position.getAsLong()) : Optional.empty())
                .orElse(-1L);
    }

    /**
     * Waits until every processor has reached {@code head}; false when the time ran out. {@code progress} is
     * told the position of the slowest processor as it moves.
     */
    boolean await(long head, Duration atMost, LongConsumer progress) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!reached(head)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            progress.accept(slowestPosition());
            Thread.sleep(250);
        }
        progress.accept(head);
        return true;
    }

    private long slowestPosition() {
        return streamingProcessors().stream()
                .flatMap(processor -> processor.processingStatus().values().stream())
                .mapToLong(segment -> segment.getCurrentPosition().orElse(-1L))
                .min().orElse(-1L);
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    private boolean reached(long head) {
        for (StreamingEventProcessor processor : streamingProcessors()) {
            Collection<EventTrackerStatus> segments = processor.processingStatus().values();
            if (processor.isRunning() && segments.isEmpty()) {
                return false; // not claimed yet
            }
            for (EventTrackerStatus segment : segments) {
                OptionalLong position = segment.getCurrentPosition();
                if (segment.isErrorState()) {
                    return false; // Axon retries it; the caller's time limit decides
                }
                if (head >= 0 && (position.isEmpty() || position.getAsLong() < head)) {
                    return false;
                }
            }
        }
        return true;
    }
}
