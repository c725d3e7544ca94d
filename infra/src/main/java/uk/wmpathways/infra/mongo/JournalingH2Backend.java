package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * mongo-java-server's H2 backend made to keep MongoDB's promise about journaled writes: a write sent with
 * {@code j: true} or {@code w: "majority"} is acknowledged only after it is committed to the MVStore file,
 * so it survives the process being killed. Other writes are committed within a second, as before.
 * <p>
 * Two things the plain backend does not do:
 * <ul>
 * <li><b>Commits see whole commands only.</b> A command holds a shared lock while it runs and a commit takes
 * it exclusively, so a commit never captures half of an insert (a document without its index entry). The
 * file therefore always holds a prefix of the acknowledged writes, which keeps a projection's data and its
 * tracking token consistent with each other after a crash.</li>
 * <li><b>Group commit.</b> Writers that arrive while a commit is running share the next one, so concurrent
 * clients do not each pay for a commit.</li>
 * </ul>
 * MVStore's own background commit is disabled; a scheduled task commits every second, forces the file to
 * disk (fsync), and compacts the file when much of it is garbage.
 */
final class JournalingH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(JournalingH2Backend.class);
    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "drop", "dropindexes", "create", "dropdatabase", "renamecollection");
    static final int RETENTION_MILLIS = 2_000;
    private static final int COMPACT_TARGET_FILL_RATE = 80;
    private static final int COMPACT_BYTES_PER_RUN = 16 * 1024 * 1024;

    private final MVStore store;
    private final boolean journaling;
    private final ReentrantReadWriteLock commandsVersusCommit = new ReentrantReadWriteLock();
    private final AtomicLong appliedWrites = new AtomicLong();
    private final Object commitMonitor = new Object();
    private long committedWrites; // guarded by commitMonitor
    private final LongAdder commits = new LongAdder();
    private final ScheduledExecutorService background;

    JournalingH2Backend(MVStore store, boolean journaling) {
        super(store);
        this.store = store;
        this.journaling = journaling;
        this.background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-mongo-commit");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::periodicCommit, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        boolean write = WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT));
        Document response;
        long ticket = 0;
        commandsVersusCommit.readLock().lock();
        try {
            response = super.handleCommand(channel, databaseName, command, query);
            if (write) {
                ticket = appliedWrites.incrementAndGet();
            }
        } finally {
            commandsVersusCommit.readLock().unlock();
        }
        if (write && journaling && asksForJournal(query)) {
            commitThrough(ticket);
        }
        return response;
    }

    private static boolean asksForJournal(Document query) {
        if (!(query.get("writeConcern") instanceof Document writeConcern)) {
            return false;
        }
        Object w = writeConcern.get("w");
        return Boolean.TRUE.equals(writeConcern.get("j")) || "majority".equals(w)
                || (w instanceof Number number && number.intValue() > 1);
    }

    /** Returns once every write applied up to and including {@code ticket} is in the file. */
    void commitThrough(long ticket) {
        synchronized (commitMonitor) {
            if (committedWrites >= ticket) {
                return; // a commit that started after this write was applied has covered it
            }
            commandsVersusCommit.writeLock().lock();
            try {
                long upTo = appliedWrites.get();
                store.commit();
                committedWrites = upTo;
                commits.increment();
            } finally {
                commandsVersusCommit.writeLock().unlock();
            }
        }
    }

    private void periodicCommit() {
        try {
            commitThrough(appliedWrites.get());
            if (store.getFileStore() != null) {
                store.sync(); // also survives a power cut, to within about a second
                // MVStore frees replaced chunks in its background thread, which is off here: free them now.
                store.getFileStore().dropUnusedChunks();
            }
            if (store.getFileStore() != null) {
                // Rewrites the live pages of mostly dead chunks (a no-op while chunks are full enough), so
                // that their space can be reused: with a commit per write, most chunks soon hold little.
                synchronized (commitMonitor) {
                    commandsVersusCommit.writeLock().lock();
                    try {
                        if (store.compact(COMPACT_TARGET_FILL_RATE, COMPACT_BYTES_PER_RUN)) {
                            store.commit();
                        }
                    } finally {
                        commandsVersusCommit.writeLock().unlock();
                    }
                }
            }
        } catch (RuntimeException e) {
            log.error("Embedded MongoDB background commit failed", e);
        }
    }

    long commits() {
        return commits.sum();
    }

    @Override
    public void close() {
        background.shutdownNow();
        commitThrough(appliedWrites.get());
        super.close();
    }
}
