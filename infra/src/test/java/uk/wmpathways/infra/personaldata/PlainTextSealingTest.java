package uk.wmpathways.infra.personaldata;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.wmpathways.infra.mongo.DataFileText;
import uk.wmpathways.infra.mongo.EmbeddedMongoProperties;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data file written by the version before sealing: after the sealing and the next start, neither the events
 * nor the file's bytes hold the plain text, and the events read back as they were.
 */
class PlainTextSealingTest {

    record PersonRegistered(@DataSubject String personId, @PersonalData String name,
                            @PersonalData(erasedAsNull = true, formerNames = "phone") String phoneNumber) {
    }

    record NoteWritten(String caseId, @PersonalData String note) {
    }

    record CaseOpened(String caseId, @DataSubject String personId) {
    }

    @TempDir
    Path folder;

    private EmbeddedMongoServer start(Path file) {
        return start(file, null);
    }

    private EmbeddedMongoServer start(Path file, EmbeddedMongoProperties.Durability durability) {
        return new EmbeddedMongoServer(new EmbeddedMongoProperties(EmbeddedMongoProperties.Storage.FILE,
                file.toString(), "pathways", durability));
    }

    private static Document event(long index, String stream, Class<?> type, String payload) {
        return new Document("_id", index).append("aggregateIdentifier", stream).append("sequenceNumber", 0L)
                .append("payloadType", type.getName()).append("payload", payload);
    }

    @Test
    void oldPlainTextIsSealedAndLeavesTheDataFileAtTheNextStart() throws Exception {
        Path file = folder.resolve("pathways.mv");
        MasterKey masterKey = MasterKey.random();
        // A commit per write puts the plain text in the file before it is sealed, as years of it would be there.
        EmbeddedMongoServer server = start(file, EmbeddedMongoProperties.Durability.COMMIT_PER_WRITE);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("pathways");
            database.getCollection("events").insertMany(List.of(
                    event(0, "person-1", PersonRegistered.class,
                            "{\"personId\":\"person-1\",\"name\":\"Ottoline Plaintext\",\"phone\":\"07700 900999\"}"),
                    event(1, "case-1", CaseOpened.class, "{\"caseId\":\"case-1\",\"personId\":\"person-1\"}"),
                    event(2, "case-1", NoteWritten.class, "{\"caseId\":\"case-1\",\"note\":\"Sleeps by Zebrafield canal\"}")));
            database.getCollection("snapshots").insertOne(new Document("_id", "case-1")
                    .append("payload", "{\"lastNote\":\"Sleeps by Zebrafield canal\"}"));
            DataSubjectKeys keys = new MongoDataSubjectKeys(database, masterKey);
            PersonalDataProtection protection = new PersonalDataProtection(keys, new PersonalFields());
            PlainTextSealing sealing = new PlainTextSealing(database, protection, new PersonalFields(), keys,
                    Clock.systemUTC());

            PlainTextSealing.Result result = sealing.run();

            assertThat(result).isEqualTo(new PlainTextSealing.Result(3, 2, 1));
            assertThat(sealing.done()).isTrue();
            List<String> payloads = database.getCollection("events").find().map(d -> d.getString("payload"))
                    .into(new ArrayList<>());
            assertThat(String.join("\n", payloads)).doesNotContain("Ottoline", "07700", "Zebrafield");
            assertThat(protection.reveal(PersonRegistered.class.getName(), payloads.get(0)))
                    .contains("Ottoline Plaintext", "\"phone\":\"07700 900999\"");
            assertThat(protection.reveal(NoteWritten.class.getName(), payloads.get(2))).contains("Zebrafield");
            assertThat(sealing.run()).isEqualTo(new PlainTextSealing.Result(3, 0, 0)); // again: nothing to do
            server.scrubDataFileAtNextStart();
        } finally {
            server.close();
        }
        // the old versions are still in freed chunks (and the search sees them, compressed as they are)
        assertThat(DataFileText.of(file)).contains("Ottoline", "07700 900999", "Zebrafield");

        EmbeddedMongoServer restarted = start(file);
        try (MongoClient client = MongoClients.create(restarted.connectionString())) {
            assertThat(client.getDatabase("pathways").getCollection("events").countDocuments()).isEqualTo(3);
        } finally {
            restarted.close();
        }
        assertThat(DataFileText.of(file)).doesNotContain("Ottoline", "07700 900999", "Zebrafield");
        assertThat(Files.exists(file.resolveSibling("pathways.mv.scrub"))).isFalse();
    }
}
