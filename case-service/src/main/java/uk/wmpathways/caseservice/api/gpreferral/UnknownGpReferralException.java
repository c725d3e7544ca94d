package uk.wmpathways.caseservice.api.gpreferral;

/** No GP referral has the id asked for (answered 404). The message never repeats the id. */
public class UnknownGpReferralException extends RuntimeException {

    public UnknownGpReferralException() {
        super("No GP referral has this id");
    }
}
