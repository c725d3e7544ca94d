package uk.wmpathways.infra.access;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.wmpathways.infra.security.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Breaking the glass: a caseworker who must see a person's record that is not shared with their organisation
 * (a safeguarding emergency) states why, and sees it for {@link #duration} — read only, never a change. The use
 * is written to the access log with its reason and waits for the data protection officer's review.
 */
public class BreakGlass {

    public static final int MIN_REASON_LENGTH = 10;
    public static final int MAX_REASON_LENGTH = 500;

    private final MongoTemplate mongo;
    private final AccessLog log;
    private final Clock clock;
    private final Duration duration;

    public BreakGlass(MongoTemplate mongo, AccessLog log, Clock clock, Duration duration) {
        this.mongo = mongo;
        this.log = log;
        this.clock = clock;
        this.duration = duration;
    }

    /** Grants {@code caller} time-limited sight of the person's record; refused without a reason. */
    public BreakGlassUse breakGlass(Caller caller, String participantId, String reason) {
        if (!caller.has(Role.CASEWORKER)) {
            throw new AccessRefusedException("Only a caseworker can break the glass");
        }
        String stated = reason == null ? "" : reason.strip();
        if (stated.length() < MIN_REASON_LENGTH || stated.length() > MAX_REASON_LENGTH) {
            throw new BreakGlassReasonException("Say why you must see this record (" + MIN_REASON_LENGTH
                    + " to " + MAX_REASON_LENGTH + " characters): it is reviewed by the data protection officer");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        BreakGlassUse use = new BreakGlassUse(UUID.randomUUID().toString(), caller.username(),
                caller.organisation(), participantId, stated, now, now.plus(duration), null, null, null);
        mongo.insert(use);
        log.recordWithReason(caller, AccessAction.BREAK_GLASS, AccessPurpose.BREAK_GLASS, stated,
                List.of(participantId), null);
        return use;
    }

    /** The caller's use of the glass for this person that has not expired yet, if any. */
    public Optional<BreakGlassUse> active(Caller caller, String participantId) {
        if (caller.system() || !caller.has(Role.CASEWORKER)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("username").is(caller.username())
                .and("participantId").is(participantId).and("expiresAt").gt(clock.instant())), BreakGlassUse.class));
    }

    /** The participants the caller may see through the glass right now. */
    public List<String> activeParticipants(Caller caller) {
        if (caller.system() || !caller.has(Role.CASEWORKER)) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("username").is(caller.username())
                        .and("expiresAt").gt(clock.instant())), BreakGlassUse.class).stream()
                .map(BreakGlassUse::participantId).distinct().toList();
    }

    /** Uses waiting for review (or all, newest first), for the data protection officer. */
    public List<BreakGlassUse> uses(Caller caller, boolean unreviewedOnly, int limit) {
        requireDataProtection(caller);
        Query query = unreviewedOnly ? Query.query(Criteria.where("reviewedBy").is(null)) : new Query();
        List<BreakGlassUse> uses = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "grantedAt")).limit(limit),
                BreakGlassUse.class);
        log.record(caller, AccessAction.READ_ACCESS_LOG, AccessPurpose.OVERSIGHT,
                uses.stream().map(BreakGlassUse::participantId).distinct().toList(), null);
        return uses;
    }

    /** The data protection officer's review of one use; false when there is no such use. */
    public boolean review(Caller caller, String useId, String note) {
        requireDataProtection(caller);
        BreakGlassUse use = mongo.findById(useId, BreakGlassUse.class);
        if (use == null) {
            return false;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(useId)), new Update()
                .set("reviewedBy", caller.username()).set("reviewedAt", clock.instant()).set("reviewNote", note),
                BreakGlassUse.class);
        log.recordWithReason(caller, AccessAction.REVIEW_BREAK_GLASS, AccessPurpose.OVERSIGHT, note,
                List.of(use.participantId()), null);
        return true;
    }

    static void requireDataProtection(Caller caller) {
        if (!caller.has(Role.DATA_PROTECTION)) {
            throw new AccessRefusedException("Only the data protection role reviews the access log");
        }
    }
}
