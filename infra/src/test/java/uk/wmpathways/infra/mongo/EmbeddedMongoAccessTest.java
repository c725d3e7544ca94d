package uk.wmpathways.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Another process on the machine can connect to the embedded MongoDB's loopback port, but reads and writes
 * nothing without this run's password: not with the driver, not with a wrong password, not with a legacy
 * wire-protocol query.
 */
class EmbeddedMongoAccessTest {

    private static final String SECRET = "secret-hash-of-a-password";
    private static EmbeddedMongoServer server;
    private static String host;

    @BeforeAll
    static void storeASecret() {
        server = new EmbeddedMongoServer(
                new EmbeddedMongoProperties(EmbeddedMongoProperties.Storage.MEMORY, null, "pathways", null));
        host = new ConnectionString(server.connectionString()).getHosts().get(0);
        try (MongoClient application = MongoClients.create(server.connectionString())) {
            application.getDatabase("pathways").getCollection("user_accounts")
                    .insertOne(new Document("_id", "admin").append("passwordHash", SECRET));
            assertThat(application.getDatabase("pathways").getCollection("user_accounts").find().first())
                    .containsEntry("passwordHash", SECRET);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aClientWithoutCredentialsIsRefusedEveryCommandButTheHandshake() {
        try (MongoClient stranger = MongoClients.create("mongodb://" + host + "/?serverSelectionTimeoutMS=5000")) {
            assertThatThrownBy(() -> stranger.getDatabase("pathways").getCollection("user_accounts").find().first())
                    .isInstanceOfSatisfying(MongoCommandException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(13));
            assertThatThrownBy(() -> stranger.listDatabaseNames().first())
                    .isInstanceOf(MongoCommandException.class);
            assertThatThrownBy(() -> stranger.getDatabase("pathways").getCollection("user_accounts")
                    .insertOne(new Document("_id", "intruder")))
                    .isInstanceOf(MongoCommandException.class);
        }
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        String wrong = "mongodb://pathways:not-the-password@" + host
                + "/pathways?authMechanism=PLAIN&serverSelectionTimeoutMS=5000";
        try (MongoClient guesser = MongoClients.create(wrong)) {
            assertThatThrownBy(() -> guesser.getDatabase("pathways").getCollection("user_accounts").find().first())
                    .isInstanceOf(MongoSecurityException.class)
                    .hasStackTraceContaining("Authentication failed");
        }
    }

    @Test
    void aLegacyQueryOnTheWireIsRefused() throws IOException {
        String[] hostAndPort = host.split(":");
        try (Socket socket = new Socket(hostAndPort[0], Integer.parseInt(hostAndPort[1]))) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(legacyQuery("pathways.user_accounts"));
            out.flush();
            assertThat(replyTo(socket)).doesNotContain(SECRET);
        }
    }

    /** One reply message, or nothing when the server closes the connection instead (as it does here). */
    private static String replyTo(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] length = in.readNBytes(4);
        if (length.length < 4) {
            return "";
        }
        int size = ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN).getInt();
        return new String(in.readNBytes(size - 4), StandardCharsets.ISO_8859_1);
    }

    /** OP_QUERY (2004) of every document of a collection, as drivers sent before MongoDB 3.6. */
    private static byte[] legacyQuery(String namespace) {
        byte[] name = namespace.getBytes(StandardCharsets.UTF_8);
        int length = 16 + 4 + name.length + 1 + 4 + 4 + 5;
        ByteBuffer message = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        message.putInt(length).putInt(1).putInt(0).putInt(2004); // header: length, request id, response to, op
        message.putInt(0).put(name).put((byte) 0).putInt(0).putInt(10); // flags, namespace, skip, return
        message.putInt(5).put((byte) 0); // the empty query document
        return message.array();
    }
}
