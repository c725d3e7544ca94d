package uk.wmpathways.infra.readmodel;

import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.UpdateMapper;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The read-model writes of one batch of events, kept in memory and written at the end of the batch: each
 * document a batch reads is read once, every event of the batch is folded into it, and each collection gets
 * one bulk write, before the processor stores its token ({@link BatchedWritesInterceptor} flushes after the
 * batch's last event). Outside a batch (a test calling a handler, or staging switched off) every call goes
 * to MongoDB at once, as before.
 * <p>
 * Crash safety: the token is stored only after the flush, so a crash re-delivers the whole batch. Each
 * projection's idempotency marker (the document keeping {@code lastSequence}) must therefore reach MongoDB
 * after the other writes of the same event: collections named in {@link #writtenLast} are flushed after all
 * others, and within a collection the writes keep their order.
 */
public final class BatchedWrites {

    static final String RESOURCE = BatchedWrites.class.getName();

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoTemplate mongo;
    private final UpdateMapper updates;
    private final boolean staged;
    private final Map<String, List<WriteModel<Document>>> pending = new LinkedHashMap<>();
    /** Documents as this batch left them (empty: removed); read back without asking MongoDB. */
    private final Map<String, Map<String, Optional<Document>>> known = new HashMap<>();
    private final Set<String> last = new LinkedHashSet<>();
    /** Documents with a staged update whose outcome only MongoDB knows: read after a flush. */
    private final Set<String> updatedUnread = new HashSet<>();
    /** Collections whose documents this batch's events name have been read ({@link #prefetch}). */
    private final Set<String> prefetched = new HashSet<>();

    BatchedWrites(MongoTemplate mongo, boolean staged) {
        this.mongo = mongo;
        this.updates = new UpdateMapper(mongo.getConverter());
        this.staged = staged;
    }

    /** The current batch's staged writes, or writes straight to MongoDB when no batch is being handled. */
    public static BatchedWrites of(MongoTemplate mongo) {
        if (CurrentUnitOfWork.isStarted()) {
            BatchedWrites batch = CurrentUnitOfWork.get().getResource(RESOURCE);
            if (batch != null) {
                return batch;
            }
        }
        return new BatchedWrites(mongo, false);
    }

    /** These collections hold the projection's idempotency markers: flushed after the others. */
    public BatchedWrites writtenLast(String... collections) {
        last.addAll(List.of(collections));
        return this;
    }

    /**
     * Reads with one query the documents of {@code collection} that this batch's events will ask for by id
     * ({@code idOf} gives an event's id, or null), so that {@link #findById} need not go to MongoDB once per
     * document: a replay's batch of 100 events touches a few dozen enrolments. Done at the first call of a batch
     * for each collection; later calls, and calls outside a batch, do nothing.
     */
    public BatchedWrites prefetch(String collection, Function<EventMessage<?>, String> idOf) {
        if (!staged || !prefetched.add(collection) || !CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            return this;
        }
        Map<String, Optional<Document>> documents = known.computeIfAbsent(collection, c -> new HashMap<>());
        Set<String> ids = new LinkedHashSet<>();
        for (Object message : batch.getMessages()) {
            String id = idOf.apply((EventMessage<?>) message);
            if (id != null && !documents.containsKey(id) && !updatedUnread.contains(unreadKey(collection, id))) {
                ids.add(id);
            }
        }
        if (!ids.isEmpty()) {
            ids.forEach(id -> documents.put(id, Optional.empty()));
            mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, collection)
                    .forEach(found -> documents.put(String.valueOf(found.get("_id")), Optional.of(found)));
        }
        return this;
    }

    /** For {@link #prefetch}: the id {@code id} gives for events of {@code type}, null for others (not read). */
    public static <T> Function<EventMessage<?>, String> idOf(Class<T> type, Function<? super T, String> id) {
        return message -> type.isAssignableFrom(message.getPayloadType()) ? id.apply(type.cast(message.getPayload()))
                : null;
    }

    /** The document as MongoDB holds it after the writes staged so far; null when there is none. */
    public <T> T findById(String id, Class<T> type, String collection) {
        if (!staged) {
            return mongo.findById(id, type, collection);
        }
        Map<String, Optional<Document>> documents = known.computeIfAbsent(collection, c -> new HashMap<>());
        Optional<Document> document = documents.get(id);
        if (document == null) {
            if (updatedUnread.contains(unreadKey(collection, id))) {
                flush();
            }
            document = Optional.ofNullable(mongo.findById(id, Document.class, collection));
            documents.put(id, document);
        }
        return document.map(found -> read(found, type)).orElse(null);
    }

    /** Inserts or replaces the document with the entity's id (as {@link MongoTemplate#save}). */
    public void save(Object entity, String collection) {
        if (!staged) {
            mongo.save(entity, collection);
            return;
        }
        Document document = new Document();
        mongo.getConverter().write(entity, document);
        String id = String.valueOf(document.get("_id"));
        pending.computeIfAbsent(collection, c -> new ArrayList<>())
                .add(new ReplaceOneModel<>(Filters.eq("_id", id), document, UPSERT));
        known.computeIfAbsent(collection, c -> new HashMap<>()).put(id, Optional.of(document));
    }

    /** Removes the document {@code id}. */
    public void remove(String id, String collection) {
        if (!staged) {
            mongo.getCollection(collection).deleteOne(Filters.eq("_id", id));
            return;
        }
        pending.computeIfAbsent(collection, c -> new ArrayList<>()).add(new DeleteOneModel<>(Filters.eq("_id", id)));
        known.computeIfAbsent(collection, c -> new HashMap<>()).put(id, Optional.empty());
    }

    /**
     * Updates the one document {@code filter} selects ({@code id} is its id), as {@link MongoTemplate#updateFirst}
     * would (the update's values mapped the same way). Staged in order; a later read of the document in this
     * batch writes what is staged first and asks MongoDB.
     */
    public void updateOne(String id, Bson filter, Update update, String collection) {
        Document mapped = updates.getMappedObject(update.getUpdateObject(), Optional.empty());
        stageUnread(collection, id, new UpdateOneModel<>(filter, mapped));
    }

    /**
     * Updates the document {@code id}, inserting it when there is none, as {@link MongoTemplate#upsert} would.
     * Staged in order, like {@link #updateOne}.
     */
    public void upsert(String id, Update update, String collection) {
        Document mapped = updates.getMappedObject(update.getUpdateObject(), Optional.empty());
        stageUnread(collection, id, new UpdateOneModel<>(Filters.eq("_id", id), mapped,
                new UpdateOptions().upsert(true)));
    }

    /** Inserts the entity unless a document with its id exists (then changes nothing). */
    public void insertIfAbsent(Object entity, String collection) {
        Document document = new Document();
        mongo.getConverter().write(entity, document);
        String id = String.valueOf(document.remove("_id"));
        Optional<Document> knownNow = known.getOrDefault(collection, Map.of()).get(id);
        if (knownNow != null && knownNow.isPresent()) {
            return;
        }
        stageUnread(collection, id, new UpdateOneModel<>(Filters.eq("_id", id), new Document("$setOnInsert", document),
                new UpdateOptions().upsert(true)));
    }

    private void stageUnread(String collection, String id, WriteModel<Document> write) {
        if (!staged) {
            mongo.getCollection(collection).bulkWrite(List.of(write));
            return;
        }
        pending.computeIfAbsent(collection, c -> new ArrayList<>()).add(write);
        known.computeIfAbsent(collection, c -> new HashMap<>()).remove(id);
        updatedUnread.add(unreadKey(collection, id));
    }

    private static String unreadKey(String collection, String id) {
        return collection + "\u0000" + id;
    }

    /** Writes what is staged: one ordered bulk write per collection, the marker collections last. */
    public void flush() {
        List<String> order = new ArrayList<>(pending.keySet());
        order.sort((a, b) -> Boolean.compare(last.contains(a), last.contains(b)));
        for (String collection : order) {
            List<WriteModel<Document>> writes = pending.get(collection);
            if (!writes.isEmpty()) {
                mongo.getCollection(collection).bulkWrite(writes);
            }
        }
        pending.clear();
        updatedUnread.clear();
    }

    /**
     * For a handler of the same processor that writes to MongoDB directly: what is staged is written first, and
     * the documents known so far are read again when next asked for.
     */
    public void flushAndForget() {
        flush();
        known.clear();
    }

    private <T> T read(Document document, Class<T> type) {
        if (type == Document.class) {
            return type.cast(new Document(document));
        }
        return mongo.getConverter().read(type, document);
    }
}
