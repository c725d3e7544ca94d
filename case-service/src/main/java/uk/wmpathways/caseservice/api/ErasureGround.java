package uk.wmpathways.caseservice.api;

/** Why a person's record is erased: the grounds of UK GDPR Article 17(1) that apply to this service. */
public enum ErasureGround {
    NO_LONGER_NECESSARY("No longer needed for the purpose it was collected for"),
    CONSENT_WITHDRAWN("Consent withdrawn, and no other lawful basis"),
    OBJECTION_UPHELD("The person objected, and there is no overriding legitimate ground"),
    UNLAWFULLY_PROCESSED("The data was processed unlawfully"),
    RETENTION_PERIOD_ENDED("The retention period after the last enrolment closed has ended");

    private final String label;

    ErasureGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
