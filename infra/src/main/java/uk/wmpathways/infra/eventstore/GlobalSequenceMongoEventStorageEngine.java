package uk.wmpathways.infra.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * An Axon event store on MongoDB in which tracking processors can neither skip nor double-count an event,
 * with any number of application instances writing at once.
 * <p>
 * <b>A global sequence.</b> Every event gets a global index, allocated from one counter document by an
 * atomic {@code $inc} before the events are inserted, and stored as the event document's {@code _id}.
 * Readers follow the index with Axon's {@link GapAwareTrackingToken}: an index that was allocated but is not
 * there yet (a slow or failed writer) is remembered as a gap and read as soon as it arrives, whatever the
 * clocks say.
 * <p>
 * <b>Closing a gap is a consensus, not a guess.</b> When a gap has stayed open for the gap timeout, a reader
 * inserts a tombstone with that {@code _id}. The unique {@code _id} decides: either the tombstone goes in
 * and the late writer's insert fails (its command fails and can be retried: nothing was acknowledged), or
 * the writer got there first and the reader reads its event. An event is never stored where a reader has
 * stopped looking.
 * <p>
 * <b>Reads use equality lookups.</b> Streaming asks for {@code _id $in [gaps, next indexes]} and aggregate
 * loading for {@code streamKey $in [aggregate#seq, ...]}; both are served by unique indexes on real MongoDB
 * and on the embedded server (which serves no range query from an index). A range query is used only to
 * step over a run of indexes longer than a batch that holds no event.
 * <p>
 * Appends are written with write concern majority and journaling; optimistic concurrency comes from the
 * unique (aggregate, sequence number) key.
 */
public class GlobalSequenceMongoEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(GlobalSequenceMongoEventStorageEngine.class);

    public static final String EVENTS = "events";
    public static final String SNAPSHOTS = "snapshots";
    public static final String SEQUENCE = "event_sequence";
    static final String GLOBAL_COUNTER = "global";
    /** Gaps further behind than this many indexes are dropped by the token; far beyond any real gap count. */
    private static final int MAX_GAP_OFFSET = 10_000_000;

    private final MongoClient client;
    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> sequence;
    private final MongoEventStoreSettings settings;
    private final Clock clock;
    /** When this instance first saw each open gap; a gap closes a gap timeout after it was first seen. */
    private final Map<Long, Instant> gapsFirstSeen = new ConcurrentHashMap<>();
    private volatile LongConsumer pauseAfterAllocation = index -> { };
    private volatile PayloadProtection protection = PayloadProtection.NONE;

    public GlobalSequenceMongoEventStorageEngine(Builder builder, MongoClient client, String databaseName,
                                                 MongoEventStoreSettings settings, Clock clock) {
        super(builder.batchSize(settings.batchSize()));
        this.client = client;
        MongoDatabase database = client.getDatabase(databaseName);
        WriteConcern durable = WriteConcern.MAJORITY.withJournal(true);
        this.events = database.getCollection(EVENTS).withWriteConcern(durable);
        this.snapshots = database.getCollection(SNAPSHOTS).withWriteConcern(durable);
        // The counter needs no journaling of its own: the journaled insert that follows covers it.
        this.sequence = database.getCollection(SEQUENCE).withWriteConcern(WriteConcern.W1);
        this.settings = settings;
        this.clock = clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the indexes that reads and optimistic concurrency rely on; safe to call at every start. */
    public void ensureIndexes() {
        events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                new IndexOptions().unique(true).sparse(true).name("aggregate_sequence"));
        events.createIndex(Indexes.ascending("streamKey"), new IndexOptions().unique(true).sparse(true).name("stream_key"));
        events.createIndex(Indexes.ascending("eventIdentifier"), new IndexOptions().unique(true).sparse(true).name("event_identifier"));
        // Each stream's first event by its aggregate type (the organisations found at every start): only first
        // events are indexed, so the index grows with the streams, not with the events.
        events.createIndex(Indexes.ascending("aggregateType"), new IndexOptions().name("stream_start_by_type")
                .partialFilterExpression(new Document("sequenceNumber", 0L)));
    }

    /** Encrypts personal data on the way in and decrypts it on the way out (set before the first append). */
    public void protectPayloads(PayloadProtection protection) {
        this.protection = protection;
    }

    /** For tests: a pause between allocating global indexes and inserting the events (a slow commit). */
    public void pauseAfterAllocation(LongConsumer pause) {
        this.pauseAfterAllocation = pause;
    }

    // ---- writing ----

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        long first = allocate(messages.size());
        Instant allocatedAt = clock.instant();
        List<Document> documents = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            documents.add(eventDocument(first + i, asDomainEvent(messages.get(i)), serializer, allocatedAt));
        }
        pauseAfterAllocation.accept(first);
        try {
            if (settings.transactionalAppends() && documents.size() > 1) {
                try (ClientSession session = client.startSession()) {
                    session.withTransaction(() -> events.insertMany(session, documents));
                }
            } else {
                events.insertMany(documents);
            }
        } catch (MongoBulkWriteException | MongoWriteException e) {
            throw translateWriteFailure(e, documents);
        }
    }

    /** The first of {@code count} consecutive global indexes, reserved for this append alone. */
    private long allocate(int count) {
        // Ask for the document as it was before the increment: mongo-java-server answers a request for the
        // document after it with the live stored object, which a concurrent increment can change before it
        // is sent (two writers then get the same index). The state before is a copy on both servers.
        Document before = sequence.findOneAndUpdate(Filters.eq("_id", GLOBAL_COUNTER), Updates.inc("next", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return before == null ? 0 : before.getLong("next");
    }

    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return domainEvent;
        }
        // An event that belongs to no aggregate is stored as the only event of a stream named by its id.
        return new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }

    private Document eventDocument(long globalIndex, DomainEventMessage<?> event, Serializer serializer,
                                   Instant allocatedAt) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        return new Document("_id", globalIndex)
                .append("aggregateType", event.getType())
                .append("aggregateIdentifier", event.getAggregateIdentifier())
                .append("sequenceNumber", event.getSequenceNumber())
                .append("streamKey", streamKey(event.getAggregateIdentifier(), event.getSequenceNumber()))
                .append("eventIdentifier", event.getIdentifier())
                // Fixed-width ISO-8601 (milliseconds), so that timestamps also compare correctly as text.
                .append("timestamp", DateTimeUtils.formatInstant(event.getTimestamp()))
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", protection.protect(event.getAggregateIdentifier(), payload.getType().getName(),
                        payload.getData()))
                .append("metaData", metaData.getData())
                .append("allocatedAt", allocatedAt.toEpochMilli());
    }

    static String streamKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "#" + sequenceNumber;
    }

    private RuntimeException translateWriteFailure(RuntimeException failure, List<Document> documents) {
        boolean duplicateKey = failure instanceof MongoBulkWriteException bulk
                ? bulk.getWriteErrors().stream().anyMatch(e -> ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY)
                : ((MongoWriteException) failure).getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        if (!duplicateKey) {
            return failure;
        }
        for (Document document : documents) {
            Document holder = events.find(Filters.eq("_id", document.getLong("_id"))).first();
            if (holder != null && Boolean.TRUE.equals(holder.getBoolean("tombstone"))) {
                return new EventAppendTooLateException(document.getLong("_id"));
            }
        }
        Document firstEvent = documents.get(0);
        return new ConcurrencyException("An event for aggregate " + firstEvent.getString("aggregateIdentifier")
                + " with sequence number " + firstEvent.getLong("sequenceNumber")
                + " was already stored by someone else", failure);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        Document document = snapshotDocument(snapshot, payload, serializer);
        document.put("_id", snapshot.getAggregateIdentifier());
        // Keep only the newest snapshot: replace an older one, never a newer one.
        Bson olderOrNone = Filters.and(Filters.eq("_id", snapshot.getAggregateIdentifier()),
                Filters.lt("sequenceNumber", snapshot.getSequenceNumber()));
        try {
            snapshots.replaceOne(olderOrNone, document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException newerSnapshotExists) {
            if (newerSnapshotExists.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw newerSnapshotExists;
            }
        }
    }

    private Document snapshotDocument(DomainEventMessage<?> snapshot, SerializedObject<String> payload,
                                      Serializer serializer) {
        Document document = new Document("_id", snapshot.getAggregateIdentifier())
                .append("aggregateType", snapshot.getType())
                .append("aggregateIdentifier", snapshot.getAggregateIdentifier())
                .append("sequenceNumber", snapshot.getSequenceNumber())
                .append("eventIdentifier", snapshot.getIdentifier())
                .append("timestamp", DateTimeUtils.formatInstant(snapshot.getTimestamp()))
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", protection.protectSnapshot(snapshot.getAggregateIdentifier(), payload.getData()))
                .append("metaData", snapshot.serializeMetaData(serializer, String.class).getData());
        return document;
    }

    // ---- reading an aggregate ----

    /**
     * An aggregate's events by their stream keys, in chunks that double from {@value #FIRST_CHUNK} (most
     * aggregates have a few events; each key is an index lookup, which is slow on the embedded server), until a
     * key is missing (the stream has no gaps, so that is its end) or the batch is full.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        List<Document> found = new ArrayList<>();
        long next = firstSequenceNumber;
        int chunk = FIRST_CHUNK;
        while (found.size() < batchSize) {
            int size = Math.min(chunk, batchSize - found.size());
            List<String> keys = LongStream.range(next, next + size)
                    .mapToObj(sequenceNumber -> streamKey(aggregateIdentifier, sequenceNumber))
                    .toList();
            List<Document> chunkFound = events.find(Filters.in("streamKey", keys)).into(new ArrayList<>());
            found.addAll(chunkFound);
            if (chunkFound.size() < size) {
                break;
            }
            next += size;
            chunk *= 2;
        }
        found.sort(Comparator.comparingLong(document -> document.getLong("sequenceNumber")));
        return found.stream().map(this::domainEventData).toList();
    }

    private static final int FIRST_CHUNK = 8;

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq("_id", aggregateIdentifier)).first();
        if (snapshot == null) {
            return Stream.empty();
        }
        // A snapshot whose person has been erased cannot be read: the aggregate is rebuilt from its events.
        return protection.revealSnapshot(snapshot.getString("payload"))
                .map(payload -> Stream.of(entry(snapshot, payload)))
                .orElseGet(Stream::empty);
    }

    /**
     * Found by lookups of the unique {@code streamKey} alone (the embedded server serves no compound index: a
     * query on the aggregate id would scan every event, and it is asked at every enrolment start). An
     * aggregate's sequence numbers run from 0 without gaps, so the last one is found by doubling the step and
     * then halving it: about 2 log2(n) lookups.
     */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        if (!isStored(aggregateIdentifier, 0)) {
            return Optional.empty();
        }
        long stored = 0;
        long step = 1;
        while (isStored(aggregateIdentifier, stored + step)) {
            stored += step;
            step *= 2;
        }
        long missing = stored + step;
        while (missing - stored > 1) {
            long middle = (stored + missing) >>> 1;
            if (isStored(aggregateIdentifier, middle)) {
                stored = middle;
            } else {
                missing = middle;
            }
        }
        return Optional.of(stored);
    }

    /** Whether the aggregate's event with this sequence number is stored: one lookup of the unique stream key. */
    public boolean isStored(String aggregateIdentifier, long sequenceNumber) {
        return events.find(Filters.eq("streamKey", streamKey(aggregateIdentifier, sequenceNumber)))
                .projection(new Document("_id", 1)).limit(1).first() != null;
    }

    private GenericDomainEventEntry<String> domainEventData(Document document) {
        return entry(document, protection.reveal(document.getString("payloadType"), document.getString("payload")));
    }

    private static GenericDomainEventEntry<String> entry(Document document, String payload) {
        return new GenericDomainEventEntry<>(document.getString("aggregateType"),
                document.getString("aggregateIdentifier"), document.getLong("sequenceNumber"),
                document.getString("eventIdentifier"), document.getString("timestamp"),
                document.getString("payloadType"), document.getString("payloadRevision"),
                payload, document.getString("metaData"));
    }

    // ---- streaming to tracking processors ----

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken previous = (GapAwareTrackingToken) lastToken;
        long allocated = allocatedCount();
        long from = previous == null ? 0 : previous.getIndex() + 1;
        SortedSet<Long> gaps = previous == null ? new TreeSet<>() : previous.getGaps();
        long to = Math.min(allocated, from + batchSize);
        List<Document> found = findByIndex(gaps, from, to);
        if (found.isEmpty() && to < allocated) {
            // A whole batch of allocated indexes holds no event (failed or unfinished appends): step over them.
            Document next = events.find(Filters.gte("_id", to)).sort(Sorts.ascending("_id")).limit(1).first();
            if (next != null) {
                from = next.getLong("_id");
                found = findByIndex(gaps, from, Math.min(allocated, from + batchSize));
            }
        }
        found = new ArrayList<>(found);
        found.sort(Comparator.comparingLong(document -> document.getLong("_id")));

        List<TrackedEventData<?>> result = new ArrayList<>(found.size());
        GapAwareTrackingToken token = previous;
        for (Document document : found) {
            long index = document.getLong("_id");
            gapsFirstSeen.remove(index);
            token = token == null
                    ? GapAwareTrackingToken.newInstance(index, LongStream.range(0, index).boxed().toList())
                    : token.advanceTo(index, MAX_GAP_OFFSET);
            if (!Boolean.TRUE.equals(document.getBoolean("tombstone"))) {
                result.add(new TrackedDomainEventData<>(token, new LazilyRevealedEventEntry(document, protection)));
            }
        }
        closeExpiredGaps(token == null ? previous : token);
        return result;
    }

    private List<Document> findByIndex(SortedSet<Long> gaps, long from, long to) {
        List<Long> candidates = new ArrayList<>(gaps);
        LongStream.range(from, to).forEach(candidates::add);
        return candidates.isEmpty() ? List.of() : events.find(Filters.in("_id", candidates)).into(new ArrayList<>());
    }

    private long allocatedCount() {
        Document counter = sequence.find(Filters.eq("_id", GLOBAL_COUNTER)).first();
        return counter == null ? 0 : counter.getLong("next");
    }

    /** Tombstones gaps open longer than the gap timeout, so that a writer that late fails instead of being skipped. */
    private void closeExpiredGaps(GapAwareTrackingToken token) {
        if (token == null || !token.hasGaps()) {
            return;
        }
        Instant now = clock.instant();
        Instant expiredBefore = now.minus(settings.gapTimeout());
        for (Long gap : token.getGaps()) {
            Instant firstSeen = gapsFirstSeen.computeIfAbsent(gap, g -> now);
            if (firstSeen.isBefore(expiredBefore)) {
                try {
                    events.insertOne(new Document("_id", gap).append("tombstone", true)
                            .append("closedAt", now.toEpochMilli()));
                    log.warn("Closed global index {} after waiting {} for its events", gap, settings.gapTimeout());
                } catch (MongoWriteException writtenMeanwhile) {
                    if (writtenMeanwhile.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw writtenMeanwhile;
                    }
                }
                gapsFirstSeen.remove(gap);
            }
        }
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long allocated = allocatedCount();
        return allocated == 0 ? null : GapAwareTrackingToken.newInstance(allocated - 1, List.of());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        // Rare (an operator's choice); a scan is acceptable here.
        Document first = events.find(Filters.gte("timestamp", DateTimeUtils.formatInstant(dateTime)))
                .sort(Sorts.ascending("_id")).limit(1).first();
        if (first == null) {
            return createHeadToken();
        }
        long index = first.getLong("_id");
        return index == 0 ? null : GapAwareTrackingToken.newInstance(index - 1, List.of());
    }

    public static class Builder extends BatchingEventStorageEngine.Builder {
        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(org.axonframework.eventsourcing.snapshotting.SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }
    }
}
