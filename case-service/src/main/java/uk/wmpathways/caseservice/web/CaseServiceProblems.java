package uk.wmpathways.caseservice.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ErasureRefusedException;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.NhsNumberAlreadyRegisteredException;
import uk.wmpathways.caseservice.api.consent.ConsentAlreadyWithdrawnException;
import uk.wmpathways.caseservice.api.consent.AlreadyRestrictedException;
import uk.wmpathways.caseservice.api.consent.NotRestrictedException;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictedException;
import uk.wmpathways.caseservice.api.consent.UnknownConsentException;
import uk.wmpathways.caseservice.api.enrolment.ParticipantNotRegisteredException;
import uk.wmpathways.caseservice.api.enrolment.StaleEnrolmentVersionException;
import uk.wmpathways.caseservice.api.enrolment.StepNeverAllowedException;
import uk.wmpathways.caseservice.api.enrolment.StepNotAllowedException;
import uk.wmpathways.caseservice.api.enrolment.UnknownReferenceException;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.gpreferral.StaleGpReferralVersionException;
import uk.wmpathways.caseservice.api.gpreferral.UnknownGpReferralException;
import uk.wmpathways.caseservice.api.organisation.OrganisationCodeTakenException;
import uk.wmpathways.caseservice.api.organisation.OrganisationStateException;
import uk.wmpathways.caseservice.api.organisation.OrganisationUnavailableException;
import uk.wmpathways.caseservice.api.referral.ReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.referral.ReferralNotPossibleException;
import uk.wmpathways.infra.web.ApiExceptionMapper;
import uk.wmpathways.infra.web.InvalidField;
import uk.wmpathways.infra.web.Problems;

import java.util.List;
import java.util.Optional;

/**
 * The write side's exceptions as problem+json. Infra's {@code ApiProblems} asks this about every exception it
 * has no handler of its own for, already taken out of the command bus's and the futures' wrappers.
 */
@Component
class CaseServiceProblems implements ApiExceptionMapper {

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Throwable e) {
        ProblemDetail problem = problemFor(e);
        return Optional.ofNullable(problem)
                .map(body -> ResponseEntity.status(body.getStatus()).body(body));
    }

    private static ProblemDetail problemFor(Throwable e) {
        if (e instanceof UnknownReferenceException unknown) {
            // Before InvalidCommandException, which it extends: a tenancy or job id the enrolment never had is a 404.
            return Problems.problem(HttpStatus.NOT_FOUND, "Not found", unknown.what());
        }
        if (e instanceof ReferralNotPossibleException notPossible) {
            // Before InvalidCommandException, which it extends: well-formed, but the referral's rules refuse it.
            ProblemDetail problem = invalidInput(notPossible.problems());
            problem.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            problem.setTitle("Referral not possible");
            return problem;
        }
        if (e instanceof ReferralAlreadyDecidedException decided) {
            ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "Already decided", decided.getMessage());
            problem.setProperty("status", decided.status());
            return problem;
        }
        if (e instanceof GpReferralAlreadyDecidedException decided) {
            ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "Already decided", decided.getMessage());
            problem.setProperty("status", decided.decision());
            return problem;
        }
        if (e instanceof StaleGpReferralVersionException stale) {
            ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "Changed meanwhile", stale.getMessage());
            problem.setProperty("currentVersion", stale.currentVersion());
            return problem;
        }
        if (e instanceof UnknownGpReferralException) {
            return Problems.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        }
        if (e instanceof UnknownConsentException) {
            return Problems.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        }
        if (e instanceof ConsentAlreadyWithdrawnException) {
            return Problems.problem(HttpStatus.CONFLICT, "Already withdrawn", e.getMessage());
        }
        if (e instanceof NotRestrictedException) {
            return Problems.problem(HttpStatus.CONFLICT, "Not restricted", e.getMessage());
        }
        if (e instanceof AlreadyRestrictedException already) {
            ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "Already restricted", already.getMessage());
            problem.setProperty("ground", already.standingGround());
            return problem;
        }
        if (e instanceof ProcessingRestrictedException) {
            return Problems.problem(HttpStatus.CONFLICT, "Processing restricted", e.getMessage());
        }
        if (e instanceof InvalidCommandException invalid) {
            return invalidInput(invalid.problems());
        }
        if (e instanceof NhsNumberAlreadyRegisteredException registered) {
            ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "Already registered",
                    registered.getMessage());
            problem.setProperty("existingParticipantId", registered.existingParticipantId());
            problem.setProperty("errors", List.of(new FieldProblem("nhsNumber", registered.getMessage())));
            return problem;
        }
        if (e instanceof ParticipantNotFoundException || e instanceof UnknownIdException
                || e instanceof ParticipantNotRegisteredException) {
            return Problems.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        }
        if (e instanceof OrganisationUnavailableException unavailable) {
            ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY,
                    "Organisation cannot take this on", unavailable.getMessage());
            problem.setProperty("errors", List.of(new FieldProblem(unavailable.field(), unavailable.getMessage())));
            return problem;
        }
        if (e instanceof OrganisationCodeTakenException taken) {
            ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "Code taken", taken.getMessage());
            problem.setProperty("errors", List.of(new FieldProblem("code", taken.getMessage())));
            return problem;
        }
        if (e instanceof OrganisationStateException state) {
            return Problems.problem(HttpStatus.CONFLICT, "Not possible now", state.getMessage());
        }
        if (e instanceof AggregateNotFoundException) {
            return Problems.problem(HttpStatus.NOT_FOUND, "Not found", "Nothing has this id");
        }
        if (e instanceof StepNeverAllowedException never) {
            ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Step not allowed",
                    never.getMessage());
            problem.setProperty("step", never.step());
            return problem;
        }
        if (e instanceof StepNotAllowedException notAllowed) {
            ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "Step not allowed",
                    notAllowed.getMessage());
            problem.setProperty("step", notAllowed.step());
            return problem;
        }
        if (e instanceof StaleEnrolmentVersionException stale) {
            ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "Changed meanwhile", stale.getMessage());
            problem.setProperty("currentVersion", stale.currentVersion());
            return problem;
        }
        if (e instanceof ErasureRefusedException refused) {
            ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Erasure refused",
                    refused.getMessage());
            problem.setProperty("instead", "Restrict processing (POST /api/participants/{id}/restriction) while the"
                    + " record must be kept");
            return problem;
        }
        if (e instanceof ConcurrencyException) {
            return Problems.problem(HttpStatus.CONFLICT, "Conflict",
                    "The record was changed by someone else at the same time; reload it and try again");
        }
        return null;
    }

    private static ProblemDetail invalidInput(List<FieldProblem> problems) {
        return Problems.invalidInput(problems.stream()
                .map(problem -> new InvalidField(problem.field(), problem.message()))
                .toList());
    }
}
