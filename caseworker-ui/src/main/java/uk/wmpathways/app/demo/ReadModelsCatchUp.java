package uk.wmpathways.app.demo;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

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

    /** Waits until every processor has reached the events stored now; false when the time ran out. */
    boolean await(Duration atMost) throws InterruptedException {
        long head = Optional.ofNullable(eventStore.createHeadToken()).map(TrackingToken::position)
                .flatMap(position -> position.isPresent() ? Optional.of(position.getAsLong()) : Optional.empty())
                .orElse(-1L);
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!reached(head)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    private boolean reached(long head) {
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList()) {
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
