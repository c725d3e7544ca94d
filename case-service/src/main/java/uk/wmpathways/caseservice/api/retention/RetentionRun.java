package uk.wmpathways.caseservice.api.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One run of the retention job: when, who started it (the system, or the data protection officer who ran it
 * now), the day and policy it decided with, and what became of each person due (ids only).
 */
public record RetentionRun(String runId, Status status, String startedBy, Instant startedAt, Instant finishedAt,
                           LocalDate today, RetentionPolicy policy, List<String> erased, List<Refusal> refused,
                           List<String> heldProcessingRestricted, Counts counts, String failure,
                           List<String> gpReferralsErased) {

    /** A run before GP referrals were erased by retention, or one that erased none. */
    public RetentionRun(String runId, Status status, String startedBy, Instant startedAt, Instant finishedAt,
                        LocalDate today, RetentionPolicy policy, List<String> erased, List<Refusal> refused,
                        List<String> heldProcessingRestricted, Counts counts, String failure) {
        this(runId, status, startedBy, startedAt, finishedAt, today, policy, erased, refused,
                heldProcessingRestricted, counts, failure, List.of());
    }

    public enum Status {
        RUNNING,
        FINISHED,
        /** The run stopped before the end (the read side or the database could not be reached); see failure. */
        FAILED
    }

    /**
     * A person due whose erasure the record refused, and why (the refusal's words name no one); for a GP referral
     * due, {@code participantId} is the referral's id and the reason says it is a GP referral.
     */
    public record Refusal(String participantId, String reason) {
    }

    /**
     * {@code due}: how many the run found due when it began (0 until then); while it runs, {@code erased} and
     * {@code refused} count what it has done so far.
     */
    public record Counts(int erased, int refused, int heldProcessingRestricted, int due) {

        public Counts(int erased, int refused, int heldProcessingRestricted) {
            this(erased, refused, heldProcessingRestricted, 0);
        }
    }
}
