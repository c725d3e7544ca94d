package uk.wmpathways.infra.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * One aggregate type's loaded aggregates, kept in memory between commands so that the next command on the same
 * aggregate neither reads its snapshot nor its events again. Axon's caching repository puts an aggregate here when
 * its unit of work commits and removes it when one rolls back: a refusal, or an append that lost the race for its
 * sequence number to another writer (the events' unique stream key), so the next attempt reads the store.
 *
 * <p>A rollback cannot catch a decision that appends nothing (a refusal, or "nothing changed") taken on a copy
 * that another instance has since moved on. Where another instance can write the same store, each time a kept
 * aggregate is asked for, the store is asked whether the event after its version exists (one lookup of the unique
 * stream key); if it does, the copy is dropped and the aggregate is loaded as without a cache.
 *
 * <p>Kept aggregates hold personal data as the events gave it, so they are kept for a bounded time after their
 * last command ({@code keepFor}), like the data subjects' keys: an erasure on another instance is followed within
 * it.
 */
public final class AggregateCache implements Cache {

    /** Whether the event after {@code version} of an aggregate is stored: another writer has moved it on. */
    @FunctionalInterface
    public interface StoreCheck {
        boolean hasEventAfter(String aggregateIdentifier, long version);
    }

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> kept;
    private final StoreCheck storeCheck;

    /** {@code storeCheck} is null where this instance is the store's only writer. */
    public AggregateCache(long maximumEntries, Duration keepFor, StoreCheck storeCheck) {
        this.kept = Caffeine.newBuilder().maximumSize(maximumEntries).expireAfterWrite(keepFor).recordStats().build();
        this.storeCheck = storeCheck;
    }

    /** The Caffeine cache underneath, for its meters. */
    public com.github.benmanes.caffeine.cache.Cache<Object, Object> kept() {
        return kept;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = kept.getIfPresent(key);
        if (value != null && storeCheck != null && movedOnElsewhere(key, value)) {
            kept.invalidate(key);
            return null;
        }
        return (V) value;
    }

    private boolean movedOnElsewhere(Object key, Object value) {
        if (!(value instanceof AggregateCacheEntry<?> entry)) {
            return false;
        }
        // An entry made in this JVM holds the aggregate itself, which Axon hands back as it is; the arguments
        // would only be used to rebuild one that had been serialised, which this cache never does.
        EventSourcedAggregate<?> aggregate = entry.recreateAggregate(null, null, null, null);
        Long version = aggregate.version();
        return storeCheck.hasEventAfter(key.toString(), version == null ? -1 : version);
    }

    @Override
    public void put(Object key, Object value) {
        kept.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return kept.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return kept.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        kept.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return kept.getIfPresent(key) != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        kept.asMap().computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    /** Nothing here listens to entries; Axon's repositories do not register listeners. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        throw new UnsupportedOperationException("AggregateCache does not notify listeners");
    }
}
