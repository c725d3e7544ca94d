package uk.wmpathways.reporting.client;

/** The outcome reports a programme manager can ask for, by the name used in their address and file names. */
public enum ReportKind {
    THRIVE_INTO_WORK("thrive-into-work", "Thrive into Work outcomes"),
    HOUSING_FIRST("housing-first", "Housing First outcomes"),
    ROUGH_SLEEPING("rough-sleeping", "Rough Sleeping Initiative outcomes"),
    FUNDING("funding", "Funding and outcomes"),
    EQUALITY("equality", "Equality breakdown");

    private final String slug;
    private final String title;

    ReportKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** As in the address and the file name: {@code thrive-into-work}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
