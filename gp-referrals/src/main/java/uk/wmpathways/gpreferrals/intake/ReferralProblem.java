package uk.wmpathways.gpreferrals.intake;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * One thing wrong with a referral bundle: what kind of wrong, the FHIR issue code, where ({@code expression}, a
 * FHIRPath into the bundle as sent) and what to do about it. The words never repeat a value from the bundle, so
 * that a problem can be shown or counted anywhere without carrying personal data.
 */
public record ReferralProblem(Kind kind, IssueType code, String expression, String diagnostics) {

    public enum Kind {
        /** Not a bundle we can read as a referral message at all (400). */
        INVALID,
        /** A well-formed referral message that breaks one of our rules (422). */
        UNPROCESSABLE
    }

    static ReferralProblem invalid(IssueType code, String expression, String diagnostics) {
        return new ReferralProblem(Kind.INVALID, code, expression, diagnostics);
    }

    static ReferralProblem unprocessable(IssueType code, String expression, String diagnostics) {
        return new ReferralProblem(Kind.UNPROCESSABLE, code, expression, diagnostics);
    }
}
