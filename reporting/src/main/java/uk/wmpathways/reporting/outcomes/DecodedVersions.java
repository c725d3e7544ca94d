package uk.wmpathways.reporting.outcomes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import uk.wmpathways.infra.readmodel.SequencedWrites;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The facts of versions ({@link VersionedFacts}) decoded once and kept, so that a report reads only each version's
 * stamp and decodes again only what changed since the last report. Decoding every version's facts was 44% of a
 * report's time, and carrying them from the store most of the rest (JFR of the demo-data benchmark).
 * <p>
 * A kept copy is used only while the stored version has the same {@link Stamp}: the same collection, id, last
 * sequence number and rewrite count. A version changes only by an event, which moves its last sequence on, or by an
 * erasure's rewrite in place, which moves its rewrite count on ({@value #REWRITES}); a rebuild writes new
 * collections. So a report from kept copies gives what a report that decodes every version gives, with more than
 * one instance too: each instance checks the stamps in the store, not in its memory.
 */
final class DecodedVersions<T> {

    /** How many times a version was rewritten in place, not by an event (an erasure); absent: never. */
    static final String REWRITES = "rewrites";

    /** Up to this many new stamps are read one by one by id; more, by reading every version again at once. */
    static final int READ_ONE_BY_ONE_UP_TO = 64;

    record Stamp(String collection, Object id, long sequence, int rewrites) {

        static Stamp of(String collection, Document version) {
            Number rewrites = version.get(REWRITES, Number.class);
            return new Stamp(collection, version.get("_id"),
                    version.get(SequencedWrites.LAST_SEQUENCE, Number.class).longValue(),
                    rewrites == null ? 0 : rewrites.intValue());
        }
    }

    private final Cache<Stamp, T> kept;
    private final long maximumVersions;
    private final Function<Document, T> decode;

    /** @param maximumVersions how many decoded versions are kept at most (about 1 KB each) */
    DecodedVersions(long maximumVersions, Function<Document, T> decode) {
        this.kept = Caffeine.newBuilder().maximumSize(maximumVersions).recordStats().build();
        this.maximumVersions = maximumVersions;
        this.decode = decode;
    }

    /**
     * Reads, decodes and keeps every version of {@code collection} if they all fit, so that the first report after
     * a start finds them kept; false when they do not fit (nothing read).
     */
    boolean keepAll(MongoTemplate mongo, String collection) {
        if (mongo.count(new Query(), collection) > maximumVersions) {
            return false;
        }
        // one version at a time from the cursor: the warm-up keeps the decoded facts only, not a list of them
        try (Stream<Document> versions = mongo.stream(new Query(), Document.class, collection)) {
            versions.forEach(version -> decoded(Stamp.of(collection, version), version));
        }
        return true;
    }

    Cache<Stamp, T> cache() {
        return kept;
    }

    /**
     * The facts of the versions {@code query} finds and {@code valid} accepts. Reads their stamps first; when some
     * are not kept, reads those by id, or every version again when there are many or one changed meanwhile (so
     * that the answer is always one read's view of the store).
     */
    List<T> read(MongoTemplate mongo, String collection, Query query, Predicate<Document> valid) {
        Query stampsOnly = Query.of(query);
        stampsOnly.fields().include("_id", SequencedWrites.LAST_SEQUENCE, REWRITES, VersionedFacts.KNOWN_UNTIL);
        List<Stamp> stamps = new ArrayList<>();
        Map<Stamp, T> found = new HashMap<>();
        List<Stamp> missing = new ArrayList<>();
        for (Document version : mongo.find(stampsOnly, Document.class, collection)) {
            if (!valid.test(version)) {
                continue;
            }
            Stamp stamp = Stamp.of(collection, version);
            stamps.add(stamp);
            T facts = kept.getIfPresent(stamp);
            if (facts == null) {
                missing.add(stamp);
            } else {
                found.put(stamp, facts);
            }
        }
        if (missing.size() > READ_ONE_BY_ONE_UP_TO || !readOneByOne(mongo, collection, missing, found)) {
            return readAll(mongo, collection, query, valid);
        }
        return stamps.stream().map(found::get).toList();
    }

    /** False when a version changed (or went) since its stamp was read. */
    private boolean readOneByOne(MongoTemplate mongo, String collection, List<Stamp> missing, Map<Stamp, T> found) {
        for (Stamp stamp : missing) {
            Document version = mongo.findById(stamp.id(), Document.class, collection);
            if (version == null || !Stamp.of(collection, version).equals(stamp)) {
                return false;
            }
            found.put(stamp, decoded(stamp, version));
        }
        return true;
    }

    private List<T> readAll(MongoTemplate mongo, String collection, Query query, Predicate<Document> valid) {
        return mongo.find(query, Document.class, collection).stream()
                .filter(valid)
                .map(version -> decoded(Stamp.of(collection, version), version))
                .toList();
    }

    private T decoded(Stamp stamp, Document version) {
        return kept.get(stamp, ignored -> decode.apply(version));
    }
}
