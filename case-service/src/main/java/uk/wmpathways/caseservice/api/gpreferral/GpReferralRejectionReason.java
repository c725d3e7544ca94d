package uk.wmpathways.caseservice.api.gpreferral;

/**
 * Why the service did not take a GP referral on; the code is what the FHIR Task's {@code statusReason} carries.
 */
public enum GpReferralRejectionReason {
    NOT_ELIGIBLE("not-eligible", "Not eligible for Thrive into Work"),
    DECLINED("declined", "The person declined"),
    COULD_NOT_CONTACT("could-not-contact", "The person could not be contacted"),
    OTHER("other", "Another reason (see the note)");

    private final String code;
    private final String label;

    GpReferralRejectionReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The words shown to people (caseworkers and the referring GP). */
    public String label() {
        return label;
    }
}
