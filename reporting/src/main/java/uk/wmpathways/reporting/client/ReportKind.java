package uk.wmpathways.reporting.client;

import uk.wmpathways.reporting.api.Definition;

/** The outcome reports a programme manager can ask for, by the name used in their address and file names. */
public enum ReportKind {
    THRIVE_INTO_WORK("thrive-into-work", "Thrive into Work outcomes", Definition.Report.THRIVE_INTO_WORK),
    HOUSING_FIRST("housing-first", "Housing First outcomes", Definition.Report.HOUSING_FIRST),
    ROUGH_SLEEPING("rough-sleeping", "Rough Sleeping Initiative outcomes", Definition.Report.ROUGH_SLEEPING),
    FUNDING("funding", "Funding and outcomes", Definition.Report.FUNDING),
    EQUALITY("equality", "Equality breakdown", Definition.Report.EQUALITY),
    GP_REFERRALS("gp-referrals", "GP referrals into Thrive into Work", Definition.Report.GP_REFERRALS);

    private final String slug;
    private final String title;
    private final Definition.Report definitions;

    ReportKind(String slug, String title, Definition.Report definitions) {
        this.slug = slug;
        this.title = title;
        this.definitions = definitions;
    }

    /** Whose definitions its figures have. */
    public Definition.Report definitions() {
        return definitions;
    }

    /** As in the address and the file name: {@code thrive-into-work}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
