package uk.wmpathways.caseservice.api.enrolment;

/** Why an enrolment was closed. */
public enum ExitReason {
    SUPPORT_COMPLETED("Support completed"),
    SUSTAINED_EMPLOYMENT("In sustained employment"),
    DISENGAGED("Disengaged"),
    MOVED_OUT_OF_AREA("Moved out of the area"),
    TRANSFERRED_TO_OTHER_SERVICE("Transferred to another service"),
    IN_CUSTODY("In custody"),
    IN_HOSPITAL("In hospital"),
    DIED("Died"),
    NOT_ELIGIBLE("Not eligible"),
    CONSENT_NOT_GIVEN("Consent not given"),
    WITHDREW("Withdrew"),
    OTHER("Other");

    private final String label;

    ExitReason(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
