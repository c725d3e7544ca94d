package uk.wmpathways.reporting.subjectaccess;

import uk.wmpathways.reporting.api.SubjectAccessRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.web.ApiExceptionMapper;
import uk.wmpathways.infra.web.InvalidField;
import uk.wmpathways.infra.web.Problems;

import java.util.List;
import java.util.Optional;

/** Subject access's refusals as problem+json; their messages name no person. */
@Component
class SubjectAccessProblems implements ApiExceptionMapper {

    /** No participant has this id (404). */
    static class UnknownParticipantException extends RuntimeException {
        UnknownParticipantException() {
            super("No participant has this id");
        }
    }

    /** No subject access request has this id (404). */
    static class UnknownRequestException extends RuntimeException {
        UnknownRequestException() {
            super("No subject access request has this id");
        }
    }

    /** The files are not ready yet, or the export failed (409). */
    static class ExportNotReadyException extends RuntimeException {
        ExportNotReadyException(SubjectAccessRequest.Status status) {
            super(status == SubjectAccessRequest.Status.FAILED
                    ? "This export failed; start a new request for the person"
                    : "The export is not ready yet (" + status.name().toLowerCase() + "); try again when it is");
        }
    }

    /** The request names no participant (400). */
    static class MissingParticipantException extends RuntimeException {
        MissingParticipantException() {
            super("Say whose record: participantId is required");
        }
    }

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Throwable e) {
        return Optional.ofNullable(problemFor(e)).map(body -> ResponseEntity.status(body.getStatus()).body(body));
    }

    private static ProblemDetail problemFor(Throwable e) {
        if (e instanceof UnknownParticipantException || e instanceof UnknownRequestException) {
            return Problems.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        }
        if (e instanceof ExportNotReadyException) {
            return Problems.problem(HttpStatus.CONFLICT, "Not ready", e.getMessage());
        }
        if (e instanceof MissingParticipantException) {
            return Problems.invalidInput(List.of(new InvalidField("participantId", e.getMessage())));
        }
        return null;
    }
}
