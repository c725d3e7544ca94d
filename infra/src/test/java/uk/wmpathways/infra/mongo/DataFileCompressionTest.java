package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data file's pages are compressed ({@link EmbeddedMongoServer#openFile}): the file is smaller than the same
 * documents written uncompressed, a file written uncompressed before is read and written on, and a rewrite with the
 * live data only ({@link DataFileScrub}) keeps it compressed.
 */
class DataFileCompressionTest {

    private static final Channel CLIENT = new EmbeddedChannel();
    private static final int DOCUMENTS = 2_000;

    @TempDir
    Path folder;

    @Test
    void theFileIsSmallerThanTheSameDocumentsUncompressed() throws IOException {
        Path compressed = folder.resolve("compressed.mv");
        Path plain = folder.resolve("plain.mv");
        fillAndClose(new JournalingH2Backend(EmbeddedMongoServer.openFile(compressed), true), 0);
        fillAndClose(new JournalingH2Backend(uncompressed(plain), true), 0);

        assertThat(Files.size(compressed)).as("compressed %d bytes, uncompressed %d bytes", Files.size(compressed),
                Files.size(plain)).isLessThan(Files.size(plain) * 2 / 3);
    }

    @Test
    void aFileWrittenUncompressedIsReadAndWrittenOn() {
        Path file = folder.resolve("pathways.mv");
        fillAndClose(new JournalingH2Backend(uncompressed(file), true), 0);

        JournalingH2Backend opened = new JournalingH2Backend(EmbeddedMongoServer.openFile(file), true);
        assertEveryDocumentFound(opened, DOCUMENTS);
        fillAndClose(opened, DOCUMENTS);

        JournalingH2Backend reopened = new JournalingH2Backend(EmbeddedMongoServer.openFile(file), true);
        assertEveryDocumentFound(reopened, 2 * DOCUMENTS);
        reopened.close();
    }

    @Test
    void aFileRewrittenWithItsLiveDataOnlyStaysCompressed() throws IOException {
        Path file = folder.resolve("pathways.mv");
        Path plain = folder.resolve("plain.mv");
        fillAndClose(new JournalingH2Backend(EmbeddedMongoServer.openFile(file), true), 0);
        fillAndClose(new JournalingH2Backend(uncompressed(plain), true), 0);

        DataFileScrub.request(file);
        DataFileScrub.runIfRequested(file);

        assertThat(Files.size(file)).as("rewritten: %d bytes, the same documents uncompressed: %d bytes",
                Files.size(file), Files.size(plain)).isLessThan(Files.size(plain) * 2 / 3);
        JournalingH2Backend scrubbed = new JournalingH2Backend(EmbeddedMongoServer.openFile(file), true);
        assertEveryDocumentFound(scrubbed, DOCUMENTS);
        scrubbed.close();
    }

    private static MVStore uncompressed(Path file) {
        return new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
    }

    /** Event-like documents: a stream, a type, a JSON payload and a time, as the event store writes them. */
    private static Document event(long index) {
        String stream = "enrolment-" + (index % 97);
        return new Document("_id", index)
                .append("aggregateIdentifier", stream)
                .append("sequenceNumber", index / 97)
                .append("type", "Enrolment")
                .append("payloadType", "uk.wmpathways.caseservice.api.enrolment.ContactRecorded")
                .append("payload", "{\"enrolmentId\":\"" + stream + "\",\"contactedOn\":\"2026-11-"
                        + (10 + index % 19) + "\",\"channel\":\"PHONE\",\"recordedBy\":\"caseworker-" + index % 7
                        + "\",\"organisationId\":\"DEMO-SUPPORT\"}")
                .append("timeStamp", "2026-11-30T10:15:" + (10 + index % 50) + "Z");
    }

    private static void fillAndClose(H2Backend backend, int from) {
        List<Document> documents = new ArrayList<>();
        IntStream.range(from, from + DOCUMENTS).forEach(i -> documents.add(event(i)));
        Document inserted = backend.handleCommand(CLIENT, "db", "insert", new Document("insert", "events")
                .append("documents", documents));
        assertThat(inserted.get("n")).isEqualTo(DOCUMENTS);
        backend.close();
    }

    private static void assertEveryDocumentFound(H2Backend backend, int count) {
        List<Document> found = BackendFind.find(backend, "events", new Document(), count + 1);
        assertThat(found).hasSize(count);
        for (int i = 0; i < count; i += 89) {
            assertThat(found).as("document %d", i).contains(event(i));
        }
    }
}
