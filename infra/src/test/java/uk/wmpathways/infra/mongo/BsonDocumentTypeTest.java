package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents written into the data file as BSON ({@link BsonDocumentType}): every BSON type comes back as it went
 * in, a file whose documents H2 wrote with Java serialisation stays readable, and the file is smaller.
 */
class BsonDocumentTypeTest {

    private static final Channel CLIENT = new EmbeddedChannel();
    private static final int DOCUMENTS = 2_000;

    @TempDir
    Path folder;

    @Test
    void everyBsonTypeComesBackAsItWentIn() {
        Document document = everyType(1);
        Document read = writtenAndRead(new BsonDocumentType(), document);
        assertThat(read).isEqualTo(document);
        assertThat(read.get("long")).isInstanceOf(Long.class);
        assertThat(read.get("int")).isInstanceOf(Integer.class);
    }

    @Test
    void aDocumentIsWrittenAsTaggedBsonAndNeverStartsAsJavaSerialisationDoes() {
        WriteBuffer bson = new WriteBuffer();
        new BsonDocumentType().write(bson, everyType(1));
        assertThat(bson.getBuffer().flip().get(0)).isEqualTo(BsonDocumentType.BSON);

        WriteBuffer javaSerialised = new WriteBuffer();
        new ObjectDataType().write(javaSerialised, everyType(1));
        assertThat(javaSerialised.getBuffer().flip().get(0))
                .as("H2's first byte for a document it serialises (TYPE_SERIALIZED_OBJECT)")
                .isEqualTo((byte) 19).isNotEqualTo(BsonDocumentType.BSON);
    }

    @Test
    void aValueBsonHasNoPlaceForIsWrittenWithJavaSerialisationAndComesBack() {
        Document document = new Document("_id", 1L).append("big", new BigInteger("123456789012345678901234567890"));
        Document read = writtenAndRead(new BsonDocumentType(), document);
        assertThat(read).isEqualTo(document);
    }

    @Test
    void documentsSurviveAReopenAndTheFileIsSmallerThanWithJavaSerialisation() throws Exception {
        Path bsonFile = folder.resolve("bson.mv");
        JournalingH2Backend bson = open(bsonFile);
        fill(bson);
        bson.close();
        Path javaFile = folder.resolve("java.mv");
        H2Backend java = new H2Backend(new MVStore.Builder().fileName(javaFile.toString()).open());
        fill(java);
        java.close();

        JournalingH2Backend reopened = open(bsonFile);
        assertEveryDocumentFound(reopened);
        reopened.close();
        assertThat(Files.size(bsonFile)).as("BSON file %d bytes, Java-serialised %d bytes", Files.size(bsonFile),
                Files.size(javaFile)).isLessThan(Files.size(javaFile) * 2 / 3);
    }

    @Test
    void aFileWrittenWithJavaSerialisationIsReadAndItsChangedDocumentsBecomeBson() {
        Path file = folder.resolve("pathways.mv");
        H2Backend before = new H2Backend(new MVStore.Builder().fileName(file.toString()).open());
        fill(before);
        before.close();

        JournalingH2Backend after = open(file);
        assertEveryDocumentFound(after);
        Document updated = after.handleCommand(CLIENT, "db", "update", new Document("update", "events")
                .append("updates", List.of(new Document("q", new Document("_id", 7L))
                        .append("u", new Document("$set", new Document("note", "changed"))))));
        assertThat(updated.get("nModified")).isEqualTo(1);
        after.close();

        JournalingH2Backend reopened = open(file);
        assertEveryDocumentFound(reopened);
        assertThat(find(reopened, new Document("_id", 7L)).get(0).get("note")).isEqualTo("changed");
        reopened.close();
    }

    @Test
    void aFileRewrittenWithItsLiveDataOnlyKeepsItsDocuments() {
        Path file = folder.resolve("pathways.mv");
        JournalingH2Backend first = open(file);
        fill(first);
        first.close();

        DataFileScrub.request(file);
        DataFileScrub.runIfRequested(file);

        JournalingH2Backend scrubbed = open(file);
        assertEveryDocumentFound(scrubbed);
        scrubbed.close();
    }

    private static Document writtenAndRead(BsonDocumentType type, Document document) {
        WriteBuffer written = new WriteBuffer();
        type.write(written, document);
        written.put((byte) 42); // the next value on the page: the read must stop where the document ends
        ByteBuffer page = written.getBuffer().flip();
        Document read = type.read(page);
        assertThat(page.get()).isEqualTo((byte) 42);
        return read;
    }

    private static Document everyType(int i) {
        return new Document("_id", (long) i)
                .append("text", "stream-" + (i % 17))
                .append("int", i)
                .append("long", 5_000_000_000L + i)
                .append("double", i / 4.0)
                .append("yes", i % 2 == 0)
                .append("nothing", null)
                .append("when", Instant.ofEpochMilli(1_700_000_000_000L + i))
                .append("objectId", new ObjectId())
                .append("uuid", new UUID(i, 7))
                .append("binary", new BinData(new byte[] {1, 2, (byte) i}))
                .append("nested", new Document("list", List.of("a", i, new Document("deep", true))));
    }

    private static JournalingH2Backend open(Path file) {
        return new JournalingH2Backend(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open(),
                true);
    }

    private static void fill(H2Backend backend) {
        List<Document> documents = new ArrayList<>();
        IntStream.range(0, DOCUMENTS).forEach(i -> documents.add(everyType(i)));
        Document inserted = backend.handleCommand(CLIENT, "db", "insert", new Document("insert", "events")
                .append("documents", documents));
        assertThat(inserted.get("n")).isEqualTo(DOCUMENTS);
    }

    private static void assertEveryDocumentFound(H2Backend backend) {
        for (int i = 0; i < DOCUMENTS; i += 97) {
            List<Document> found = find(backend, new Document("_id", (long) i));
            assertThat(found).as("document %d", i).hasSize(1);
            assertThat(found.get(0).get("when")).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L + i));
            assertThat(found.get(0).get("nested")).isEqualTo(everyType(i).get("nested"));
        }
        assertThat(find(backend, new Document("text", "stream-3"))).hasSize((DOCUMENTS - 3 + 16) / 17);
    }

    private static List<Document> find(H2Backend backend, Document filter) {
        return BackendFind.find(backend, "events", filter, DOCUMENTS);
    }
}
