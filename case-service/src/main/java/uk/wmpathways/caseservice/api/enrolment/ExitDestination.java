package uk.wmpathways.caseservice.api.enrolment;

/** Where a person went when a Housing First or Rough Sleeping Initiative enrolment closed. */
public enum ExitDestination {
    SOCIAL_RENTED_TENANCY("Social rented tenancy"),
    PRIVATE_RENTED_TENANCY("Private rented tenancy"),
    SUPPORTED_ACCOMMODATION("Supported accommodation"),
    EMERGENCY_OR_TEMPORARY_ACCOMMODATION("Emergency or temporary accommodation"),
    FAMILY_OR_FRIENDS("Living with family or friends"),
    ROUGH_SLEEPING("Rough sleeping"),
    CUSTODY("Custody"),
    HOSPITAL_OR_CARE("Hospital or care"),
    DIED("Died"),
    OTHER("Other"),
    NOT_KNOWN("Not known");

    private final String label;

    ExitDestination(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
