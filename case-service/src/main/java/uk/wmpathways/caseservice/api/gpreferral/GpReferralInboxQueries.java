package uk.wmpathways.caseservice.api.gpreferral;

/**
 * The IPS service's GP referral inbox: the referrals received by the caller's organisation, answered by the read
 * side for the caller in the query's metadata. Caseworkers of the receiving organisation read them in full;
 * its programme managers read the worklist without the person (no name, date of birth, NHS number, contact
 * details, reason, flags or note: they read no case content); everyone else is refused.
 */
public final class GpReferralInboxQueries {

    private GpReferralInboxQueries() {
    }

    /**
     * The caller's organisation's referrals, newest received first; {@code status} (a FHIR Task status:
     * requested, received, accepted, rejected, cancelled) keeps only those, null for all. Answered with a list of
     * {@link GpReferralInboxEntry}.
     */
    public record ListGpReferralInbox(String status) {
    }

    /**
     * One referral of the caller's organisation, a {@link GpReferralInboxEntry}; answers none when no referral
     * has the id. Another organisation's is refused.
     */
    public record FindGpReferralInboxEntry(String referralId) {
    }
}
