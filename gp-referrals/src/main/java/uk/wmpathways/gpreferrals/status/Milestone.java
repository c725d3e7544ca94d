package uk.wmpathways.gpreferrals.status;

/**
 * The Thrive into Work milestones a referring GP may know (the Task's businessStatus), in the order they are
 * reached. Each says that something happened and when, never what (no employer, no notes).
 */
public enum Milestone {
    /** The first contact logged with the person (face to face, phone or video) or their vocational profile. */
    SEEN_BY_EMPLOYMENT_SPECIALIST("seen-by-employment-specialist", "Seen by an employment specialist"),
    /** The first paid job of at least 4 hours a week (the IPS convention for a job start). */
    STARTED_WORK("started-work", "Started work"),
    /** A job was confirmed still held 13 weeks after it started (the trial's primary outcome). */
    IN_WORK_AT_13_WEEKS("in-work-at-13-weeks", "In work at 13 weeks");

    /** Our code system for the milestones (Task.businessStatus). */
    public static final String SYSTEM = "https://pathways.wmpathways.uk/CodeSystem/gp-referral-milestone";

    private final String code;
    private final String label;

    Milestone(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The words shown to the referrer. */
    public String label() {
        return label;
    }
}
