package uk.wmpathways.reporting.outcomes;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.wmpathways.infra.readmodel.BatchedWrites;
import uk.wmpathways.infra.readmodel.SequencedWrites;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Facts kept with the days the system knew them, so that a report can be run as at the end of any past day.
 * <p>
 * Each thing (an enrolment, a drawdown) has versions; a version holds the facts as they stood from the day
 * {@code knownFrom} to the day before {@code knownUntil} (null: still so). The current version has the
 * thing's key as its id and {@code current: true}; a replaced version keeps its facts under the id
 * "key@knownFrom". The days are the days (Europe/London) on which the events were recorded: a change recorded
 * on the current version's day updates it in place, a change recorded on a later day closes it
 * ({@code knownUntil} = that day) and opens a new one. A change recorded with an earlier day than the current
 * version's (events of one thing arrive in order, so this means a clock went back) joins the current version.
 * <p>
 * Idempotent by sequence number like {@link SequencedWrites}: the current version remembers the sequence number
 * of the last event folded in ({@value SequencedWrites#LAST_SEQUENCE}) and an event it has seen changes nothing.
 * The replaced version is written before the new current one, so an event redelivered after a crash in between
 * writes the same replaced version again and then the new current one. Staged in the batch's {@link BatchedWrites}
 * (one ordered bulk write per collection keeps that order): a thing's events in one batch read its current version
 * once and write it once.
 */
final class VersionedFacts<T> {

    static final String KEY = "key";
    static final String KNOWN_FROM = "knownFrom";
    static final String KNOWN_UNTIL = "knownUntil";
    static final String CURRENT = "current";
    static final String FACTS = "facts";

    private final MongoTemplate mongo;
    private final Class<T> type;
    private final Function<T, Map<String, Object>> labels;
    private final DecodedVersions<T> decoded;

    /**
     * @param labels the fields, taken from the facts, that the versions are found by (for example the pathway);
     *               they are stored beside the facts so that queries can filter on them
     */
    VersionedFacts(MongoTemplate mongo, Class<T> type, Function<T, Map<String, Object>> labels) {
        this(mongo, type, labels, 0);
    }

    /** @param keptDecoded how many versions' decoded facts {@link #knownAt} keeps ({@link DecodedVersions}); 0: none */
    VersionedFacts(MongoTemplate mongo, Class<T> type, Function<T, Map<String, Object>> labels, long keptDecoded) {
        this.mongo = mongo;
        this.type = type;
        this.labels = labels;
        this.decoded = keptDecoded > 0 ? new DecodedVersions<>(keptDecoded, this::factsOf) : null;
    }

    /** The decoded versions kept, for their figures; null when none are kept. */
    DecodedVersions<T> decoded() {
        return decoded;
    }

    /** Decodes and keeps every version of {@code collection} when they fit ({@link DecodedVersions#keepAll}). */
    boolean keepAllDecoded(String collection) {
        return decoded != null && decoded.keepAll(mongo, collection);
    }

    /**
     * Folds event {@code sequence}, recorded on {@code knownOn}, into the facts of {@code key}. {@code change}
     * gets the current facts (null when there are none yet) and gives the new facts (null: nothing to record).
     */
    void record(String collection, String key, long sequence, LocalDate knownOn, UnaryOperator<T> change) {
        BatchedWrites writes = BatchedWrites.of(mongo);
        Document head = writes.findById(key, Document.class, collection);
        if (head != null && head.get(SequencedWrites.LAST_SEQUENCE, Number.class).longValue() >= sequence) {
            return; // applied already: delivered again after a crash, or replayed
        }
        T current = head == null ? null : factsOf(head);
        T next = change.apply(current);
        if (next == null) {
            return;
        }
        if (head == null) {
            writes.save(version(key, key, knownOn, null, sequence, next), collection);
            return;
        }
        LocalDate currentFrom = LocalDate.parse(head.getString(KNOWN_FROM));
        if (next.equals(current) || !knownOn.isAfter(currentFrom)) {
            writes.save(version(key, key, currentFrom, null, sequence, next), collection);
            return;
        }
        long currentSequence = head.get(SequencedWrites.LAST_SEQUENCE, Number.class).longValue();
        writes.save(version(key + "@" + currentFrom, key, currentFrom, knownOn, currentSequence, current), collection);
        writes.save(version(key, key, knownOn, null, sequence, next), collection);
    }

    /**
     * The facts as the system knew them at the end of {@code asAt} (null: now) of every thing whose label
     * {@code field} is {@code value} (every thing when {@code field} is null): the versions known from that day
     * or earlier and not replaced by then.
     */
    List<T> knownAt(String collection, String field, Object value, LocalDate asAt) {
        Criteria which = field == null ? new Criteria() : Criteria.where(field).is(value);
        Query query = Query.query(asAt == null
                ? which.and(CURRENT).is(true)
                : which.and(KNOWN_FROM).lte(asAt.toString()));
        if (decoded != null) {
            return decoded.read(mongo, collection, query, version -> asAt == null || stillValidOn(version, asAt));
        }
        return mongo.find(query, Document.class, collection).stream()
                .filter(version -> asAt == null || stillValidOn(version, asAt))
                .map(this::factsOf)
                .toList();
    }

    private T factsOf(Document version) {
        return FactDocuments.read(version.get(FACTS, Document.class), type);
    }

    private static boolean stillValidOn(Document version, LocalDate day) {
        String until = version.getString(KNOWN_UNTIL);
        return until == null || LocalDate.parse(until).isAfter(day);
    }

    private Document version(String id, String key, LocalDate knownFrom, LocalDate knownUntil, long sequence,
                             T facts) {
        Document version = new Document("_id", id).append(KEY, key);
        version.putAll(labels.apply(facts));
        return version.append(KNOWN_FROM, knownFrom.toString())
                .append(KNOWN_UNTIL, knownUntil == null ? null : knownUntil.toString())
                .append(CURRENT, knownUntil == null)
                .append(SequencedWrites.LAST_SEQUENCE, sequence)
                .append(FACTS, FactDocuments.write(facts));
    }
}
