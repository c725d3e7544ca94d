package uk.wmpathways.caseservice.api.enrolment;

/** Why a Housing First referral was declined at the eligibility assessment. */
public enum DeclineReason {
    DOES_NOT_MEET_CRITERIA("Does not meet the Housing First criteria"),
    NEEDS_MET_ELSEWHERE("Needs better met by another service"),
    OUT_OF_AREA("Outside the area"),
    DECLINED_BY_PERSON("The person declined"),
    OTHER("Other");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
