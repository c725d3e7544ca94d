package uk.wmpathways.caseservice.api.gpreferral;

/**
 * The referral was accepted, rejected or cancelled already ({@code decision} says which, in words): nothing more is
 * recorded. Answered 409.
 */
public class GpReferralAlreadyDecidedException extends RuntimeException {

    private final String decision;

    public GpReferralAlreadyDecidedException(String decision) {
        super("This GP referral was " + decision + " already");
        this.decision = decision;
    }

    public String decision() {
        return decision;
    }
}
