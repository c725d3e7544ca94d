package uk.wmpathways.infra.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch reads the documents its events name with one query ({@link BatchedWrites#prefetch}): what it then finds
 * by id is what MongoDB held when the batch began, as a document it had read itself would be, absent ones
 * included; documents the events do not name are read when asked for.
 */
@SpringBootTest(classes = EventStoreTestApplication.class)
class BatchedWritesPrefetchTest {

    record Touched(String documentId) {
    }

    record Other(String documentId) {
    }

    @Autowired
    MongoTemplate mongo;

    private final String collection = "prefetch_" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void theDocumentsABatchsEventsNameAreReadOnceWhenTheBatchBegins() {
        mongo.save(new Document("_id", "a").append("version", 1), collection);
        mongo.save(new Document("_id", "b").append("version", 1), collection);
        mongo.save(new Document("_id", "elsewhere").append("version", 1), collection);

        inBatch(List.of(new Touched("a"), new Touched("b"), new Touched("absent"), new Other("elsewhere")), writes -> {
            writes.prefetch(collection, BatchedWrites.idOf(Touched.class, Touched::documentId));
            // Changed in MongoDB after the prefetch: the batch goes on with what it read.
            mongo.save(new Document("_id", "a").append("version", 2), collection);
            mongo.save(new Document("_id", "absent").append("version", 2), collection);
            mongo.save(new Document("_id", "elsewhere").append("version", 2), collection);

            assertThat(writes.findById("a", Document.class, collection).getInteger("version")).isEqualTo(1);
            assertThat(writes.findById("b", Document.class, collection).getInteger("version")).isEqualTo(1);
            assertThat(writes.findById("absent", Document.class, collection)).isNull();
            assertThat(writes.findById("elsewhere", Document.class, collection).getInteger("version"))
                    .as("not named by the events' ids: read when asked for").isEqualTo(2);
        });
    }

    @Test
    void whatTheBatchHasStagedWinsOverThePrefetchAndASecondPrefetchReadsNothing() {
        mongo.save(new Document("_id", "a").append("version", 1), collection);

        inBatch(List.of(new Touched("a"), new Touched("b")), writes -> {
            writes.save(new Document("_id", "b").append("version", 3), collection);
            writes.prefetch(collection, BatchedWrites.idOf(Touched.class, Touched::documentId));
            mongo.save(new Document("_id", "a").append("version", 2), collection);
            writes.prefetch(collection, BatchedWrites.idOf(Touched.class, Touched::documentId));

            assertThat(writes.findById("b", Document.class, collection).getInteger("version")).isEqualTo(3);
            assertThat(writes.findById("a", Document.class, collection).getInteger("version")).isEqualTo(1);
        });
    }

    @Test
    void outsideABatchNothingIsPrefetched() {
        mongo.save(new Document("_id", "a").append("version", 1), collection);
        BatchedWrites direct = BatchedWrites.of(mongo);
        direct.prefetch(collection, BatchedWrites.idOf(Touched.class, Touched::documentId));
        mongo.save(new Document("_id", "a").append("version", 2), collection);

        assertThat(direct.findById("a", Document.class, collection).getInteger("version")).isEqualTo(2);
    }

    /** Runs {@code work} as a tracking processor's batch of {@code payloads} with its staged writes. */
    private void inBatch(List<Object> payloads, Consumer<BatchedWrites> work) {
        List<EventMessage<?>> messages = payloads.stream()
                .<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList();
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        batch.execute(() -> {
            BatchedWrites writes = batch.getOrComputeResource(BatchedWrites.RESOURCE,
                    key -> new BatchedWrites(mongo, true));
            try {
                work.accept(writes);
            } catch (RuntimeException | AssertionError e) {
                failed.set(e); // the unit of work would wrap it; the test reports it as it is
            }
        });
        if (failed.get() instanceof AssertionError assertion) {
            throw assertion;
        }
        if (failed.get() instanceof RuntimeException runtime) {
            throw runtime;
        }
    }
}
