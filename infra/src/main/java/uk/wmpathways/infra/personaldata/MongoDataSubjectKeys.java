package uk.wmpathways.infra.personaldata;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Data subjects' keys in MongoDB ({@value #KEYS}), each wrapped (AES-GCM) by a master key that is kept outside
 * the database, so that a copy of the database alone reads no personal data. Destroying a key removes its wrapped
 * bytes and keeps the time of the erasure, so that the key is never made again for the same person.
 * Streams' subjects are in {@value #STREAMS}. Both are cached in memory ({@link KeyCache}).
 */
public class MongoDataSubjectKeys implements DataSubjectKeys {

    public static final String KEYS = "data_subject_keys";
    public static final String STREAMS = "data_subject_streams";

    private final MongoCollection<Document> keys;
    private final MongoCollection<Document> streams;
    private final MasterKey masterKey;
    private final KeyCache cache = new KeyCache();

    public MongoDataSubjectKeys(MongoDatabase database, MasterKey masterKey) {
        WriteConcern durable = WriteConcern.MAJORITY.withJournal(true);
        this.keys = database.getCollection(KEYS).withWriteConcern(durable);
        this.streams = database.getCollection(STREAMS).withWriteConcern(durable);
        this.masterKey = masterKey;
        // an erasure finds the person's streams by their subject
        streams.createIndex(Indexes.ascending("subject"), new IndexOptions().name("subject"));
    }

    @Override
    public SecretKey keyFor(String subject) {
        if (cache.isErased(subject)) {
            throw new DataSubjectErasedException();
        }
        SecretKey cached = cache.key(subject);
        if (cached != null) {
            return cached;
        }
        // One read tells all three cases: a key, an erased key, or none yet (a new subject, every registration).
        Document found = stored(subject);
        if (found != null) {
            return keyOf(subject, found).orElseThrow(DataSubjectErasedException::new);
        }
        SecretKey made = FieldCipher.newKey();
        try {
            store(() -> keys.insertOne(new Document("_id", subject)
                    .append("wrappedKey", new Binary(masterKey.wrap(subject, made)))
                    .append("createdAt", new Date())));
            cache.put(subject, made);
            return made;
        } catch (MongoWriteException taken) {
            if (taken.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw new KeyStoreUnavailableException(taken);
            }
            // Another writer made it first: use theirs, or refuse if it was erased meanwhile.
            return existingKey(subject).orElseThrow(DataSubjectErasedException::new);
        }
    }

    @Override
    public Optional<SecretKey> existingKey(String subject) {
        if (cache.isErased(subject)) {
            return Optional.empty();
        }
        SecretKey cached = cache.key(subject);
        if (cached != null) {
            return Optional.of(cached);
        }
        Document found = stored(subject);
        return found == null ? Optional.empty() : keyOf(subject, found);
    }

    /** The key held in {@code found}, cached; empty (and remembered) when it was erased. */
    private Optional<SecretKey> keyOf(String subject, Document found) {
        if (found.get("erasedAt") != null) {
            cache.erased(subject);
            return Optional.empty();
        }
        SecretKey key = masterKey.unwrap(subject, found.get("wrappedKey", Binary.class).getData());
        cache.put(subject, key);
        return Optional.of(key);
    }

    @Override
    public Optional<Instant> erasedAt(String subject) {
        Document found = stored(subject);
        return Optional.ofNullable(found == null ? null : found.getDate("erasedAt")).map(Date::toInstant);
    }

    @Override
    public void destroy(String subject, Instant at) {
        try {
            store(() -> keys.updateOne(Filters.and(Filters.eq("_id", subject), Filters.eq("erasedAt", null)),
                    Updates.combine(Updates.unset("wrappedKey"), Updates.set("erasedAt", Date.from(at))),
                    new UpdateOptions().upsert(true)));
        } catch (MongoWriteException alreadyErased) {
            if (alreadyErased.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw new KeyStoreUnavailableException(alreadyErased);
            }
        }
        cache.erased(subject);
    }

    @Override
    public void rememberStream(String streamId, String subject) {
        if (subject.equals(cache.subjectOfStream(streamId))) {
            return;
        }
        store(() -> streams.updateOne(Filters.eq("_id", streamId), Updates.setOnInsert("subject", subject),
                new UpdateOptions().upsert(true)));
        cache.putStream(streamId, subject);
    }

    @Override
    public Optional<String> subjectOfStream(String streamId) {
        String cached = cache.subjectOfStream(streamId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Document found = read(() -> streams.find(Filters.eq("_id", streamId)).first());
        if (found == null) {
            return Optional.empty();
        }
        cache.putStream(streamId, found.getString("subject"));
        return Optional.of(found.getString("subject"));
    }

    @Override
    public List<String> streamsOf(String subject) {
        return read(() -> streams.find(Filters.eq("subject", subject)).map(d -> d.getString("_id"))
                .into(new ArrayList<>()));
    }

    /** The subject's document in the key store (its wrapped key, or the time it was erased), or null. */
    private Document stored(String subject) {
        return read(() -> keys.find(Filters.eq("_id", subject)).first());
    }

    private static <T> T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (MongoException | IllegalStateException e) {
            throw new KeyStoreUnavailableException(e);
        }
    }

    private static void store(Runnable write) {
        try {
            write.run();
        } catch (MongoWriteException e) {
            throw e;
        } catch (MongoException | IllegalStateException e) {
            throw new KeyStoreUnavailableException(e);
        }
    }
}
