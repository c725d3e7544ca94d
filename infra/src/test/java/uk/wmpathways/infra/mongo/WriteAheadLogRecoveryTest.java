package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash is simulated by closing the MVStore without its final commit ({@link MVStore#closeImmediately()}):
 * what was applied after the last checkpoint is then only in the write-ahead log, and must come back, once.
 */
class WriteAheadLogRecoveryTest {

    private static final long NO_PERIODIC_CHECKPOINT = 3_600_000;
    private static final Channel CLIENT = new EmbeddedChannel();

    @TempDir
    Path folder;

    private final List<JournalingH2Backend> opened = new ArrayList<>();

    @AfterEach
    void closeBackends() {
        for (JournalingH2Backend backend : opened) {
            try {
                backend.close();
            } catch (RuntimeException alreadyCrashed) {
                // the crashed ones have no store left to close
            }
        }
    }

    @Test
    void writesAfterTheLastCheckpointComeBackFromTheLogExactlyOnce() {
        Path file = folder.resolve("pathways.mv");
        Crashable first = open(file);
        insert(first.backend, "before-checkpoint");
        increment(first.backend);
        first.backend.commitThrough(Long.MAX_VALUE - 1); // a checkpoint: the log starts afresh
        insert(first.backend, "after-checkpoint-1");
        insert(first.backend, "after-checkpoint-2");
        increment(first.backend);
        increment(first.backend);
        first.crash();

        assertThat(idsInFileAlone(file)).as("the file alone, without the log")
                .containsExactly("before-checkpoint");

        Crashable second = open(file);
        assertThat(ids(second.backend))
                .containsExactlyInAnyOrder("before-checkpoint", "after-checkpoint-1", "after-checkpoint-2");
        assertThat(counter(second.backend)).as("each increment applied once").isEqualTo(3);
    }

    @Test
    void aWriteThatFailedStillFailsWhenReplayedAndTheOneThatWonStays() {
        Path file = folder.resolve("pathways.mv");
        Crashable first = open(file);
        first.backend.handleCommand(CLIENT, "db", "insert", new Document("insert", "things")
                .append("documents", List.of(new Document("_id", "same").append("by", "first writer"))));
        Document refused = first.backend.handleCommand(CLIENT, "db", "insert", new Document("insert", "things")
                .append("documents", List.of(new Document("_id", "same").append("by", "second writer"))));
        assertThat(refused.get("writeErrors")).as("the second insert is refused").isNotNull();
        first.crash();

        Crashable second = open(file);
        List<Document> found = find(second.backend);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("by")).isEqualTo("first writer");
    }

    @Test
    void aRecordCutShortByTheCrashEndsTheLog() throws Exception {
        Path file = folder.resolve("pathways.mv");
        Crashable first = open(file);
        insert(first.backend, "whole");
        first.crash();
        try (FileChannel log = FileChannel.open(WriteAheadLog.beside(file), StandardOpenOption.APPEND)) {
            log.write(ByteBuffer.wrap(new byte[] {0, 0, 1, 0, 7, 7, 7})); // a length, then far too few bytes
        }

        Crashable second = open(file);
        assertThat(ids(second.backend)).containsExactly("whole");
        insert(second.backend, "after restart");
        second.crash();

        assertThat(ids(open(file).backend)).containsExactlyInAnyOrder("whole", "after restart");
    }

    private record Crashable(JournalingH2Backend backend, MVStore store, WriteAheadLog log) {
        void crash() {
            store.closeImmediately();
            log.close();
        }
    }

    private Crashable open(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        WriteAheadLog log = new WriteAheadLog(WriteAheadLog.beside(file));
        JournalingH2Backend backend = new JournalingH2Backend(store, log, NO_PERIODIC_CHECKPOINT);
        opened.add(backend);
        return new Crashable(backend, store, log);
    }

    private List<String> idsInFileAlone(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        try {
            JournalingH2Backend withoutLog = new JournalingH2Backend(store, false);
            return ids(withoutLog);
        } finally {
            store.closeImmediately();
        }
    }

    private static void insert(JournalingH2Backend backend, String id) {
        backend.handleCommand(CLIENT, "db", "insert", new Document("insert", "things")
                .append("documents", List.of(new Document("_id", id))).append("writeConcern", new Document("j", true)));
    }

    private static void increment(JournalingH2Backend backend) {
        backend.handleCommand(CLIENT, "db", "findAndModify", new Document("findAndModify", "counters")
                .append("query", new Document("_id", "global"))
                .append("update", new Document("$inc", new Document("next", 1L)))
                .append("upsert", true));
    }

    private static List<String> ids(JournalingH2Backend backend) {
        return find(backend).stream().map(document -> (String) document.get("_id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Document> find(JournalingH2Backend backend) {
        Document response = backend.handleCommand(CLIENT, "db", "find", new Document("find", "things"));
        return (List<Document>) ((Document) response.get("cursor")).get("firstBatch");
    }

    @SuppressWarnings("unchecked")
    private static long counter(JournalingH2Backend backend) {
        Document response = backend.handleCommand(CLIENT, "db", "find", new Document("find", "counters"));
        List<Document> batch = (List<Document>) ((Document) response.get("cursor")).get("firstBatch");
        return ((Number) batch.get(0).get("next")).longValue();
    }
}
