package uk.wmpathways.infra.access;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.wmpathways.infra.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The access log: append-only, apart from the application log, each entry chained to the one before by its
 * hash ({@link AccessLogEntry}). Entries are numbered 1, 2, 3… by a unique key, so two application instances
 * appending at once cannot both take a number: the loser reads the new tail and tries again.
 * <p>
 * Personal data is in here (who was looked at, the words searched for) and nowhere else: the data protection
 * role reads it through {@link AccessLogController}, and every such read is an entry too.
 */
public class AccessLog {

    static final String COLLECTION = "access_log";
    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;
    private final Clock clock;
    private AccessLogEntry tail;

    public AccessLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records that {@code caller} did {@code action} to the records named, for {@code purpose}. */
    public void record(Caller caller, AccessAction action, AccessPurpose purpose, Collection<String> participantIds,
                       String enrolmentId) {
        append(entry(caller, action, purpose, null, participantIds, enrolmentId, null));
    }

    /** Records a search: the words searched for and the people it returned. */
    public void recordSearch(Caller caller, AccessAction action, String query, Collection<String> participantIds) {
        append(entry(caller, action, AccessPurpose.OWN_ORGANISATION, null, participantIds, null, query));
    }

    /** Records a request for aggregate figures and its criteria: it shows nobody's record. */
    public void recordAggregate(Caller caller, AccessAction action, String criteria) {
        append(entry(caller, action, AccessPurpose.AGGREGATE, null, List.of(), null, criteria));
    }

    /** Records what needs a reason (breaking the glass, reviewing it). */
    public void recordWithReason(Caller caller, AccessAction action, AccessPurpose purpose, String reason,
                                 Collection<String> participantIds, String enrolmentId) {
        append(entry(caller, action, purpose, reason, participantIds, enrolmentId, null));
    }

    /** Records a sign-in or account event of {@code username} (no caller: it may have failed). */
    public void recordSecurity(String username, AccessAction action, String channel, String detail) {
        append(new AccessLogEntry(0, now(), username, "", null, channel, action, AccessPurpose.SECURITY, detail,
                List.of(), null, null, null, null));
    }

    private AccessLogEntry entry(Caller caller, AccessAction action, AccessPurpose purpose, String reason,
                                 Collection<String> participantIds, String enrolmentId, String query) {
        String roles = caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        return new AccessLogEntry(0, now(), caller.username(), roles, caller.organisation(), caller.channel(),
                action, purpose, reason, participantIds == null ? List.of() : List.copyOf(participantIds),
                enrolmentId, query, null, null);
    }

    /** Mongo keeps milliseconds: the hash must be of what is kept. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private synchronized void append(AccessLogEntry entry) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            AccessLogEntry last = tail != null ? tail : readTail();
            AccessLogEntry chained = last == null
                    ? entry.chainedTo(1, AccessLogEntry.GENESIS)
                    : entry.chainedTo(last.sequence() + 1, last.hash());
            try {
                mongo.insert(chained, COLLECTION);
                tail = chained;
                return;
            } catch (DuplicateKeyException anotherInstanceAppended) {
                tail = null;
            }
        }
        throw new IllegalStateException("Could not append to the access log: too many concurrent appends");
    }

    private AccessLogEntry readTail() {
        return mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                AccessLogEntry.class, COLLECTION);
    }

    /** The newest entry, if any. */
    public Optional<AccessLogEntry> head() {
        return Optional.ofNullable(readTail());
    }

    /** Entries about one participant, newest first. */
    public List<AccessLogEntry> aboutParticipant(String participantId, int limit) {
        return find(Criteria.where("participantIds").is(participantId), limit);
    }

    /** Entries of one user's actions, newest first. */
    public List<AccessLogEntry> byUser(String username, int limit) {
        return find(Criteria.where("username").is(username), limit);
    }

    /** Entries of one action (for example every break-glass use), newest first. */
    public List<AccessLogEntry> ofAction(AccessAction action, int limit) {
        return find(Criteria.where("action").is(action), limit);
    }

    private List<AccessLogEntry> find(Criteria criteria, int limit) {
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit),
                AccessLogEntry.class, COLLECTION);
    }

    /**
     * Walks the chain from the oldest entry kept: the sequence number of the first entry that was changed,
     * or whose predecessor was removed or changed; empty when the log is intact.
     */
    public OptionalLong firstBrokenEntry() {
        String expectedPrevious = null;
        long expectedSequence = -1;
        try (var entries = mongo.stream(new Query().with(Sort.by("_id")), AccessLogEntry.class, COLLECTION)) {
            for (AccessLogEntry entry : (Iterable<AccessLogEntry>) entries::iterator) {
                boolean linked = expectedPrevious == null
                        || (entry.sequence() == expectedSequence && expectedPrevious.equals(entry.previousHash()));
                if (!linked || !entry.sealed()) {
                    return OptionalLong.of(entry.sequence());
                }
                expectedPrevious = entry.hash();
                expectedSequence = entry.sequence() + 1;
            }
        }
        return OptionalLong.empty();
    }

    /** Removes entries older than {@code cutoff}; the oldest kept entry then anchors the chain. */
    public long removeOlderThan(Instant cutoff) {
        tail = null;
        return mongo.remove(Query.query(Criteria.where("at").lt(cutoff)), COLLECTION).getDeletedCount();
    }
}
