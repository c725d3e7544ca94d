package uk.wmpathways.gpreferrals.web;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import uk.wmpathways.gpreferrals.intake.ReferralProblem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Errors as FHIR answers them: an OperationOutcome with an issue per problem (severity, code, the path in
 * {@code expression}, what to do in {@code diagnostics}), and the BaRS error code for the HTTP status in
 * {@code details} (the receiver's {@code REC_} codes).
 */
final class OperationOutcomes {

    static final String BARS_ERROR_CODES = "https://fhir.nhs.uk/CodeSystem/http-error-codes";
    private static final Map<Integer, String> BARS_CODES = Map.of(
            400, "REC_BAD_REQUEST", 401, "REC_UNAUTHORIZED", 403, "REC_FORBIDDEN", 404, "REC_NOT_FOUND",
            409, "REC_CONFLICT", 422, "REC_UNPROCESSABLE_ENTITY", 429, "REC_TOO_MANY_REQUESTS",
            500, "REC_SERVER_ERROR", 503, "REC_SERVICE_UNAVAILABLE");

    private OperationOutcomes() {
    }

    static OperationOutcome of(HttpStatus status, List<ReferralProblem> problems) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.setId(UUID.randomUUID().toString());
        for (ReferralProblem problem : problems) {
            issue(outcome, status, problem.code(), problem.diagnostics()).addExpression(problem.expression());
        }
        return outcome;
    }

    /** One error with no path (about the request as a whole: sign-in, content type, size). */
    static OperationOutcome of(HttpStatus status, IssueType code, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.setId(UUID.randomUUID().toString());
        issue(outcome, status, code, diagnostics);
        return outcome;
    }

    private static OperationOutcome.OperationOutcomeIssueComponent issue(OperationOutcome outcome, HttpStatus status,
                                                                        IssueType code, String diagnostics) {
        String barsCode = BARS_CODES.getOrDefault(status.value(), status.is5xxServerError() ? "REC_SERVER_ERROR"
                : "REC_BAD_REQUEST");
        return outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(code)
                .setDetails(new CodeableConcept(new Coding(BARS_ERROR_CODES, barsCode, status.value() + " - " + barsCode)))
                .setDiagnostics(diagnostics);
    }
}
