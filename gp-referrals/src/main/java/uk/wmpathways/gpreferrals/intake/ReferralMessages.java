package uk.wmpathways.gpreferrals.intake;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import uk.wmpathways.gpreferrals.fhir.BaseR4Validation;
import uk.wmpathways.gpreferrals.intake.GpReferralIntake.ReferralReceipt;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.time.UkTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A GP referral message from receipt to the intake, in the order a sender can act on: readable JSON, a Bundle, valid
 * against base R4 (400 with every problem's path), a referral message by our rules (400 or 422), sent by a GP of
 * the referring practice (403); then handed to {@link GpReferralIntake}. A refused message changes nothing.
 */
@Service
public class ReferralMessages {

    private final FhirContext fhirContext;
    private final BaseR4Validation validation;
    private final GpPractices practices;
    private final GpReferralIntake intake;
    private final Clock clock;

    public ReferralMessages(FhirContext fhirContext, BaseR4Validation validation, GpPractices practices,
                            GpReferralIntake intake, Clock clock) {
        this.fhirContext = fhirContext;
        this.validation = validation;
        this.practices = practices;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * A referral message taken in: the bundle as read, the referral it states and the intake's receipt; for a
     * cancellation (reason 'update'), no referral and the cancelled referral's id in the receipt.
     */
    public record Received(Bundle bundle, GpReferralRequest referral, ReferralReceipt receipt) {

        public boolean isCancellation() {
            return referral == null;
        }
    }

    /** {@code requestId}: the sender's X-Request-ID (may be null; then the bundle id identifies the message). */
    public Received receive(String json, String requestId, Caller caller) {
        Bundle bundle = parse(json);
        List<ReferralProblem> structural = validation.errorsIn(json).stream()
                .map(problem -> ReferralProblem.invalid(IssueType.INVALID, problem.expression(), problem.diagnostics()))
                .toList();
        if (!structural.isEmpty()) {
            throw new ReferralRefusedException(HttpStatus.BAD_REQUEST, structural);
        }
        if (ReferralRules.isUpdate(new MessageBundle(bundle))) {
            return cancel(bundle, caller);
        }
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        ReferralRules.Checked checked = ReferralRules.check(new MessageBundle(bundle), today);
        if (!checked.problems().isEmpty()) {
            boolean invalid = checked.problems().stream()
                    .anyMatch(problem -> problem.kind() == ReferralProblem.Kind.INVALID);
            throw new ReferralRefusedException(invalid ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY,
                    checked.problems());
        }
        ReferralParts parts = checked.parts().orElseThrow();
        GpReferralRequest referral = GpReferralReader.read(parts, UUID.randomUUID().toString());
        refuseUnlessFromTheCallersPractice(caller, referral, parts);
        return new Received(bundle, referral, intake.receive(referral, requestId, caller));
    }

    /** The practice withdraws a referral: decided again by the write side from the caller in the metadata. */
    private Received cancel(Bundle bundle, Caller caller) {
        CancellationRules.Checked checked = CancellationRules.check(new MessageBundle(bundle));
        if (!checked.problems().isEmpty()) {
            boolean invalid = checked.problems().stream()
                    .anyMatch(problem -> problem.kind() == ReferralProblem.Kind.INVALID);
            throw new ReferralRefusedException(invalid ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY,
                    checked.problems());
        }
        if (practices.practiceOf(caller).isEmpty()) {
            throw new ReferralRefusedException(HttpStatus.FORBIDDEN, List.of(ReferralProblem.invalid(
                    IssueType.FORBIDDEN, "Bundle", "Your account is not linked to a GP practice: ask an administrator "
                            + "to set its ODS code")));
        }
        String referralId = checked.referralId().orElseThrow();
        intake.cancel(referralId, caller);
        return new Received(bundle, null, new ReferralReceipt(referralId));
    }

    /**
     * Decided here while nothing is recorded; when the intake sends a command, its handler decides it again from
     * the caller in the command's metadata (house rule: security where data is decided).
     */
    private void refuseUnlessFromTheCallersPractice(Caller caller, GpReferralRequest referral, ReferralParts parts) {
        String odsPath = parts.practice().path() + ".identifier";
        String practice = practices.practiceOf(caller).orElseThrow(() -> new ReferralRefusedException(
                HttpStatus.FORBIDDEN, List.of(ReferralProblem.invalid(IssueType.FORBIDDEN, odsPath,
                        "Your account is not linked to a GP practice: ask an administrator to set its ODS code"))));
        if (!practice.equalsIgnoreCase(referral.practiceOdsCode())) {
            throw new ReferralRefusedException(HttpStatus.FORBIDDEN, List.of(ReferralProblem.invalid(
                    IssueType.FORBIDDEN, odsPath, "You may refer only from your own practice (ODS code " + practice
                            + "); this referral names another practice")));
        }
    }

    private Bundle parse(String json) {
        if (json == null || json.isBlank()) {
            throw refusedAsInvalid(IssueType.REQUIRED, "Bundle",
                    "Send the referral message (a FHIR Bundle) as the body");
        }
        IBaseResource resource;
        try {
            // Lenient and silent: what is wrong is reported by the validator, with paths, and never logged
            LenientErrorHandler silent = new LenientErrorHandler(false).setErrorOnInvalidValue(false);
            IParser parser = fhirContext.newJsonParser().setParserErrorHandler(silent);
            resource = parser.parseResource(json);
        } catch (DataFormatException | ClassCastException e) {
            throw refusedAsInvalid(IssueType.STRUCTURE, "Bundle",
                    "The body is not a FHIR resource in JSON: check that it is well-formed JSON with a resourceType");
        }
        if (!(resource instanceof Bundle bundle)) {
            throw refusedAsInvalid(IssueType.INVALID, resource.fhirType(),
                    "Send a Bundle of type 'message', not a " + resource.fhirType());
        }
        return bundle;
    }

    private static ReferralRefusedException refusedAsInvalid(IssueType code, String expression, String diagnostics) {
        return new ReferralRefusedException(HttpStatus.BAD_REQUEST,
                List.of(ReferralProblem.invalid(code, expression, diagnostics)));
    }
}
