package uk.wmpathways.gpreferrals.status;

/**
 * Questions about GP referrals a practice sent, answered for the caller in the query's metadata: a GP referrer
 * reads only their own practice's referrals; anyone else is refused.
 */
public final class GpReferralStatusQueries {

    private GpReferralStatusQueries() {
    }

    /**
     * One referral's {@link GpReferralStatus}; answers with no status when there is none with this id or it is
     * another practice's (a GP learns nothing of another practice's referrals, not even that one exists).
     */
    public record FindGpReferralStatus(String referralId) {
    }

    /**
     * The caller's practice's referrals, newest first (at most {@code limit}, 1 to 500): answered with a list of
     * {@link GpReferralStatus}. Only a GP referrer linked to a practice; anyone else is refused.
     */
    public record ListPracticeGpReferrals(int limit) {
    }
}
