package uk.wmpathways.caseservice.api.gpreferral;

/**
 * The practice sent this message already (the same request id, or without one the same bundle id): it was
 * recorded as {@code existingReferralId}, and nothing more is recorded.
 */
public class DuplicateGpReferralException extends RuntimeException {

    private final String existingReferralId;

    public DuplicateGpReferralException(String existingReferralId) {
        super("This referral message was received already");
        this.existingReferralId = existingReferralId;
    }

    public String existingReferralId() {
        return existingReferralId;
    }
}
