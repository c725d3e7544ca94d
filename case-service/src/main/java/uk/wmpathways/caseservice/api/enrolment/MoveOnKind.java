package uk.wmpathways.caseservice.api.enrolment;

/** Where a person moved on to from rough sleeping or emergency accommodation. */
public enum MoveOnKind {
    SETTLED_ACCOMMODATION("Settled accommodation"),
    RECONNECTION("Reconnection to another area");

    private final String label;

    MoveOnKind(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
