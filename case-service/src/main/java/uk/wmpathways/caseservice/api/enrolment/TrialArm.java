package uk.wmpathways.caseservice.api.enrolment;

/** The Thrive into Work trial arms: IPS support (treatment) or usual care (control). */
public enum TrialArm {
    TREATMENT("Treatment (IPS)"),
    CONTROL("Control (usual care)");

    private final String label;

    TrialArm(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
