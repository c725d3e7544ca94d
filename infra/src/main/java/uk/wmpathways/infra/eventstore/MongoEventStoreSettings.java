package uk.wmpathways.infra.eventstore;

import java.time.Duration;

/**
 * @param batchSize          events read per query when streaming or loading an aggregate
 * @param gapTimeout         how long readers wait for an allocated global index to be written before they
 *                           close it (a tombstone); a writer that is later than this gets an error, never a
 *                           skipped event
 * @param transactionalAppends append all events of a unit of work in one MongoDB transaction (needs a replica
 *                           set; the embedded server applies one insert command atomically without it)
 */
public record MongoEventStoreSettings(int batchSize, Duration gapTimeout, boolean transactionalAppends) {

    public static final MongoEventStoreSettings DEFAULTS = new MongoEventStoreSettings(100, Duration.ofSeconds(60), false);

    public MongoEventStoreSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        if (gapTimeout.isNegative() || gapTimeout.isZero()) {
            throw new IllegalArgumentException("gapTimeout must be positive");
        }
    }
}
