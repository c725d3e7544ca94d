package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A MongoDB wire-protocol server (mongo-java-server) on a free loopback port, which only this application can
 * use: clients must sign in with a password drawn at random at each start and known only to this object (see
 * {@link AuthenticatingBackend}), and the data file is private to the application's user ({@link DataFolder}).
 * {@link #connectionString()} carries the credentials; never log it.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private static final String USERNAME = "pathways";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoServer server;
    private final InetSocketAddress address;
    private final EmbeddedMongoProperties properties;
    private final String password = newPassword();

    public EmbeddedMongoServer(EmbeddedMongoProperties properties) {
        this.properties = properties;
        this.server = new MongoServer(new AuthenticatingBackend(backend(properties), USERNAME, password));
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
        log.info("Embedded MongoDB started ({} storage{}); clients sign in with a password drawn for this run",
                properties.storage(),
                properties.storage() == EmbeddedMongoProperties.Storage.FILE ? " in " + properties.file() : "");
        // The port is no secret (every connection must sign in), but it is of no use to anyone reading the log.
        log.debug("Embedded MongoDB listening on {}", address);
    }

    /** 256 random bits, URL-safe, so that the password needs no escaping in a connection string. */
    private static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static MongoBackend backend(EmbeddedMongoProperties properties) {
        boolean journaled = properties.durability() != EmbeddedMongoProperties.Durability.PERIODIC;
        if (properties.storage() == EmbeddedMongoProperties.Storage.MEMORY) {
            // The same H2 backend as the file, kept in memory: tests run what production runs.
            return new JournalingH2Backend(new MVStore.Builder().autoCommitDisabled().open(), journaled);
        }
        Path file = Path.of(properties.file()).toAbsolutePath();
        DataFolder.prepare(file);
        DataFileScrub.runIfRequested(file);
        DataFolder.prepare(file); // the rewritten file is new: private again
        MVStore store = openFile(file);
        if (properties.durability() == EmbeddedMongoProperties.Durability.JOURNALED) {
            Path log = WriteAheadLog.beside(file);
            DataFolder.prepare(log);
            return new JournalingH2Backend(store, new WriteAheadLog(log));
        }
        return new JournalingH2Backend(store, journaled);
    }

    /**
     * The data file, its pages compressed (LZF): a page of documents, index keys and read models repeats field names
     * and values, so the file of the demo data set is about 0.4 times the size, for no CPU a demo load shows
     * (docs/benchmarks.md). Pages are compressed or not each by its own flag, so a file written before is read as
     * it is, and its pages are compressed as they are rewritten.
     */
    static MVStore openFile(Path file) {
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitDisabled()
                .compress()
                .open();
        // Old chunks may be overwritten this long after they were replaced (MVStore's default is 45 s, which
        // with a commit per acknowledged write lets the file grow to gigabytes). Safe because the backend
        // forces the file to disk every second.
        store.setRetentionTime(JournalingH2Backend.RETENTION_MILLIS);
        return store;
    }

    /**
     * Asks for the data file to be rewritten with its live data only at the next start, so that the old versions
     * of documents rewritten by an erasure leave the file too ({@link DataFileScrub}); nothing in memory storage.
     */
    public void scrubDataFileAtNextStart() {
        if (properties.storage() == EmbeddedMongoProperties.Storage.FILE) {
            DataFileScrub.request(Path.of(properties.file()).toAbsolutePath());
        }
    }

    /** The URI for MongoDB's driver, with this run's credentials (SASL PLAIN; the driver's default source). */
    public String connectionString() {
        return "mongodb://" + USERNAME + ":" + password + "@" + address.getHostString() + ":" + address.getPort()
                + "/" + properties.database() + "?authMechanism=" + AuthenticatingBackend.MECHANISM;
    }

    @Override
    public void close() {
        log.info("Stopping embedded MongoDB");
        server.shutdown();
    }
}
