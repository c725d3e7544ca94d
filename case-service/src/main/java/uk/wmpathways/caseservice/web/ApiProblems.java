package uk.wmpathways.caseservice.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.NhsNumberAlreadyRegisteredException;
import uk.wmpathways.caseservice.api.enrolment.StaleEnrolmentVersionException;
import uk.wmpathways.caseservice.api.enrolment.StepNotAllowedException;
import uk.wmpathways.caseservice.api.enrolment.UnknownReferenceException;
import uk.wmpathways.infra.eventstore.EventAppendTooLateException;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Every error of the REST API as {@code application/problem+json}: a title, a detail a person can act on,
 * and for invalid input an {@code errors} list of field messages. Never a stack trace; messages never carry
 * personal data. It serves every module's controllers (the reporting module's admin API too): Spring Boot's
 * own problem-details handler steps aside when one like this exists.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalid(InvalidCommandException e) {
        return invalidInput(e.problems());
    }

    /** A tenancy or job id in the path that the enrolment never had. */
    @ExceptionHandler(UnknownReferenceException.class)
    ProblemDetail unknownReference(UnknownReferenceException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.what());
    }

    @ExceptionHandler(NhsNumberAlreadyRegisteredException.class)
    ProblemDetail alreadyRegistered(NhsNumberAlreadyRegisteredException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Already registered", e.getMessage());
        problem.setProperty("existingParticipantId", e.existingParticipantId());
        problem.setProperty("errors", List.of(new FieldProblem("nhsNumber", e.getMessage())));
        return problem;
    }

    @ExceptionHandler({ParticipantNotFoundException.class, UnknownIdException.class,
            AggregateNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e instanceof AggregateNotFoundException
                ? "Nothing has this id" : e.getMessage());
    }

    @ExceptionHandler(StepNotAllowedException.class)
    ProblemDetail stepNotAllowed(StepNotAllowedException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Step not allowed", e.getMessage());
        problem.setProperty("step", e.step());
        return problem;
    }

    @ExceptionHandler(StaleEnrolmentVersionException.class)
    ProblemDetail staleVersion(StaleEnrolmentVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed meanwhile", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail conflict(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "The record was changed by someone else at the same time; reload it and try again");
    }

    @ExceptionHandler(EventAppendTooLateException.class)
    ResponseEntity<Object> tooLate(EventAppendTooLateException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Try again",
                        "The system was too slow to record this; nothing was recorded. Please send it again."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return invalidInput(List.of(new FieldProblem(e.getName(), "Not a valid value for " + e.getName())));
    }

    /** A handler's exception wrapped by a bus or a future: answered as if it had been thrown directly. */
    @ExceptionHandler({CommandExecutionException.class, CompletionException.class, ExecutionException.class})
    ResponseEntity<Object> wrapped(Exception e) {
        Throwable cause = unwrap(e);
        if (cause instanceof UnknownReferenceException unknown) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(unknownReference(unknown));
        }
        if (cause instanceof InvalidCommandException invalid) {
            return ResponseEntity.badRequest().body(invalid(invalid));
        }
        if (cause instanceof NhsNumberAlreadyRegisteredException registered) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(alreadyRegistered(registered));
        }
        if (cause instanceof StepNotAllowedException notAllowed) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(stepNotAllowed(notAllowed));
        }
        if (cause instanceof StaleEnrolmentVersionException stale) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(staleVersion(stale));
        }
        if (cause instanceof ConcurrencyException concurrency) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(conflict(concurrency));
        }
        if (cause instanceof ParticipantNotFoundException || cause instanceof UnknownIdException
                || cause instanceof AggregateNotFoundException) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound((RuntimeException) cause));
        }
        if (cause instanceof EventAppendTooLateException tooLate) {
            return tooLate(tooLate);
        }
        return unexpected(e);
    }

    /**
     * The exception a handler threw, out of the wrappers around it: the command bus's
     * {@link CommandExecutionException} (a checked exception, or one from a remote segment) and the futures of
     * the query and command gateways.
     */
    static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof CommandExecutionException || current instanceof CompletionException
                || current instanceof ExecutionException)
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException e) {
        throw e; // answered by the security filter chain's access-denied handler (403 problem+json)
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        // Where it failed, but no exception message: a message could quote input, which can be personal data.
        log.error("Unexpected API failure: {} at {}", e.getClass().getName(), java.util.Arrays.stream(e.getStackTrace())
                .limit(12).map(StackTraceElement::toString).collect(Collectors.joining(" < ")));
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; nothing was recorded. Please try again or report it.");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem;
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            boolean isDate = mapping instanceof InvalidFormatException format
                    && format.getTargetType() == LocalDate.class;
            problem = invalidInput(List.of(new FieldProblem(field,
                    isDate ? "Not a valid date: use YYYY-MM-DD" : "Not a valid value for " + field)));
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                    "The request body must be a JSON object");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    static ProblemDetail invalidInput(List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
                problems.stream().map(FieldProblem::message).collect(Collectors.joining("; ")));
        problem.setProperty("errors", problems);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
