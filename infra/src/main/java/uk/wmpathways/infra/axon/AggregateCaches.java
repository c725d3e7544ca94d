package uk.wmpathways.infra.axon;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes each aggregate type's {@link AggregateCache} (an aggregate's identifier is only unique within its type),
 * with its meters {@code cache.*{cache=aggregate-<type>}}: hits, misses, evictions, size.
 */
public final class AggregateCaches {

    private final AggregateCacheProperties properties;
    private final AggregateCache.StoreCheck storeCheck;
    private final MeterRegistry meters;
    private final List<AggregateCache> made = new CopyOnWriteArrayList<>();

    /** {@code storeCheck} is null where this instance is the store's only writer. */
    public AggregateCaches(AggregateCacheProperties properties, AggregateCache.StoreCheck storeCheck,
                           MeterRegistry meters) {
        this.properties = properties;
        this.storeCheck = storeCheck;
        this.meters = meters;
    }

    /** The cache for the aggregate type named {@code type}, or none when the cache is turned off. */
    public Cache forType(String type) {
        if (properties.entriesOrDefault() <= 0) {
            return NoCache.INSTANCE;
        }
        AggregateCache cache = new AggregateCache(properties.entriesOrDefault(), properties.keepForOrDefault(),
                storeCheck);
        if (meters != null) {
            CaffeineCacheMetrics.monitor(meters, cache.kept(), "aggregate-" + type);
        }
        made.add(cache);
        return cache;
    }

    /**
     * Drops whatever is kept of these aggregates, whatever their type: an erasure's streams, so that no copy
     * decrypted before it outlives it in this instance.
     */
    public void forget(Collection<String> aggregateIdentifiers) {
        for (AggregateCache cache : made) {
            aggregateIdentifiers.forEach(cache::remove);
        }
    }

    public boolean checksStore() {
        return storeCheck != null;
    }
}
