package uk.wmpathways.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
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
 * {@code j: true} or {@code w: "majority"} is acknowledged only once it survives the process being killed.
 * <p>
 * Two ways to keep it:
 * <ul>
 * <li><b>A write-ahead log</b> (the default for a file): every write command is appended to a
 * {@link WriteAheadLog} beside the data file, in the order the writes were applied, before it is answered; the
 * MVStore file is committed once a second (a checkpoint) and the log then starts afresh. At start-up the
 * commands logged after the last checkpoint are applied again, in their order. One small append per write
 * instead of one MVStore chunk per write: faster, and the file no longer fills with short-lived chunks.</li>
 * <li><b>A commit per journaled write</b> (no log): the MVStore is committed before the write is answered;
 * writers that arrive while a commit is running share the next one (group commit).</li>
 * </ul>
 * Either way <b>commits see whole commands only</b>: a command holds a shared lock while it runs and a
 * commit takes it exclusively, so a commit never captures half of an insert (a document without its index
 * entry). The file therefore always holds a prefix of the applied writes, which keeps a projection's data and
 * its tracking token consistent with each other after a crash.
 * <p>
 * MVStore's own background commit is disabled; a scheduled task commits every second, forces the file to
 * disk (fsync), and keeps the file close to the size of its live data ({@link DataFileUpkeep}).
 */
final class JournalingH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(JournalingH2Backend.class);
    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "drop", "dropindexes", "create", "dropdatabase", "renamecollection");
    static final int RETENTION_MILLIS = 2_000;
    private static final long CHECKPOINT_MILLIS = 1_000;
    /** Not a database's map (those start with "databases."), so mongo-java-server leaves it alone. */
    private static final String CHECKPOINTS = "pathways.checkpoints";
    private static final String GENERATION = "writeAheadLogGeneration";

    private final MVStore store;
    private final boolean journaling;
    private final ReentrantReadWriteLock commandsVersusCommit = new ReentrantReadWriteLock();
    private final AtomicLong appliedWrites = new AtomicLong();
    private final Object commitMonitor = new Object();
    private long committedWrites; // guarded by commitMonitor
    private final LongAdder commits = new LongAdder();
    private final ScheduledExecutorService background;
    private final WriteAheadLog writeAheadLog;
    /** Applies writes one at a time when they are logged, so that the log's order is the order applied. */
    private final Object writeOrder = new Object();
    private final MVMap<String, Long> checkpoints;
    private long generation; // guarded by commitMonitor
    private final DataFileUpkeep upkeep; // run under commitMonitor

    /** Commits the file before answering a journaled write (or, not journaling, within a second). */
    JournalingH2Backend(MVStore store, boolean journaling) {
        this(store, journaling, null, CHECKPOINT_MILLIS);
    }

    /** Logs every write in {@code writeAheadLog} before answering it, and commits the file once a second. */
    JournalingH2Backend(MVStore store, WriteAheadLog writeAheadLog) {
        this(store, true, writeAheadLog, CHECKPOINT_MILLIS);
    }

    /** For tests: checkpoints this far apart. */
    JournalingH2Backend(MVStore store, WriteAheadLog writeAheadLog, long checkpointMillis) {
        this(store, true, writeAheadLog, checkpointMillis);
    }

    private JournalingH2Backend(MVStore store, boolean journaling, WriteAheadLog writeAheadLog,
                                long checkpointMillis) {
        super(BsonDocumentType.prepare(IndexKeyOrder.prepare(store)));
        this.store = store;
        this.journaling = journaling;
        this.writeAheadLog = writeAheadLog;
        this.checkpoints = writeAheadLog == null ? null : store.openMap(CHECKPOINTS);
        this.upkeep = new DataFileUpkeep(store, checkpointMillis);
        if (writeAheadLog != null) {
            generation = checkpoints.getOrDefault(GENERATION, 0L);
            replay(writeAheadLog.entriesAfter(generation));
        }
        this.background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-mongo-commit");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::periodicCommit, checkpointMillis, checkpointMillis,
                TimeUnit.MILLISECONDS);
    }

    /** mongo-java-server's H2 database, with its unique indexes in {@link IndexKeyOrder} and documents as BSON. */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return FormattedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        boolean write = WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT));
        if (write && writeAheadLog != null) {
            return handleLoggedWrite(channel, databaseName, command, query);
        }
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

    private Document handleLoggedWrite(Channel channel, String databaseName, String command, Document query) {
        commandsVersusCommit.readLock().lock();
        try {
            synchronized (writeOrder) {
                try {
                    return super.handleCommand(channel, databaseName, command, query);
                } finally {
                    // Logged even when it failed: replayed in order, it fails again the same way (a duplicate
                    // key), and whatever it changed before failing is changed again.
                    writeAheadLog.append(databaseName, command, query);
                    appliedWrites.incrementAndGet();
                }
            }
        } finally {
            commandsVersusCommit.readLock().unlock();
        }
    }

    /** At start-up: the writes logged after the last checkpoint, applied again in their order, then a checkpoint. */
    private void replay(List<WriteAheadLog.Entry> entries) {
        int failed = 0;
        Channel replaying = new EmbeddedChannel(); // the server keeps a last status per client connection
        for (WriteAheadLog.Entry entry : entries) {
            try {
                super.handleCommand(replaying, entry.database(), entry.command(), entry.query());
            } catch (RuntimeException failedAsFirstTime) {
                failed++;
            }
        }
        handleClose(replaying);
        if (!entries.isEmpty()) {
            log.info("Embedded MongoDB: applied {} writes from the write-ahead log again ({} failed, as they did"
                    + " the first time)", entries.size(), failed);
        }
        appliedWrites.incrementAndGet();
        commitThrough(appliedWrites.get());
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
                commitUnderLock();
                committedWrites = upTo;
                commits.increment();
            } finally {
                commandsVersusCommit.writeLock().unlock();
            }
        }
    }

    /**
     * A plain commit without a log; with one, a checkpoint, never a bare commit: a write both in the file and in
     * the log would be applied twice at the next start.
     */
    private void commitUnderLock() {
        if (writeAheadLog == null) {
            store.commit();
        } else {
            checkpoint();
        }
    }

    /** Commits the file with the next generation, forces it to disk, then empties the log it now holds. */
    private void checkpoint() {
        long next = generation + 1;
        checkpoints.put(GENERATION, next);
        store.commit();
        if (store.getFileStore() != null) {
            store.sync(); // the log is about to be emptied: what it held must be on disk, not only in the cache
        }
        writeAheadLog.restart(next);
        generation = next;
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
                synchronized (commitMonitor) {
                    commandsVersusCommit.writeLock().lock();
                    try {
                        upkeep.run(appliedWrites.get(), this::commitUnderLock);
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
        // Not shutdownNow(): interrupting a compaction closes the file channel under it and breaks the store.
        background.shutdown();
        try {
            background.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (commitMonitor) {
            // Held until the store is closed (which commits it): no write may slip in after the last checkpoint.
            commandsVersusCommit.writeLock().lock();
            try {
                commitUnderLock();
                super.close();
                if (writeAheadLog != null) {
                    writeAheadLog.close();
                }
            } finally {
                commandsVersusCommit.writeLock().unlock();
            }
        }
    }
}
