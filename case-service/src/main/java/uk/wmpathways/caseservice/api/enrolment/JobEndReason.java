package uk.wmpathways.caseservice.api.enrolment;

/** Why a job ended. */
public enum JobEndReason {
    RESIGNED("Resigned"),
    DISMISSED("Dismissed"),
    END_OF_CONTRACT("End of contract"),
    REDUNDANCY("Redundancy"),
    HEALTH("Health reasons"),
    OTHER("Other");

    private final String label;

    JobEndReason(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
