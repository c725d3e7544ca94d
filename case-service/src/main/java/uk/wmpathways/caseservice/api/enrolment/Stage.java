package uk.wmpathways.caseservice.api.enrolment;

/** Where an enrolment is in its pathway. */
public enum Stage {
    REFERRED("Referred"),
    ACCEPTED("Accepted, awaiting tenancy"),
    HOUSED("In tenancy"),
    TENANCY_ENDED("Tenancy ended, awaiting re-housing"),
    CONTACTED("Contacted by outreach"),
    IN_EMERGENCY_ACCOMMODATION("In emergency accommodation"),
    MOVED_ON("Moved on"),
    RETURNED_TO_ROUGH_SLEEPING("Returned to rough sleeping"),
    ENROLLED("Enrolled, awaiting trial allocation"),
    LOOKING_FOR_WORK("Looking for work"),
    IN_WORK("In work"),
    CLOSED("Closed");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
