package uk.wmpathways.infra.axon;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Shares the segments of each split processing group ({@link SplittablePerAggregate}) among the instances that
 * run it. Axon's tracking processors claim every segment they can and give none back, so the first instance up
 * would keep all of them: here every instance says every {@link #PERIOD} that it is alive and which split
 * processors it runs (a heartbeat document, stamped with the MongoDB server's clock so that instances' clocks
 * need not agree), and one that holds more than its share ({@code ceil(segments / instances running the
 * processor)}) releases the rest for {@link #RELEASE_FOR}, long enough for another instance's next claim attempt.
 * <p>
 * When an instance stops, its claims are released at once; when it dies, they lapse after the token store's
 * claim timeout (10 s) and its heartbeat after {@link #ALIVE_FOR}: either way the others' shares grow and their
 * idle threads claim the segments, which go on from the token stored last. A processor has a thread per segment
 * on every instance, so that one instance alone handles every segment.
 * <p>
 * A processor with fewer segments than it is given (its count was raised after its tokens were made) is split
 * here too, one segment at a time, by one instance only.
 */
public final class SegmentShares implements SmartLifecycle {

    static final String INSTANCES = "processing_instances";
    static final Duration PERIOD = Duration.ofSeconds(2);
    static final Duration ALIVE_FOR = Duration.ofSeconds(10);
    static final Duration RELEASE_FOR = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(SegmentShares.class);

    /** Each split group's segment count, as configured. */
    private final Map<String, Integer> splitGroups;
    private final Supplier<EventProcessingConfiguration> processing;
    private final TokenStore tokens;
    private final MongoCollection<Document> instances;
    private final ProcessingNode node;
    private volatile ScheduledExecutorService schedule;
    /** The last split asked of each group's processor (only the rounds' thread uses it). */
    private final Map<String, CompletableFuture<Boolean>> splits = new HashMap<>();

    SegmentShares(Map<String, Integer> splitGroups, Supplier<EventProcessingConfiguration> processing,
                  TokenStore tokens, MongoCollection<Document> instances, ProcessingNode node, MeterRegistry meters) {
        this.splitGroups = Map.copyOf(splitGroups);
        this.processing = processing;
        this.tokens = tokens;
        this.instances = instances;
        this.node = node;
        // What an operator watches to see the sharing: each instance's own count, per split processor.
        splitGroups.keySet().forEach(group -> Gauge.builder("pathways.processor.segments.held",
                        () -> processing.get().eventProcessor(group, StreamingEventProcessor.class)
                                .map(processor -> processor.processingStatus().size()).orElse(0))
                .description("Segments of a split processor that this instance holds").tag("processor", group)
                .register(meters));
    }

    /** Started after everything else (Axon's processors included) and stopped before. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean isRunning() {
        return schedule != null && !schedule.isShutdown();
    }

    @Override
    public void start() {
        if (splitGroups.isEmpty()) {
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-shares");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::balanceQuietly, PERIOD.toMillis(), PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (!isRunning()) {
            return;
        }
        schedule.shutdownNow();
        try {
            schedule.awaitTermination(5, TimeUnit.SECONDS);
            instances.deleteOne(Filters.eq("_id", node.id()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Could not remove this instance's heartbeat ({}); it lapses after {}", e.getClass().getName(),
                    ALIVE_FOR);
        }
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            // The next round tries again; meanwhile every instance keeps what it holds.
            log.warn("Sharing the processors' segments failed: {}", e.getClass().getName());
        }
    }

    /** One round: the heartbeat, then each running split processor's share. */
    private void balance() {
        Map<String, StreamingEventProcessor> running = new TreeMap<>();
        splitGroups.keySet().forEach(group -> processing.get().eventProcessor(group, StreamingEventProcessor.class)
                .filter(StreamingEventProcessor::isRunning)
                .ifPresent(processor -> running.put(group, processor)));
        Date serverNow = heartbeat(List.copyOf(running.keySet()));
        Date aliveSince = new Date(serverNow.getTime() - ALIVE_FOR.toMillis());
        running.forEach((group, processor) -> {
            Bson runningIt = Filters.and(Filters.gte("seenAt", aliveSince), Filters.eq("running", group));
            int segments = tokens.fetchSegments(group).length;
            if (segments >= splitGroups.get(group)) {
                releaseBeyondShare(processor, share(segments, instances.countDocuments(runningIt)));
            } else if (isGatherer(runningIt)) {
                splitLargest(group, processor, segments);
            } else {
                releaseBeyondShare(processor, 0);
            }
        });
    }

    /**
     * A processor whose tokens were made with fewer segments than it is now given (its count was raised) is split
     * by one instance only, so that it cannot be split beyond the count: the live instance with the first id
     * gathers its segments (the others release theirs) and splits them.
     */
    private boolean isGatherer(Bson runningIt) {
        Document first = instances.find(runningIt).sort(Sorts.ascending("_id")).limit(1).first();
        return first != null && node.id().equals(first.getString("_id"));
    }

    /**
     * Once this instance holds them all, and its last split is done, its largest segment, into two halves that go
     * on from its token.
     */
    private void splitLargest(String group, StreamingEventProcessor processor, int segments) {
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        CompletableFuture<Boolean> last = splits.get(group);
        if (held.size() < segments || (last != null && !last.isDone())) {
            return;
        }
        held.values().stream().map(EventTrackerStatus::getSegment)
                .min(Comparator.comparingInt(Segment::getMask))
                .ifPresent(largest -> splits.put(group, processor.splitSegment(largest.getSegmentId())));
    }

    static int share(int segments, long instancesRunningIt) {
        return (int) Math.ceil((double) segments / Math.max(1, instancesRunningIt));
    }

    /** Keeps the lowest-numbered segments it holds, so that repeated rounds release the same ones. */
    private static void releaseBeyondShare(StreamingEventProcessor processor, int share) {
        List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
        held.stream().skip(share).forEach(segment ->
                processor.releaseSegment(segment, RELEASE_FOR.toMillis(), TimeUnit.MILLISECONDS));
    }

    private Date heartbeat(List<String> running) {
        Document stamped = instances.findOneAndUpdate(Filters.eq("_id", node.id()),
                Updates.combine(Updates.currentDate("seenAt"), Updates.set("running", running)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return stamped.getDate("seenAt");
    }
}
