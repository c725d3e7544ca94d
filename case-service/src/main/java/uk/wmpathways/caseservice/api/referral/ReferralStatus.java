package uk.wmpathways.caseservice.api.referral;

/** Where a referral stands. Only a pending referral can be accepted, declined or withdrawn. */
public enum ReferralStatus {
    PENDING("Waiting for an answer"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
