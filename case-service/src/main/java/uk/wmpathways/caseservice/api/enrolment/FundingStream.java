package uk.wmpathways.caseservice.api.enrolment;

/** The funds an enrolment is delivered under; each belongs to one pathway. */
public enum FundingStream {
    HOUSING_FIRST_PILOT(Pathway.HOUSING_FIRST, "Housing First pilot"),
    ROUGH_SLEEPING_INITIATIVE(Pathway.ROUGH_SLEEPING_INITIATIVE, "Rough Sleeping Initiative"),
    THRIVE_INTO_WORK_TRIAL(Pathway.THRIVE_INTO_WORK, "Thrive into Work trial (RCT)"),
    THRIVE_INTO_WORK_EXPANSION(Pathway.THRIVE_INTO_WORK, "Thrive into Work expansion");

    private final Pathway pathway;
    private final String label;

    FundingStream(Pathway pathway, String label) {
        this.pathway = pathway;
        this.label = label;
    }

    public Pathway pathway() {
        return pathway;
    }

    public String label() {
        return label;
    }
}
