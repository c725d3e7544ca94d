package uk.wmpathways.caseservice.api.enrolment;

/** Who referred a person to Housing First. */
public enum HousingFirstReferralSource {
    OUTREACH("Outreach"),
    HOSTEL("Hostel"),
    PRISON_OR_PROBATION("Prison or probation"),
    HOSPITAL("Hospital"),
    LOCAL_AUTHORITY("Local authority");

    private final String label;

    HousingFirstReferralSource(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
