package uk.wmpathways.caseservice.api.referral;

/** A referral is decided once: it was accepted, declined or withdrawn already. Nothing was recorded. */
public class ReferralAlreadyDecidedException extends RuntimeException {

    private final ReferralStatus status;

    public ReferralAlreadyDecidedException(ReferralStatus status) {
        super("This referral was " + status.label().toLowerCase(java.util.Locale.ROOT) + " already");
        this.status = status;
    }

    public ReferralStatus status() {
        return status;
    }
}
