package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes every connection to the embedded MongoDB sign in before it may read or write anything.
 * mongo-java-server has no authentication of its own (it answers {@code saslStart} with "no such command"), and
 * it listens on a loopback TCP port that any process on the machine can connect to; without this, any local
 * user could read every collection, password hashes included.
 * <p>
 * The client signs in with SASL {@code PLAIN} (the MongoDB driver's {@code authMechanism=PLAIN}), once per
 * connection, with a user name and a password that {@link EmbeddedMongoServer} draws at random at each start
 * and keeps only in memory: it is never written to a file, a property or the log. PLAIN sends the password in
 * clear, which is acceptable here because it only travels over the loopback interface, which only root can
 * watch, and root can read the data file anyway. Before signing in, a connection may only ask the handshake
 * ({@code hello}/{@code isMaster}: what the server is, no data, and {@code getLastError}); every other command,
 * legacy query or current-operations query is refused with MongoDB's own "Unauthorized" error (code 13).
 * <p>
 * A decorator around the storage backend rather than a change to it: mongo-java-server hands every request to
 * the backend with the connection ({@link Channel}) it came on, so the connection is where the sign-in is kept.
 * The one request that does not reach the backend that way is the legacy {@code serverStatus}/{@code ping}
 * query, which tells only the server's version and uptime.
 */
final class AuthenticatingBackend implements MongoBackend {

    static final String MECHANISM = "PLAIN";

    private static final Logger log = LoggerFactory.getLogger(AuthenticatingBackend.class);
    private static final AttributeKey<Boolean> SIGNED_IN =
            AttributeKey.valueOf(AuthenticatingBackend.class, "signedIn");
    /**
     * The handshake, and {@code getLastError}: the driver asks it on every new connection, its monitor's too
     * (which never sign in), for the connection's id; it answers about that connection's own writes, none.
     */
    private static final Set<String> ALLOWED_BEFORE_SIGN_IN = Set.of("hello", "ismaster", "getlasterror");
    private static final int UNAUTHORIZED = 13;
    private static final int AUTHENTICATION_FAILED = 18;

    private final MongoBackend backend;
    private final String username;
    private final byte[] password;

    AuthenticatingBackend(MongoBackend backend, String username, String password) {
        this.backend = backend;
        this.username = username;
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (isSaslCommand(command)) {
            return signIn(channel, command, query);
        }
        requireSignedIn(channel, command);
        return backend.handleCommand(channel, databaseName, command, query);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        // The backend takes the command's name from the body's first key; so does this check.
        String command = message.getDocument().keySet().stream().findFirst().orElse("");
        if (isSaslCommand(command)) {
            return signIn(message.getChannel(), command, message.getDocument());
        }
        requireSignedIn(message.getChannel(), command);
        return backend.handleMessage(message);
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        requireSignedIn(query.getChannel(), "query");
        return backend.handleQuery(query);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        requireSignedIn(query.getChannel(), "currentOp");
        return backend.getCurrentOperations(query);
    }

    private static boolean isSaslCommand(String command) {
        String name = command.toLowerCase(Locale.ROOT);
        return name.equals("saslstart") || name.equals("saslcontinue");
    }

    private static void requireSignedIn(Channel channel, String command) {
        if (Boolean.TRUE.equals(channel.attr(SIGNED_IN).get())
                || ALLOWED_BEFORE_SIGN_IN.contains(command.toLowerCase(Locale.ROOT))) {
            return;
        }
        log.warn("Refused '{}' on a connection to the embedded MongoDB that has not signed in ({})", command,
                channel.remoteAddress());
        throw new MongoServerError(UNAUTHORIZED, "Unauthorized", "command " + command + " requires authentication");
    }

    /** PLAIN is one step: {@code saslStart} carries "authzid NUL authcid NUL password" (RFC 4616). */
    private Document signIn(Channel channel, String command, Document query) {
        if (command.equalsIgnoreCase("saslStart") && MECHANISM.equals(query.get("mechanism"))
                && query.get("payload") instanceof BinData payload && credentialsMatch(payload.getData())) {
            channel.attr(SIGNED_IN).set(Boolean.TRUE);
            Document answer = new Document("conversationId", 1);
            answer.put("done", Boolean.TRUE);
            answer.put("payload", new BinData(new byte[0]));
            answer.put("ok", 1.0);
            return answer;
        }
        channel.attr(SIGNED_IN).set(Boolean.FALSE);
        log.warn("A client failed to sign in to the embedded MongoDB ({})", channel.remoteAddress());
        throw new MongoServerError(AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
    }

    private boolean credentialsMatch(byte[] message) {
        int first = indexOf(message, 0);
        int second = first < 0 ? -1 : indexOf(message, first + 1);
        if (second < 0) {
            return false;
        }
        String authorizationId = new String(message, 0, first, StandardCharsets.UTF_8);
        String authenticationId = new String(message, first + 1, second - first - 1, StandardCharsets.UTF_8);
        byte[] given = java.util.Arrays.copyOfRange(message, second + 1, message.length);
        boolean passwordMatches = MessageDigest.isEqual(given, password); // in constant time
        return passwordMatches && authenticationId.equals(username)
                && (authorizationId.isEmpty() || authorizationId.equals(username));
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    // Everything below only passes through: it either carries no connection or is reached only from the above.

    @Override
    public void handleClose(Channel channel) {
        backend.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        backend.dropDatabase(database);
    }

    @Override
    public Document getServerStatus() {
        return backend.getServerStatus();
    }

    @Override
    public void close() {
        backend.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        backend.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return backend.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }
}
