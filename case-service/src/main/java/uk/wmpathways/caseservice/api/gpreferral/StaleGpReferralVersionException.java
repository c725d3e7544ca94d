package uk.wmpathways.caseservice.api.gpreferral;

/**
 * The referral changed since the caseworker looked at it (their version is not the current one): the decision is
 * refused, so that nobody decides on what they have not seen. Answered 409.
 */
public class StaleGpReferralVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleGpReferralVersionException(long currentVersion) {
        super("This GP referral changed since it was shown: look at it again before deciding");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
