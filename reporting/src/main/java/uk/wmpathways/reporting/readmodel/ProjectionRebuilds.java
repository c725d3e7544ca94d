package uk.wmpathways.reporting.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a projection from the events, online: its processor is reset and replays every event into a new
 * collection while the current read model goes on answering queries (without new updates until the swap);
 * when the replay has caught up, the rebuilt collection replaces the old one. Progress is logged every few
 * seconds and published as the gauge {@code pathways.projection.rebuild.progress} (0 to 1).
 * <p>
 * A projection's processing group and its read model share one name. Axon can reset a processor only where
 * it runs: with several instances, stop the projection's processor on the others first. A rebuild is refused
 * while another instance holds one of the processor's segments, and a split projection's rebuild completes only
 * once this instance holds every segment and each has replayed everything.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    public enum State { IDLE, REBUILDING }

    /** What an operator sees of a projection. */
    public record Status(String projection, State state, String liveCollection, Long eventsReplayed,
                         Long eventsToReplay, double progress, Instant startedAt, Instant finishedAt) {
    }

    public static class UnknownProjectionException extends RuntimeException {
        public UnknownProjectionException() {
            super("No projection has this name");
        }
    }

    public static class RebuildRunningException extends RuntimeException {
        public RebuildRunningException() {
            super("This projection is being rebuilt already");
        }
    }

    public static class SegmentsHeldElsewhereException extends RuntimeException {
        public SegmentsHeldElsewhereException(int elsewhere, int segments) {
            super((segments == 1 ? "Another instance is processing this projection"
                    : elsewhere + " of this projection's " + segments + " segments are being processed by other "
                    + "instances") + ": stop the projection's processor there, then rebuild it here");
        }
    }

    private static final class Rebuild {
        final Instant startedAt;
        volatile Long replayed;
        volatile Long toReplay;
        volatile Instant finishedAt;
        volatile Instant loggedAt;
        volatile ScheduledFuture<?> watch;

        Rebuild(Instant startedAt) {
            this.startedAt = startedAt;
            this.loggedAt = startedAt;
        }

        boolean running() {
            return finishedAt == null;
        }

        double progress() {
            if (!running()) {
                return 1.0;
            }
            return toReplay == null || toReplay <= 0 || replayed == null ? 0.0 : Math.min(1.0, (double) replayed / toReplay);
        }
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokens;
    private final ReadModelCollections collections;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild-watch");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionRebuilds(EventProcessingConfiguration processing, ReadModelCollections collections,
                              EventStore eventStore, TokenStore tokens, MeterRegistry meters, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.collections = collections;
        this.meters = meters;
        this.clock = clock;
    }

    public List<Status> all() {
        // Only tracking projections can be rebuilt; a subscribing processor (case-service's organisation
        // directory) keeps no read model of its own.
        return processing.eventProcessors().entrySet().stream()
                .filter(processor -> processor.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey).sorted().map(this::status).toList();
    }

    public Status status(String projection) {
        processor(projection);
        Rebuild rebuild = rebuilds.get(projection);
        if (rebuild == null) {
            return new Status(projection, State.IDLE, collections.live(projection), null, null, 1.0, null, null);
        }
        return new Status(projection, rebuild.running() ? State.REBUILDING : State.IDLE, collections.live(projection),
                rebuild.replayed, rebuild.toReplay, rebuild.progress(), rebuild.startedAt, rebuild.finishedAt);
    }

    public synchronized Status start(String projection) {
        StreamingEventProcessor processor = processor(projection);
        Rebuild current = rebuilds.get(projection);
        if ((current != null && current.running()) || collections.isRebuilding(projection)) {
            throw new RebuildRunningException();
        }
        int segments = tokens.fetchSegments(projection).length;
        int elsewhere = segments - tokens.fetchAvailableSegments(projection).size();
        if (elsewhere > 0) {
            throw new SegmentsHeldElsewhereException(elsewhere, segments);
        }
        Rebuild rebuild = new Rebuild(clock.instant());
        rebuilds.put(projection, rebuild);
        Gauge.builder("pathways.projection.rebuild.progress", rebuilds,
                        all -> Optional.ofNullable(all.get(projection)).map(Rebuild::progress).orElse(1.0))
                .description("Share of the events replayed by a projection rebuild (1 when none is running)")
                .tag("projection", projection)
                .register(meters);

        String building = collections.beginRebuild(projection);
        if (eventStore.createHeadToken() == null) {
            // No events at all: the new, empty collection is the rebuilt read model. (Axon's Mongo token store
            // also cannot store the empty token that a reset would write.)
            collections.completeRebuild(projection);
            rebuild.finishedAt = clock.instant();
            return status(projection);
        }
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        log.info("Rebuilding projection {} into collection {}", projection, building);
        rebuild.watch = watcher.scheduleWithFixedDelay(() -> watch(projection, processor, rebuild),
                200, 200, TimeUnit.MILLISECONDS);
        return status(projection);
    }

    private void watch(String projection, StreamingEventProcessor processor, Rebuild rebuild) {
        try {
            Collection<EventTrackerStatus> segments = processor.processingStatus().values();
            if (segments.isEmpty() || segments.size() < tokens.fetchSegments(projection).length) {
                return; // the processor has not claimed all its segments yet
            }
            rebuild.replayed = segments.stream().mapToLong(s -> s.getCurrentPosition().orElse(0)).max().orElse(0);
            rebuild.toReplay = segments.stream().mapToLong(s -> s.getResetPosition().orElse(0)).max().orElse(0);
            if (segments.stream().allMatch(ProjectionRebuilds::replayedEverything)) {
                collections.completeRebuild(projection);
                rebuild.finishedAt = clock.instant();
                log.info("Rebuilt projection {} in {} ms; it now reads collection {}", projection,
                        Duration.between(rebuild.startedAt, rebuild.finishedAt).toMillis(), collections.live(projection));
                rebuild.watch.cancel(false);
            } else if (Duration.between(rebuild.loggedAt, clock.instant()).compareTo(LOG_EVERY) >= 0) {
                rebuild.loggedAt = clock.instant();
                log.info("Rebuilding projection {}: {}% ({} of {} global positions)", projection,
                        Math.round(rebuild.progress() * 100), rebuild.replayed, rebuild.toReplay);
            }
        } catch (RuntimeException e) {
            log.error("Watching the rebuild of projection {} failed: {}", projection, e.getClass().getName());
        }
    }

    /**
     * Axon keeps a segment "replaying" until it sees an event after the reset position; a rebuild is done as
     * soon as the segment has caught up with the reset position.
     */
    private static boolean replayedEverything(EventTrackerStatus segment) {
        return !segment.isReplaying() || (segment.isCaughtUp()
                && segment.getCurrentPosition().orElse(-1) >= segment.getResetPosition().orElse(Long.MAX_VALUE));
    }

    private StreamingEventProcessor processor(String projection) {
        return processing.eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(UnknownProjectionException::new);
    }

    @PreDestroy
    void stop() {
        watcher.shutdownNow();
    }
}
