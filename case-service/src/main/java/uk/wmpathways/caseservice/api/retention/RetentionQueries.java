package uk.wmpathways.caseservice.api.retention;

import java.time.LocalDate;
import java.util.List;

/** Questions about records past their retention period: the data protection officer's and the retention job's. */
public final class RetentionQueries {

    private RetentionQueries() {
    }

    /**
     * The people whose retention period has ended on {@code today} under {@code policy} ({@link RetentionRule}):
     * answered with {@link ParticipantsPastRetention}. Answered to the system and the data protection officer only.
     */
    public record FindParticipantsPastRetention(LocalDate today, RetentionPolicy policy) {
    }

    /** Ids only: who is due for erasure, and who would be but is held because processing is restricted. */
    public record ParticipantsPastRetention(LocalDate today, List<String> due, List<String> heldProcessingRestricted) {
        public ParticipantsPastRetention {
            due = List.copyOf(due);
            heldProcessingRestricted = List.copyOf(heldProcessingRestricted);
        }
    }

    /**
     * The GP referrals that never became an enrolment whose retention period has ended on {@code today} under
     * {@code policy} ({@link GpReferralRetentionRule}): answered with {@link GpReferralsPastRetention}. Answered to
     * the system and the data protection officer only.
     */
    public record FindGpReferralsPastRetention(LocalDate today, RetentionPolicy policy) {
    }

    /** Referral ids only. */
    public record GpReferralsPastRetention(LocalDate today, List<String> due) {
        public GpReferralsPastRetention {
            due = List.copyOf(due);
        }
    }

    /** The most recent runs, newest first: answered with a list of {@link RetentionRun}. Data protection only. */
    public record ListRetentionRuns(int limit) {
        public static final int MAX = 100;
    }

    /** One run: answered with a {@link RetentionRun}, or null when there is none with this id. Data protection only. */
    public record FindRetentionRun(String runId) {
    }
}
