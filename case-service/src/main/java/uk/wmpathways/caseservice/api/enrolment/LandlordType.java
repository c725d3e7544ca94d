package uk.wmpathways.caseservice.api.enrolment;

/** The kind of landlord of a tenancy. */
public enum LandlordType {
    SOCIAL("Social landlord"),
    PRIVATE_RENTED("Private rented");

    private final String label;

    LandlordType(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
