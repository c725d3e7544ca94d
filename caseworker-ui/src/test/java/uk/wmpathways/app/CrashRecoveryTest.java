package uk.wmpathways.app;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.infra.mongo.EmbeddedMongoProperties;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application in a child JVM is killed with SIGKILL straight after acknowledging N registrations. Every
 * acknowledged registration must be in the store after the kill, and after a restart the read model holds
 * each participant exactly once.
 */
@DisabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+",
        disabledReason = "tests the embedded server's data file; a real MongoDB's durability is its write concern")
class CrashRecoveryTest {

    private static final int REGISTRATIONS = 25;
    private static final String DATABASE = "pathways_test";

    @TempDir
    Path folder;

    private Process child;

    @AfterEach
    void killChild() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void acknowledgedRegistrationsSurviveKillNineAndAreProjectedOnce() throws Exception {
        Path dataFile = folder.resolve("pathways.mv");
        String marker = ParticipantRequests.uniqueFamilyName("Crash");

        int port = freePort();
        child = startChild(dataFile, port, "first");
        Api api = new Api(port, "caseworker");
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            Api.Response response = api.post("/api/participants", ParticipantRequests.registration(
                    "Person" + (char) ('a' + i % 26), marker, "1980-01-01", ParticipantRequests.freshNhsNumber(), "DUDLEY"));
            assertThat(response.status()).isEqualTo(201);
            acknowledged.add(response.body().get("participantId").asText());
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        inspect(dataFile, database -> assertThat(participantEventsIn(database, acknowledged))
                .as("acknowledged registrations in the event store after kill -9").isEqualTo(REGISTRATIONS));

        int secondPort = freePort();
        child = startChild(dataFile, secondPort, "second");
        Api restarted = new Api(secondPort, "caseworker");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                restarted.get("/api/participants?size=100&q=" + marker).body().get("total").asInt() == REGISTRATIONS);
        child.destroy();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("graceful stop").isTrue();

        inspect(dataFile, database -> {
            assertThat(participantEventsIn(database, acknowledged)).as("events, none duplicated").isEqualTo(REGISTRATIONS);
            Set<String> projected = new HashSet<>();
            database.getCollection("participants").find(new Document("familyName", marker))
                    .forEach(document -> assertThat(projected.add(document.getString("_id"))).isTrue());
            assertThat(projected).containsExactlyInAnyOrderElementsOf(acknowledged);
        });
    }

    /** The registrations themselves (a registration also records the basis the record is held on). */
    private static long participantEventsIn(MongoDatabase database, List<String> participantIds) {
        return database.getCollection("events").countDocuments(new Document("aggregateIdentifier",
                new Document("$in", participantIds)).append("payloadType", ParticipantRegistered.class.getName()));
    }

    /** Opens the data file with an embedded server of the test's own, as an operator would after a crash. */
    private static void inspect(Path dataFile, Consumer<MongoDatabase> check) {
        EmbeddedMongoServer server = new EmbeddedMongoServer(new EmbeddedMongoProperties(
                EmbeddedMongoProperties.Storage.FILE, dataFile.toString(), DATABASE, null));
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            check.accept(client.getDatabase(DATABASE));
        } finally {
            server.close();
        }
    }

    private Process startChild(Path dataFile, int port, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
        // The test JVM's own -XX options (the pom's pathways.test-jvm): the child starts as quickly as it does
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                PathwaysApplication.class.getName(),
                "--server.port=" + port,
                "--pathways.embedded-mongo.storage=file",
                "--pathways.embedded-mongo.file=" + dataFile,
                "--spring.data.mongodb.database=" + DATABASE));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File(folder.toFile(), name + ".log"))
                .start();
        Api caseworker = new Api(port, "caseworker");
        // A wait, not a measure: a whole application starting beside two test JVMs on two cores took over 90 s
        // in a CI run.
        try {
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                    .until(() -> caseworker.get("/api/participants?size=1").status() == 200);
        } catch (RuntimeException notStarted) {
            process.destroyForcibly(); // not yet the test's child: nothing else would stop it
            throw notStarted;
        }
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
