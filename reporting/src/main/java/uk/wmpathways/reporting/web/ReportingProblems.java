package uk.wmpathways.reporting.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.web.ApiExceptionMapper;
import uk.wmpathways.infra.web.Problems;
import uk.wmpathways.reporting.api.ReportRefusedException;
import uk.wmpathways.reporting.readmodel.ProjectionRebuilds;

import java.util.Optional;

/**
 * The read side's exceptions as problem+json: a report's wrong parameters or criteria the disclosure rules refuse, and an unknown projection or a
 * rebuild already running (the admin API). Infra's {@code ApiProblems} asks this about every exception it has
 * no handler of its own for, already taken out of the bus's and the futures' wrappers.
 */
@Component
class ReportingProblems implements ApiExceptionMapper {

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Throwable e) {
        return Optional.ofNullable(problemFor(e)).map(body -> ResponseEntity.status(body.getStatus()).body(body));
    }

    private static ProblemDetail problemFor(Throwable e) {
        if (e instanceof InvalidReportParametersException invalid) {
            return Problems.invalidInput(invalid.problems());
        }
        if (e instanceof ReportRefusedException refused) {
            return Problems.invalidInput(refused.problems());
        }
        if (e instanceof ProjectionRebuilds.UnknownProjectionException) {
            return Problems.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        }
        if (e instanceof ProjectionRebuilds.RebuildRunningException
                || e instanceof ProjectionRebuilds.SegmentsHeldElsewhereException) {
            return Problems.problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        }
        return null;
    }
}
