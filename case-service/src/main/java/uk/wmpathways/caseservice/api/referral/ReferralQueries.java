package uk.wmpathways.caseservice.api.referral;

/**
 * Queries about referrals, answered by the reporting module for the caller's organisation (the caller in the
 * message's metadata); each read of a referral, which names a person, is recorded in the access log.
 */
public final class ReferralQueries {

    private ReferralQueries() {
    }

    /** Referrals to the caller's organisation, newest first: a list of {@link ReferralSummary}. */
    public record FindIncomingReferrals() {
    }

    /** Referrals the caller's organisation made, newest first: a list of {@link ReferralSummary}. */
    public record FindOutgoingReferrals() {
    }

    /** One referral ({@link ReferralSummary}), or null when none has this id. */
    public record FindReferral(String referralId) {
    }
}
