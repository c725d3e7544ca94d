package uk.wmpathways.caseservice.api.consent;

import java.util.Arrays;
import java.util.List;

/**
 * Why processing of a record is restricted: the grounds of UK GDPR Article 18(1), in plain words. The data
 * protection officer restricts on the first four; {@link #CONSENT_WITHDRAWN} is the restriction the record takes by
 * itself when the consent it is held on is withdrawn, never chosen.
 */
public enum RestrictionGround {
    ACCURACY_CONTESTED("The person contests the accuracy of their record, while it is checked"),
    UNLAWFUL_PROCESSING_ERASURE_OPPOSED("Processed unlawfully, and the person asks for restriction instead of erasure"),
    NEEDED_FOR_LEGAL_CLAIMS("No longer needed by us, but the person needs it kept for a legal claim"),
    OBJECTION_PENDING("The person objected, while we check whether our grounds override theirs"),
    CONSENT_WITHDRAWN("The person withdrew the consent their record is held on");

    private final String label;

    RestrictionGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The grounds the data protection officer chooses from. */
    public static List<RestrictionGround> officersGrounds() {
        return Arrays.stream(values()).filter(ground -> ground != CONSENT_WITHDRAWN).toList();
    }
}
