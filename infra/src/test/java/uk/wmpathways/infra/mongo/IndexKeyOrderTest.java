package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unique indexes in {@link IndexKeyOrder}: look-ups find every key and duplicates are refused, in a new store and in
 * a file whose indexes H2 sorted by serialised bytes before (re-sorted once when opened).
 */
class IndexKeyOrderTest {

    private static final Channel CLIENT = new EmbeddedChannel();
    private static final int DOCUMENTS = 300;

    @TempDir
    Path folder;

    @Test
    void keysCompareEqualExactlyWhenTheyAreEqual() {
        IndexKeyOrder order = new IndexKeyOrder();
        assertThat(order.compare(new KeyValue("stream", 7L), new KeyValue("stream", 7L))).isZero();
        assertThat(order.compare(new KeyValue("stream", 7L), new KeyValue("stream", 8L))).isNegative();
        assertThat(order.compare(new KeyValue("b", 1L), new KeyValue("a", 2L))).isPositive();
        assertThat(order.compare(new KeyValue(1L), new KeyValue(1))).as("a long is not an int").isNotZero();
        assertThat(order.compare(new KeyValue((Object) null), new KeyValue("a"))).isNegative();
        assertThat(order.compare(new KeyValue(new Document("a", 1)), new KeyValue(new Document("a", 1)))).isZero();
        assertThat(order.compare(new KeyValue(new Date(5)), new KeyValue(new Date(6)))).isNegative();
        assertThat(order.compare(new KeyValue("a"), new KeyValue("a", "b"))).isNegative();
    }

    @Test
    void keysAreWrittenCompactlyAndComeBackEqualWhereBsonKeepsTheirValues() {
        Instant millis = Instant.ofEpochMilli(1_700_000_000_123L);
        KeyValue compact = new KeyValue("stream", 7L, 3, 2.5, true, null, millis, new UUID(1, 2), new ObjectId());
        assertThat(IndexKeyFormat.tryWrite(new WriteBuffer(), compact)).isTrue();
        assertThat(writtenAndRead(compact)).isEqualTo(compact);

        WriteBuffer written = new WriteBuffer();
        new IndexKeyOrder().write(written, new KeyValue("participant-123"));
        assertThat(written.position()).as("bytes for a key of one string").isLessThan(24);

        KeyValue nanos = new KeyValue(Instant.ofEpochSecond(1, 5));
        KeyValue document = new KeyValue("stream", new Document("a", 1)); // its first value qualifies
        assertThat(writtenIfCompact(nanos)).as("nothing written for H2 to follow").isZero();
        assertThat(writtenIfCompact(document)).isZero();
        assertThat(writtenAndRead(nanos)).isEqualTo(nanos);
        assertThat(writtenAndRead(document)).isEqualTo(document);
    }

    private static int writtenIfCompact(KeyValue key) {
        WriteBuffer buffer = new WriteBuffer();
        assertThat(IndexKeyFormat.tryWrite(buffer, key)).isFalse();
        return buffer.position();
    }

    private static Object writtenAndRead(KeyValue key) {
        IndexKeyOrder order = new IndexKeyOrder();
        WriteBuffer written = new WriteBuffer();
        order.write(written, key);
        written.putInt(42); // the next key on the page: the read must stop where this one ends
        ByteBuffer page = written.getBuffer().flip();
        Object read = order.read(page);
        assertThat(page.getInt()).isEqualTo(42);
        return read;
    }

    @Test
    void aNewStoreFindsEveryKeyAndRefusesADuplicate() {
        JournalingH2Backend backend = new JournalingH2Backend(MVStore.open(null), true);
        try {
            fill(backend);
            assertEveryKeyFoundAndDuplicatesRefused(backend);
        } finally {
            backend.close();
        }
    }

    @Test
    void aFileWhoseIndexesWereSortedAsBytesIsResortedOnceAndThenFindsEveryKey() {
        Path file = folder.resolve("pathways.mv");
        H2Backend before = new H2Backend(new MVStore.Builder().fileName(file.toString()).open());
        fill(before);
        before.close();

        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        JournalingH2Backend resorted = new JournalingH2Backend(store, true);
        assertThat(store.<String, Long>openMap(IndexKeyOrder.FORMAT).get(IndexKeyOrder.INDEX_KEY_ORDER))
                .isEqualTo(1L);
        assertEveryKeyFoundAndDuplicatesRefused(resorted);
        resorted.close();

        assertEveryKeyFoundAndDuplicatesRefusedWhenOpened(file);
    }

    @Test
    void aFileRewrittenWithItsLiveDataOnlyKeepsTheOrder() {
        Path file = folder.resolve("pathways.mv");
        JournalingH2Backend first = open(file);
        fill(first);
        first.close();

        DataFileScrub.request(file);
        DataFileScrub.runIfRequested(file); // MVStoreTool.compact: copies each map's pages as they are

        assertEveryKeyFoundAndDuplicatesRefusedWhenOpened(file);
    }

    private static JournalingH2Backend open(Path file) {
        return new JournalingH2Backend(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open(),
                true);
    }

    private static void assertEveryKeyFoundAndDuplicatesRefusedWhenOpened(Path file) {
        JournalingH2Backend opened = open(file);
        try {
            assertEveryKeyFoundAndDuplicatesRefused(opened);
        } finally {
            opened.close();
        }
    }

    private static void fill(H2Backend backend) {
        backend.handleCommand(CLIENT, "db", "createIndexes", new Document("createIndexes", "events")
                .append("indexes", List.of(new Document("key", new Document("stream", 1).append("sequence", 1))
                        .append("name", "stream_sequence").append("unique", true))));
        List<Document> documents = new ArrayList<>();
        IntStream.range(0, DOCUMENTS).forEach(i -> documents.add(new Document("_id", (long) i)
                .append("stream", "stream-" + (i % 17)).append("sequence", (long) i)));
        Document inserted = backend.handleCommand(CLIENT, "db", "insert", new Document("insert", "events")
                .append("documents", documents));
        assertThat(inserted.get("n")).isEqualTo(DOCUMENTS);
    }

    private static void assertEveryKeyFoundAndDuplicatesRefused(H2Backend backend) {
        for (int i = 0; i < DOCUMENTS; i++) {
            Document filter = new Document("stream", "stream-" + (i % 17)).append("sequence", (long) i);
            assertThat(find(backend, filter)).as("by the unique key, document %d", i).hasSize(1);
            assertThat(find(backend, new Document("_id", (long) i))).as("by _id, document %d", i).hasSize(1);
        }
        Document duplicate = backend.handleCommand(CLIENT, "db", "insert", new Document("insert", "events")
                .append("documents", List.of(new Document("_id", 10_000L).append("stream", "stream-3")
                        .append("sequence", 3L))));
        assertThat(duplicate.get("writeErrors")).as("the same stream and sequence again").isNotNull();
        Document sameId = backend.handleCommand(CLIENT, "db", "insert", new Document("insert", "events")
                .append("documents", List.of(new Document("_id", 5L).append("stream", "other"))));
        assertThat(sameId.get("writeErrors")).as("the same _id again").isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static List<Document> find(H2Backend backend, Document filter) {
        Document answer = backend.handleCommand(CLIENT, "db", "find", new Document("find", "events")
                .append("filter", filter));
        return (List<Document>) ((Document) answer.get("cursor")).get("firstBatch");
    }
}
