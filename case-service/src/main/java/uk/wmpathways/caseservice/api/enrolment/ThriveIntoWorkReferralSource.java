package uk.wmpathways.caseservice.api.enrolment;

/** Who referred a person to Thrive into Work. */
public enum ThriveIntoWorkReferralSource {
    GP("GP"),
    OTHER_PRIMARY_CARE("Other primary care"),
    COMMUNITY_HEALTH_TEAM("Community health team"),
    SELF("Self-referral");

    private final String label;

    ThriveIntoWorkReferralSource(String label) {
        this.label = label;
    }

    /** The words shown to people. */
    public String label() {
        return label;
    }
}
