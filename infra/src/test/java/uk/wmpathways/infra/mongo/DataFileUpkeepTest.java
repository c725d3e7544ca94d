package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once writes stop, the data file shrinks towards the size of its live data ({@link DataFileUpkeep}), and what it
 * holds is unchanged, also after the store is opened again, closed or as a kill would leave it.
 */
class DataFileUpkeepTest {

    private static final Channel CLIENT = new EmbeddedChannel();
    private static final int DOCUMENTS = 1_000;
    private static final int ROUNDS = 12;
    private static final long RUN_MILLIS = 100;

    @TempDir
    Path folder;

    @Test
    void theFileShrinksOnceWritesStopAndKeepsEveryDocument() throws Exception {
        Path file = folder.resolve("pathways.mv");
        JournalingH2Backend backend = open(file);
        for (int round = 0; round < ROUNDS; round++) {
            // read models are rewritten like this: the same documents, changed again and again
            for (int i = 0; i < DOCUMENTS; i++) {
                backend.handleCommand(CLIENT, "db", "update", new Document("update", "enrolments")
                        .append("updates", List.of(new Document("q", new Document("_id", i))
                                .append("u", enrolment(i, round)).append("upsert", true))));
            }
            Thread.sleep(2 * RUN_MILLIS); // a checkpoint or two between rounds, each with a chunk of its own
        }
        long busy = Files.size(file);

        long atRest = waitForTheFileToStopShrinking(file);

        assertThat(atRest).as("at rest %d bytes, when writes stopped %d bytes", atRest, busy)
                .isLessThan(busy / 2);
        assertEveryDocumentFound(backend, ROUNDS - 1);
        // as the files are on disk if the process is killed now, without a close
        Path killed = Files.createDirectories(folder.resolve("killed")).resolve("pathways.mv");
        Files.copy(file, killed);
        Files.copy(WriteAheadLog.beside(file), WriteAheadLog.beside(killed));
        backend.close();

        JournalingH2Backend reopened = open(file);
        assertEveryDocumentFound(reopened, ROUNDS - 1);
        reopened.close();
        JournalingH2Backend restarted = open(killed);
        assertEveryDocumentFound(restarted, ROUNDS - 1);
        restarted.close();
    }

    private static JournalingH2Backend open(Path file) {
        return new JournalingH2Backend(EmbeddedMongoServer.openFile(file),
                new WriteAheadLog(WriteAheadLog.beside(file)), RUN_MILLIS);
    }

    /** The size once it has not changed for a second (replaced chunks are kept two seconds before reuse). */
    private static long waitForTheFileToStopShrinking(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long size = size(file);
        int unchangedRuns = 0;
        while (unchangedRuns < 10 && System.nanoTime() < deadline) {
            Thread.sleep(RUN_MILLIS);
            long now = size(file);
            unchangedRuns = now == size ? unchangedRuns + 1 : 0;
            size = now;
        }
        return size;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document enrolment(int id, int round) {
        return new Document("_id", id)
                .append("participantId", "participant-" + id)
                .append("pathway", "THRIVE_INTO_WORK")
                .append("contacts", round)
                .append("lastContact", "2026-11-" + (10 + round) + ": contact " + round + " of enrolment " + id)
                .append("organisationId", "DEMO-SUPPORT-" + id % 7);
    }

    private static void assertEveryDocumentFound(JournalingH2Backend backend, int lastRound) {
        List<Document> found = BackendFind.find(backend, "enrolments", new Document(), DOCUMENTS + 1);
        assertThat(found).hasSize(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i += 37) {
            assertThat(found).as("document %d", i).contains(enrolment(i, lastRound));
        }
    }
}
