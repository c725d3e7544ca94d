package uk.wmpathways.gpreferrals.push;

import java.time.Instant;
import java.util.List;

/**
 * The messages of the administrators' view of status pushes: which ones gave up (and trying one again, with
 * {@code RetryGpReferralStatusPush}, in case-service's api for {@code CommandAccess}). Ids and codes only: a push's
 * message holds no personal data, and none is listed.
 */
public final class StatusPushAdministration {

    private StatusPushAdministration() {
    }

    /** The pushes in a state (newest first, at most {@link #MAX}); administrators only. */
    public record ListStatusPushes(String state) {
        public static final int MAX = 500;
    }

    /** Why the last attempt failed, without the answer's body. */
    public enum FailureKind {
        /** The practice's endpoint answered with a status that is not 2xx ({@code lastHttpStatus}). */
        HTTP_STATUS,
        /** No answer: no connection, a timeout or an address that could not be used. */
        NO_ANSWER
    }

    /**
     * One push as listed.
     *
     * @param taskStatus the Task status it pushes; {@code milestone} the milestone's code, or none
     */
    public record StatusPushSummary(String pushId, String referralId, String practiceOdsCode, String taskStatus,
                                    String milestone, String state, int attempts, FailureKind lastFailure,
                                    Integer lastHttpStatus, Instant queuedAt) {
    }

    /** Answered as 404. */
    public static class UnknownStatusPushException extends RuntimeException {
        public UnknownStatusPushException() {
            super("No status push has this id");
        }
    }

    /** Answered as 409: only a push that gave up is tried again by hand. */
    public static class StatusPushNotGivenUpException extends RuntimeException {
        public StatusPushNotGivenUpException() {
            super("Only a push that gave up can be retried: this one is pending or delivered");
        }
    }

    /** Answered as 400, on the field {@code state}. */
    public static class UnknownPushStateException extends RuntimeException {
        public UnknownPushStateException() {
            super("The state must be one of " + List.of(PushedStatus.State.values()));
        }
    }
}
