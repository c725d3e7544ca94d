package uk.wmpathways.caseservice.retention;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.ListRetentionRuns;
import uk.wmpathways.caseservice.api.retention.RetentionRunAlreadyRunningException;
import uk.wmpathways.infra.web.ApiExceptionMapper;
import uk.wmpathways.infra.web.InvalidField;
import uk.wmpathways.infra.web.Problems;

import java.util.List;
import java.util.Optional;

/** The retention API's own refusals as problem+json. */
@Component
class RetentionProblems implements ApiExceptionMapper {

    /** No run has the id in the address (404); the message does not repeat it. */
    static class UnknownRunException extends RuntimeException {
        UnknownRunException() {
            super("No retention run has this id");
        }
    }

    /** The number of runs asked for is out of range (400, on the field). */
    static class InvalidLimitException extends RuntimeException {
        InvalidLimitException() {
            super("Ask for 1 to " + ListRetentionRuns.MAX + " runs");
        }
    }

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Throwable e) {
        if (e instanceof RetentionRunAlreadyRunningException) {
            return Optional.of(ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Problems.problem(HttpStatus.CONFLICT, "Already running", e.getMessage())));
        }
        if (e instanceof UnknownRunException) {
            return Optional.of(ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Problems.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage())));
        }
        if (e instanceof InvalidLimitException) {
            return Optional.of(ResponseEntity.badRequest()
                    .body(Problems.invalidInput(List.of(new InvalidField("limit", e.getMessage())))));
        }
        return Optional.empty();
    }
}
