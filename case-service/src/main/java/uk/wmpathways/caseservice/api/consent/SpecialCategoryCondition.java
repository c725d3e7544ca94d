package uk.wmpathways.caseservice.api.consent;

/**
 * Why the service may hold special category data (health, ethnicity) about a person (UK GDPR Article 9 and the
 * Data Protection Act 2018, Schedule 1), in the words shown to caseworkers.
 */
public enum SpecialCategoryCondition {
    EXPLICIT_CONSENT("Explicit consent of the person"),
    HEALTH_OR_SOCIAL_CARE("Health or social care"),
    SUBSTANTIAL_PUBLIC_INTEREST_EQUALITY_MONITORING("Equality of opportunity monitoring (substantial public interest)"),
    VITAL_INTERESTS("Vital interests: to protect the person's life");

    private final String label;

    SpecialCategoryCondition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
