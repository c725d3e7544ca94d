package uk.wmpathways.infra.eventstore;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.wmpathways.infra.axon.AggregateCaches;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Counted;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication.Seen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many writers in two application contexts share one MongoDB; commits are delayed at random between
 * allocating global indexes and inserting the events (the case that makes timestamp tracking skip events),
 * and some appends fail after allocating. The tracking projection must see every stored event exactly once,
 * each aggregate's events in order, and nothing that was not stored.
 */
class ConcurrentWritersTest {

    private static final int THREADS_PER_CONTEXT = 4;
    private static final int AGGREGATES_PER_THREAD = 5;
    private static final int EVENTS_PER_AGGREGATE = 20;

    @RegisterExtension
    final InstancesSharingOneStore instances = new InstancesSharingOneStore();

    private ConfigurableApplicationContext context(Duration gapTimeout) {
        return instances.start("--pathways.event-store.gap-timeout=" + gapTimeout);
    }

    @Test
    void everyStoredEventIsSeenExactlyOnceAndInOrderPerAggregate() throws Exception {
        List<ConfigurableApplicationContext> apps = List.of(context(Duration.ofSeconds(2)), context(Duration.ofSeconds(2)));
        assertThat(apps).as("on a shared store, an aggregate kept between commands is checked against the store")
                .allMatch(app -> app.getBean(AggregateCaches.class).checksStore());
        AtomicInteger failedAppends = new AtomicInteger();
        for (ConfigurableApplicationContext app : apps) {
            app.getBean(GlobalSequenceMongoEventStorageEngine.class).pauseAfterAllocation(index -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                sleep(random.nextInt(15));
                if (random.nextInt(50) == 0) {
                    failedAppends.incrementAndGet();
                    throw new IllegalStateException("simulated failure after allocating index " + index);
                }
            });
        }

        Map<String, Long> storedPerAggregate = new ConcurrentHashMap<>();
        ExecutorService writers = Executors.newFixedThreadPool(apps.size() * THREADS_PER_CONTEXT);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < apps.size(); c++) {
            EventStore eventStore = apps.get(c).getBean(EventStore.class);
            for (int t = 0; t < THREADS_PER_CONTEXT; t++) {
                String writer = "c" + c + "t" + t;
                done.add(writers.submit(() -> write(eventStore, writer, storedPerAggregate)));
            }
        }
        for (Future<?> future : done) {
            future.get();
        }
        writers.shutdown();

        long stored = storedPerAggregate.values().stream().mapToLong(Long::longValue).sum();
        assertThat(stored).isEqualTo((long) apps.size() * THREADS_PER_CONTEXT * AGGREGATES_PER_THREAD
                * EVENTS_PER_AGGREGATE);
        assertThat(failedAppends.get()).as("appends that failed after allocating (and were retried)").isPositive();
        await().atMost(Duration.ofSeconds(60)).until(() -> Seen.total() >= stored);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);

        assertThat(Seen.total()).as("events handled").isEqualTo(stored);
        assertThat(Seen.timesByEventId.values()).allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
        storedPerAggregate.forEach((aggregate, count) -> assertThat(Seen.sequencesByAggregate.get(aggregate))
                .as("sequence numbers seen for " + aggregate)
                .containsExactlyElementsOf(LongStream.range(0, count).boxed().toList()));

        // Failed appends left gaps; readers closed each of them with a tombstone after the gap timeout.
        MongoTemplate mongoTemplate = apps.get(0).getBean(MongoTemplate.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> mongoTemplate.count(
                Query.query(Criteria.where("tombstone").is(true)), GlobalSequenceMongoEventStorageEngine.EVENTS)
                >= failedAppends.get());
    }

    /** Appends each aggregate's events in turn; a failed append is retried with the same sequence number. */
    private static void write(EventStore eventStore, String writer, Map<String, Long> storedPerAggregate) {
        for (int a = 0; a < AGGREGATES_PER_THREAD; a++) {
            String aggregateId = writer + "-a" + a;
            long sequence = 0;
            while (sequence < EVENTS_PER_AGGREGATE) {
                try {
                    eventStore.publish(new GenericDomainEventMessage<>("TestAggregate", aggregateId, sequence,
                            new Counted(aggregateId, sequence)));
                    sequence++;
                } catch (IllegalStateException simulatedFailure) {
                    // nothing was stored: the next attempt reuses the sequence number
                }
            }
            storedPerAggregate.put(aggregateId, sequence);
        }
    }

    @Test
    void aWriterSlowerThanTheGapTimeoutFailsInsteadOfBeingSkipped() throws Exception {
        ConfigurableApplicationContext app = context(Duration.ofMillis(500));
        GlobalSequenceMongoEventStorageEngine engine = app.getBean(GlobalSequenceMongoEventStorageEngine.class);
        EventStore eventStore = app.getBean(EventStore.class);
        // The fast writer starts once the slow one holds its index (waiting a fixed time was not enough on a busy machine).
        AtomicLong slowWritersIndex = new AtomicLong(-1);
        CountDownLatch slowWriterAllocated = new CountDownLatch(1);
        engine.pauseAfterAllocation(index -> {
            if (Thread.currentThread().getName().equals("slow-writer")) {
                slowWritersIndex.set(index);
                slowWriterAllocated.countDown();
                sleep(3000);
            }
        });

        List<Throwable> slowWriterFailure = new ArrayList<>();
        Thread slow = new Thread(() -> {
            try {
                eventStore.publish(new GenericDomainEventMessage<>("TestAggregate", "slow", 0, new Counted("slow", 0)));
            } catch (Throwable failure) {
                slowWriterFailure.add(failure);
            }
        }, "slow-writer");
        slow.start();
        assertThat(slowWriterAllocated.await(10, TimeUnit.SECONDS)).as("the slow writer allocated an index").isTrue();
        for (long sequence = 0; sequence < 10; sequence++) {
            eventStore.publish(new GenericDomainEventMessage<>("TestAggregate", "fast", sequence, new Counted("fast", sequence)));
        }
        slow.join();

        assertThat(slowWriterFailure).singleElement().isInstanceOf(EventAppendTooLateException.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> Seen.total() >= 10);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(Seen.sequencesByAggregate).containsOnlyKeys("fast");
        assertThat(Seen.total()).isEqualTo(10);
        Document tombstone = app.getBean(MongoTemplate.class).getCollection(GlobalSequenceMongoEventStorageEngine.EVENTS)
                .find(new Document("_id", slowWritersIndex.get())).first();
        assertThat(tombstone).isNotNull().containsEntry("tombstone", true);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
