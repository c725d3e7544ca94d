package uk.wmpathways.caseservice.participant;

import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the law gives a right to erasure on the ground given, for a record held on its basis (UK GDPR
 * Article 17): a record held for a public task or a legal obligation is kept for its retention period
 * (Article 17(3)(b)) unless it was processed unlawfully; consent withdrawn is a ground only where consent is the
 * basis and has been withdrawn; the end of the retention period is the retention job's to act on.
 */
final class ErasureRules {

    private ErasureRules() {
    }

    static Optional<String> whyNot(LawfulBasis basis, ErasureGround ground, boolean standingConsentToProcessing,
                                   boolean retentionJob) {
        if (ground == ErasureGround.RETENTION_PERIOD_ENDED && !retentionJob) {
            return Optional.of("The end of the retention period is acted on by the retention job, which checks it");
        }
        if (ground == ErasureGround.CONSENT_WITHDRAWN) {
            if (basis != LawfulBasis.CONSENT) {
                return Optional.of("The record is not held on the basis of consent"
                        + (basis == null ? "" : " but of " + words(basis))
                        + ": withdrawing consent gives no right to erasure. Restrict processing instead.");
            }
            if (standingConsentToProcessing) {
                return Optional.of("The person's consent to processing has not been withdrawn; record the withdrawal"
                        + " first");
            }
        }
        if ((basis == LawfulBasis.PUBLIC_TASK || basis == LawfulBasis.LEGAL_OBLIGATION)
                && ground != ErasureGround.UNLAWFULLY_PROCESSED && ground != ErasureGround.RETENTION_PERIOD_ENDED) {
            return Optional.of("The record is held for " + words(basis)
                    + " and is kept for its retention period (UK GDPR Article 17(3)(b)). Restrict processing"
                    + " instead; it is erased when the retention period ends.");
        }
        return Optional.empty();
    }

    /** An open case is still being delivered under the basis it was recorded on: it is closed first. */
    static Optional<String> whileOpen(int openEnrolments) {
        if (openEnrolments == 0) {
            return Optional.empty();
        }
        return Optional.of("This person has " + openEnrolments
                + (openEnrolments == 1 ? " open enrolment" : " open enrolments") + "; close "
                + (openEnrolments == 1 ? "it" : "them") + " before erasing the record, or restrict processing instead");
    }

    private static String words(LawfulBasis basis) {
        return basis.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
