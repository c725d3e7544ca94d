package uk.wmpathways.infra.metrics;

import io.micrometer.core.instrument.Clock;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long handlers were busy within the last window (ten minutes), for Axon's {@code capacity} gauge: busy time
 * divided by the window, so 1 is one thread busy all the time. Kept in buckets of a sixtieth of the window, so
 * recording is an addition and memory is fixed; Axon's own monitor kept every message's duration for the whole
 * window (in a skip list, read whole on every scrape), which at a few hundred messages a second is most of its
 * cost. Busy time leaves the window a bucket (ten seconds) at a time, so the figure is right to within ten seconds'
 * worth.
 */
final class BusyTimeWindow {

    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int BUCKETS = 60;

    private final Clock clock;
    private final long bucketNanos = WINDOW.toNanos() / BUCKETS;
    private final Bucket[] buckets = new Bucket[BUCKETS];

    BusyTimeWindow(Clock clock) {
        this.clock = clock;
        for (int i = 0; i < BUCKETS; i++) {
            buckets[i] = new Bucket();
        }
    }

    void record(long busyNanos) {
        long epoch = clock.monotonicTime() / bucketNanos;
        bucketOf(epoch).nanos.add(busyNanos);
    }

    /** Busy time in the window over the window's length. */
    double capacity() {
        long now = clock.monotonicTime() / bucketNanos;
        long busy = 0;
        for (Bucket bucket : buckets) {
            if (bucket.epoch > now - BUCKETS) {
                busy += bucket.nanos.sum();
            }
        }
        return (double) busy / WINDOW.toNanos();
    }

    private Bucket bucketOf(long epoch) {
        Bucket bucket = buckets[(int) Math.floorMod(epoch, (long) BUCKETS)];
        if (bucket.epoch != epoch) {
            synchronized (bucket) {
                if (bucket.epoch != epoch) {
                    bucket.nanos.reset();
                    bucket.epoch = epoch;
                }
            }
        }
        return bucket;
    }

    private static final class Bucket {
        private volatile long epoch = Long.MIN_VALUE;
        private final LongAdder nanos = new LongAdder();
    }
}
