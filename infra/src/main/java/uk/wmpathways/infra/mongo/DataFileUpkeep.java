package uk.wmpathways.infra.mongo;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Keeps the data file close to the size of what it holds. MVStore never overwrites a page: each commit writes the
 * pages it changed into a new chunk, and the chunks before keep the few of their pages nothing has changed since.
 * With a checkpoint a second, chunks hold a third to a half of live pages during the demo load, and the file
 * grows to two or three times its live data (docs/benchmarks.md).
 * <ul>
 * <li><b>While writes come in</b>, each run rewrites the live pages of up to 16 MB of the emptiest old chunks,
 * so that their space is reused. Doing more then costs the writers CPU and shrinks the file little.</li>
 * <li><b>Once the store is quiet</b> (fewer than {@value #QUIET_WRITES_PER_SECOND} writes a second for
 * {@value #QUIET_RUNS} runs: the processors renewing their claims is about 20), it rewrites chunks until they are
 * {@value #AT_REST_FILL_RATE}% live; every {@value #QUIET_RUNS_BETWEEN_REWRITES} runs after, it rewrites the
 * chunks still under {@value #BUSY_FILL_RATE}% live (those the first rewrite could not take); and on the runs
 * between it moves chunks into the free space towards the start of the file and cuts the file short behind them.
 * So the file at rest is close to its live data, and it is a busy period's high-water mark only until the next
 * quiet moment.</li>
 * </ul>
 * Runs are called with the backend's writes and reads held off: a rewrite or a move never sees half a command.
 */
final class DataFileUpkeep {

    static final int QUIET_WRITES_PER_SECOND = 100;
    static final int QUIET_RUNS = 3;
    static final int AT_REST_FILL_RATE = 90;
    static final int BUSY_FILL_RATE = 80;
    private static final int BUSY_BYTES_PER_RUN = 16 * 1024 * 1024;
    private static final int AT_REST_BYTES_PER_RUN = 64 * 1024 * 1024;
    private static final long MOVED_BYTES_PER_RUN = 16 * 1024 * 1024;
    /**
     * Longer than the store's retention (2 s): a chunk is rewritten only once it is that old, and the chunks a
     * rewrite replaced are dropped only then. A single rewrite at the start of a quiet period left the file at 14.2
     * MB per 10,000 events once in seven demo loads, against 9.3-10.3 (docs/benchmarks.md).
     */
    static final int QUIET_RUNS_BETWEEN_REWRITES = 5;
    /** A long quiet period still has some writes (claims, a caseworker's few): rewritten to 90% after this many. */
    private static final int QUIET_RUNS_BETWEEN_FULL_REWRITES = 300;

    private final MVStore store;
    private final long quietWritesPerRun;
    private long writesAtLastRun;
    private int quietRuns;

    DataFileUpkeep(MVStore store, long runMillis) {
        this.store = store;
        this.quietWritesPerRun = Math.max(1, QUIET_WRITES_PER_SECOND * runMillis / 1_000);
    }

    /**
     * One run, after the backend's checkpoint; {@code commit} saves rewritten pages as the backend commits (with
     * a write-ahead log, a checkpoint). {@code appliedWrites} counts every write the backend has applied.
     */
    void run(long appliedWrites, Runnable commit) {
        FileStore<?> file = store.getFileStore();
        if (file == null) {
            return; // memory storage
        }
        boolean quiet = appliedWrites - writesAtLastRun < quietWritesPerRun;
        writesAtLastRun = appliedWrites;
        quietRuns = quiet ? quietRuns + 1 : 0;
        if (quietRuns < QUIET_RUNS) {
            rewrite(BUSY_FILL_RATE, BUSY_BYTES_PER_RUN, commit);
            return;
        }
        // Not every run: right after a rewrite the replaced chunks, not yet dropped, make the store look emptier
        // than it is, and rewriting again then would copy the same pages over and over.
        int quietRun = quietRuns - QUIET_RUNS;
        if (quietRun % QUIET_RUNS_BETWEEN_FULL_REWRITES == 0) {
            rewrite(AT_REST_FILL_RATE, AT_REST_BYTES_PER_RUN, commit);
        } else if (quietRun % QUIET_RUNS_BETWEEN_REWRITES == 0) {
            // Only chunks a rewrite left well under its target: chunks it wrote can settle just under it (89%
            // with smaller pages), and rewriting them every few seconds grew the file by half each time.
            rewrite(BUSY_FILL_RATE, AT_REST_BYTES_PER_RUN, commit);
        } else if (file instanceof RandomAccessStore randomAccess) {
            // a no-op while less than a tenth of the file is free space
            randomAccess.compactMoveChunks(AT_REST_FILL_RATE, MOVED_BYTES_PER_RUN, store);
        }
    }

    private void rewrite(int targetFillRate, int bytes, Runnable commit) {
        if (store.compact(targetFillRate, bytes)) {
            commit.run();
        }
    }
}
