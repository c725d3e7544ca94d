package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** A MongoDB wire-protocol server (mongo-java-server) bound to a free loopback port. */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final EmbeddedMongoProperties properties;

    public EmbeddedMongoServer(EmbeddedMongoProperties properties) {
        this.properties = properties;
        this.server = new MongoServer(backend(properties));
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
        log.info("Embedded MongoDB ({} storage{}) listening on {}", properties.storage(),
                properties.storage() == EmbeddedMongoProperties.Storage.FILE ? " in " + properties.file() : "",
                address);
    }

    private static MongoBackend backend(EmbeddedMongoProperties properties) {
        boolean journaled = properties.durability() == EmbeddedMongoProperties.Durability.JOURNALED;
        if (properties.storage() == EmbeddedMongoProperties.Storage.MEMORY) {
            // The same H2 backend as the file, kept in memory: tests run what production runs.
            return new JournalingH2Backend(new MVStore.Builder().autoCommitDisabled().open(), journaled);
        }
        Path file = Path.of(properties.file()).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded MongoDB data folder " + file.getParent(), e);
        }
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitDisabled()
                .open();
        // Old chunks may be overwritten this long after they were replaced (MVStore's default is 45 s, which
        // with a commit per acknowledged write lets the file grow to gigabytes). Safe because the backend
        // forces the file to disk every second.
        store.setRetentionTime(JournalingH2Backend.RETENTION_MILLIS);
        return new JournalingH2Backend(store, journaled);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + properties.database();
    }

    @Override
    public void close() {
        log.info("Stopping embedded MongoDB");
        server.shutdown();
    }
}
