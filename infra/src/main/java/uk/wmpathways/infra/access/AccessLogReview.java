package uk.wmpathways.infra.access;

import java.util.List;
import java.util.OptionalLong;

/**
 * The data protection officer's questions, the same for the UI and the API: who looked at this person, what
 * did this user look at, which break-glass uses wait for review, is the log intact. Only the data protection
 * role may ask, and every answer is itself written to the log.
 */
public class AccessLogReview {

    public static final int MAX_ENTRIES = 1000;

    private final AccessLog log;
    private final BreakGlass breakGlass;

    public AccessLogReview(AccessLog log, BreakGlass breakGlass) {
        this.log = log;
        this.breakGlass = breakGlass;
    }

    /** Who looked at this person, newest first (at most {@value #MAX_ENTRIES}). */
    public List<AccessLogEntry> aboutParticipant(Caller caller, String participantId) {
        BreakGlass.requireDataProtection(caller);
        List<AccessLogEntry> entries = log.aboutParticipant(participantId, MAX_ENTRIES);
        log.recordSearch(caller, AccessAction.READ_ACCESS_LOG, "participant " + participantId, List.of(participantId));
        return entries;
    }

    /** What this user did, newest first (at most {@value #MAX_ENTRIES}). */
    public List<AccessLogEntry> byUser(Caller caller, String username) {
        BreakGlass.requireDataProtection(caller);
        List<AccessLogEntry> entries = log.byUser(username, MAX_ENTRIES);
        log.recordSearch(caller, AccessAction.READ_ACCESS_LOG, "user " + username, List.of());
        return entries;
    }

    public List<BreakGlassUse> breakGlassUses(Caller caller, boolean unreviewedOnly) {
        return breakGlass.uses(caller, unreviewedOnly, MAX_ENTRIES);
    }

    public boolean review(Caller caller, String useId, String note) {
        return breakGlass.review(caller, useId, note);
    }

    /** The first entry found changed or out of the chain; empty when the log is intact. */
    public OptionalLong verify(Caller caller) {
        BreakGlass.requireDataProtection(caller);
        OptionalLong broken = log.firstBrokenEntry();
        log.record(caller, AccessAction.READ_ACCESS_LOG, AccessPurpose.OVERSIGHT, List.of(), null);
        return broken;
    }
}
