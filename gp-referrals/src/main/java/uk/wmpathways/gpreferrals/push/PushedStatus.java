package uk.wmpathways.gpreferrals.push;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * One status change to push to a practice, and how its delivery goes ({@value StatusPushes#COLLECTION}): kept in
 * MongoDB so that a restart loses nothing. The id is the referral and the change (Task status and milestone), so
 * the same change is queued once however often it is seen. {@code message} is the servicerequest-response Bundle
 * with the Task: nothing personal.
 *
 * @param nextAttemptAt when it is due: a sender claims it by moving this on by the claim time, so two instances do
 *                      not send it at once and a send cut off by a stop is tried again
 */
record PushedStatus(@Id String id, String referralId, String practiceOdsCode, String endpoint, String message,
                    State state, int attempts, Instant queuedAt, Instant nextAttemptAt, Instant deliveredAt,
                    Integer lastHttpStatus) {

    enum State {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** Answered 2xx by the practice's endpoint. */
        DELIVERED,
        /** Every attempt failed: left for an administrator to see; the practice can still read the Task. */
        GAVE_UP
    }
}
