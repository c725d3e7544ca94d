package uk.wmpathways.reporting.readmodel;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which MongoDB collection holds each read model. A read model is rebuilt into a fresh collection while the
 * current one goes on answering queries; when the rebuild has caught up, the new collection becomes the live
 * one in a single update, and the one it replaced is kept (as {@code previous}) until the next rebuild, so
 * that the two can be compared.
 * <p>
 * The registry is the {@value #REGISTRY} collection: {@code {_id: name, live, building, previous}}.
 * Instances cache it for {@link #CACHE_FOR}; the instance that rebuilds sees its own changes at once.
 * <p>
 * A read model of several collections (one processing group keeping several related tables) names each one a
 * <em>part</em>: the part's collection is the read model's collection name + {@value #PART_SEPARATOR} + part,
 * so that the parts are rebuilt, swapped and dropped together.
 */
@Component
public class ReadModelCollections {

    public static final String REGISTRY = "read_models";
    public static final String PART_SEPARATOR = "__";
    static final Duration CACHE_FOR = Duration.ofSeconds(1);

    record Entry(String live, String building, String previous, Instant readAt) {
        String target() {
            return building != null ? building : live;
        }
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public ReadModelCollections(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The collection that queries read. */
    public String live(String readModel) {
        return entry(readModel).live();
    }

    /** The collection that event handlers write: the one being rebuilt while a rebuild runs. */
    public String target(String readModel) {
        return entry(readModel).target();
    }

    /** The collection of one part of a read model that queries read. */
    public String live(String readModel, String part) {
        return partOf(live(readModel), part);
    }

    /** The collection of one part of a read model that event handlers write. */
    public String target(String readModel, String part) {
        return partOf(target(readModel), part);
    }

    /**
     * Drops the collection that event handlers write, if there is one (a processor reset starts from nothing): a
     * rebuild's new collection does not exist yet, and dropping it anyway logs an error on the embedded server.
     */
    public void dropTarget(String readModel) {
        String target = target(readModel);
        if (mongo.collectionExists(target)) {
            mongo.dropCollection(target);
        }
    }

    /** Drops every part of the collection set that event handlers write (a processor reset starts from nothing). */
    public void dropTargetParts(String readModel) {
        dropParts(target(readModel));
    }

    private static String partOf(String collection, String part) {
        return collection + PART_SEPARATOR + part;
    }

    private void dropParts(String collection) {
        String prefix = collection + PART_SEPARATOR;
        for (String name : mongo.getCollectionNames()) {
            if (name.startsWith(prefix)) {
                mongo.dropCollection(name);
            }
        }
    }

    /** The collection a completed rebuild replaced, if any. */
    public String previous(String readModel) {
        return entry(readModel).previous();
    }

    public boolean isRebuilding(String readModel) {
        return entry(readModel).building() != null;
    }

    /**
     * Starts writing to a new, empty collection (or set of parts); the live one is left as it is, and the one
     * the previous rebuild replaced is dropped.
     */
    public String beginRebuild(String readModel) {
        Entry current = fresh(readModel);
        if (current.building() != null) {
            throw new IllegalStateException("A rebuild of " + readModel + " is already running");
        }
        if (current.previous() != null && mongo.collectionExists(current.previous())) {
            mongo.dropCollection(current.previous());
        }
        if (current.previous() != null) {
            dropParts(current.previous());
        }
        String building = readModel + "_" + clock.millis();
        mongo.upsert(Query.query(Criteria.where("_id").is(readModel)),
                new Update().set("live", current.live()).set("building", building).unset("previous"), REGISTRY);
        cache.remove(readModel);
        return building;
    }

    /** Makes the rebuilt collection the live one; the replaced one becomes {@code previous}. */
    public void completeRebuild(String readModel) {
        Entry current = fresh(readModel);
        if (current.building() == null) {
            return;
        }
        mongo.findAndModify(Query.query(Criteria.where("_id").is(readModel)),
                new Update().set("live", current.building()).set("previous", current.live()).unset("building"),
                FindAndModifyOptions.none(), Document.class, REGISTRY);
        cache.remove(readModel);
    }

    private Entry entry(String readModel) {
        Entry cached = cache.get(readModel);
        if (cached != null && cached.readAt().plus(CACHE_FOR).isAfter(clock.instant())) {
            return cached;
        }
        return fresh(readModel);
    }

    private Entry fresh(String readModel) {
        Document document = mongo.findById(readModel, Document.class, REGISTRY);
        Entry entry = document == null
                ? new Entry(readModel, null, null, clock.instant())
                : new Entry(document.getString("live"), document.getString("building"),
                document.getString("previous"), clock.instant());
        cache.put(readModel, entry);
        return entry;
    }
}
