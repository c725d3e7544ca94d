package uk.wmpathways.caseservice.api.enrolment;

/** Why a tenancy ended. */
public enum TenancyEndReason {
    PLANNED_MOVE_ON("Planned move-on"),
    EVICTION("Eviction"),
    ABANDONMENT("Abandonment"),
    CUSTODY("Custody"),
    HOSPITAL("Hospital"),
    DEATH("Death");

    private final String label;

    TenancyEndReason(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
