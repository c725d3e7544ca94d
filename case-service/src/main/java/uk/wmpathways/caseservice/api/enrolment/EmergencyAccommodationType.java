package uk.wmpathways.caseservice.api.enrolment;

/** Kinds of emergency or interim accommodation. */
public enum EmergencyAccommodationType {
    NIGHT_SHELTER("Night shelter"),
    HUB("Assessment hub"),
    BED_AND_BREAKFAST("B&B"),
    HOSTEL("Hostel");

    private final String label;

    EmergencyAccommodationType(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
