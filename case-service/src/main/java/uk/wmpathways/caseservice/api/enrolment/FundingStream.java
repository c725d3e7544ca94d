package uk.wmpathways.caseservice.api.enrolment;

/**
 * The funds an enrolment is delivered under; each belongs to one pathway and has the allocation published for
 * it (domain.md), which drawdowns cannot exceed.
 */
public enum FundingStream {
    HOUSING_FIRST_PILOT(Pathway.HOUSING_FIRST, "Housing First pilot", 9_600_000),
    ROUGH_SLEEPING_INITIATIVE(Pathway.ROUGH_SLEEPING_INITIATIVE, "Rough Sleeping Initiative", 1_200_000),
    THRIVE_INTO_WORK_TRIAL(Pathway.THRIVE_INTO_WORK, "Thrive into Work trial (RCT)", 10_200_000),
    THRIVE_INTO_WORK_EXPANSION(Pathway.THRIVE_INTO_WORK, "Thrive into Work expansion", 3_700_000);

    private final Pathway pathway;
    private final String label;
    private final long allocationPounds;

    FundingStream(Pathway pathway, String label, long allocationPounds) {
        this.pathway = pathway;
        this.label = label;
        this.allocationPounds = allocationPounds;
    }

    public long allocationPounds() {
        return allocationPounds;
    }

    public Pathway pathway() {
        return pathway;
    }

    public String label() {
        return label;
    }
}
