package uk.wmpathways.gpreferrals.status;

/**
 * Told of each change of a referral's Task status or businessStatus as the projection records it live (never
 * while replaying: a rebuild recomputes the read model, it does not happen again). The optional push to the
 * practice listens here.
 */
public interface GpReferralStatusChanges {

    /** {@code status} as it now stands; called in the projection's unit of work, so it must not block. */
    void changed(GpReferralStatus status);
}
