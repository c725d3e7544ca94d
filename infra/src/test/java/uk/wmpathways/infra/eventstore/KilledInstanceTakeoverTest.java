package uk.wmpathways.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.infra.eventstore.InstancesSharingOneStore.write;
import static uk.wmpathways.infra.eventstore.StoredCountingProjection.APPLIED;
import static uk.wmpathways.infra.eventstore.StoredCountingProjection.HANDLED;
import static uk.wmpathways.infra.eventstore.StoredCountingProjection.PROCESSING_GROUP;

/**
 * An instance in a JVM of its own shares a split projection's four segments with an instance in the test's JVM,
 * and is killed (SIGKILL) while events are being written: it releases nothing, so its claims lapse after the token
 * store's claim timeout, and the instance left claims its segments and goes on from the tokens it stored last.
 * The batch it had handled but not recorded is handled again; the projection, idempotent by sequence number as the
 * real ones are, applies every event once and each aggregate's in order.
 */
class KilledInstanceTakeoverTest {

    private static final String[] SPLIT_STORED_COUNTING = {
            "--test.stored-counting=true", "--pathways.processing.segments." + PROCESSING_GROUP + "=4"};
    /** The claim timeout (10 s), a round of sharing and the next claim attempt (every 5 s), with room to spare. */
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(40);

    @RegisterExtension
    final InstancesSharingOneStore instances = new InstancesSharingOneStore();

    @TempDir
    Path folder;

    @Test
    void theSegmentsOfAKilledInstanceAreTakenOverAndEveryEventIsAppliedOnceInOrder() throws Exception {
        try (MongoClient client = MongoClients.create(instances.connectionString())) {
            MongoDatabase database = client.getDatabase(InstancesSharingOneStore.DATABASE);
            Process child = instances.startInChildJvm(folder.resolve("child.log"), SPLIT_STORED_COUNTING);
            // A wait, not a measure: the child starts beside the test JVM on a busy machine.
            await().atMost(Duration.ofSeconds(180)).until(() -> claimed(database) == 4);
            ConfigurableApplicationContext survivor = instances.start(SPLIT_STORED_COUNTING);
            await().atMost(TAKEOVER_BOUND).until(() -> segmentsHeld(survivor) == 2 && claimed(database) == 4);
            EventStore events = survivor.getBean(EventStore.class);
            write(events, "shared", 20, 10);
            await().atMost(Duration.ofSeconds(60)).until(() -> applied(database) == 20 * 10);

            CompletableFuture<Void> whileKilled = CompletableFuture.runAsync(() -> write(events, "killed", 20, 30));
            await().atMost(Duration.ofSeconds(30)).until(() -> applied(database) > 20 * 10 + 100);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            long killedAt = System.nanoTime();
            await().atMost(TAKEOVER_BOUND).until(() -> segmentsHeld(survivor) == 4);
            Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
            whileKilled.get();
            write(events, "after", 20, 5);

            long stored = 20 * 10 + 20 * 30 + 20 * 5;
            await().atMost(Duration.ofSeconds(60)).until(() -> applied(database) == stored);
            long handlings = database.getCollection(HANDLED).find().into(new ArrayList<>()).stream()
                    .mapToLong(handled -> handled.getInteger("times")).sum();
            System.out.printf("Killed instance's segments taken over after %d ms; %d events handled %d times%n",
                    takeover.toMillis(), stored, handlings);
            assertThat(database.getCollection(HANDLED).countDocuments()).as("events handled").isEqualTo(stored);
            for (Document aggregate : database.getCollection(APPLIED).find()) {
                int eventsOf = aggregate.getString("_id").startsWith("shared") ? 10
                        : aggregate.getString("_id").startsWith("after") ? 5 : 30;
                assertThat(aggregate.getList("sequences", Long.class)).as(aggregate.getString("_id"))
                        .containsExactlyElementsOf(LongStream.range(0, eventsOf).boxed().toList());
            }
        }
    }

    /** Segments of the split projection that some instance holds a claim on. */
    private static long claimed(MongoDatabase database) {
        return database.getCollection("trackingtokens").countDocuments(Filters.and(
                Filters.eq("processorName", PROCESSING_GROUP), Filters.ne("owner", null)));
    }

    private static long applied(MongoDatabase database) {
        return database.getCollection(APPLIED).find().into(new ArrayList<>()).stream()
                .mapToLong(aggregate -> aggregate.getList("sequences", Long.class, List.of()).size()).sum();
    }

    private static int segmentsHeld(ConfigurableApplicationContext instance) {
        return instance.getBean(EventProcessingConfiguration.class)
                .eventProcessor(PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().size())
                .orElse(0);
    }
}
