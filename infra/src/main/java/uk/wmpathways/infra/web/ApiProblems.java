package uk.wmpathways.infra.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.BreakGlassReasonException;
import uk.wmpathways.infra.eventstore.EventAppendTooLateException;
import uk.wmpathways.infra.personaldata.DataSubjectErasedException;
import uk.wmpathways.infra.personaldata.KeyStoreUnavailableException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Every error of the REST API, whichever module's controller it came from, as {@code application/problem+json}:
 * a title, a detail a person can act on, and for invalid input an {@code errors} list of field messages. Never
 * a stack trace; messages never carry personal data.
 * <p>
 * This advice answers what is the same in every module: Spring MVC's own exceptions (unknown route 404,
 * unsupported method, and so on, through {@link ResponseEntityExceptionHandler}), malformed bodies and
 * parameters (400), infra's exceptions ({@link AccessRefusedException}: 403; {@link EventAppendTooLateException}:
 * 503 with Retry-After) and, last,
 * anything unexpected (500). Each module answers its own exceptions with an {@link ApiExceptionMapper} bean.
 * <p>
 * How a module's exception reaches its mapper, wrapped or not: this advice is the only one, and its
 * catch-all handler takes the exception out of the wrappers of the buses and futures
 * ({@link CommandExecutionException}, {@link CompletionException}, {@link ExecutionException}) and asks the
 * mappers about what was inside; the first that knows it answers. Mappers rather than one
 * {@code @ExceptionHandler} advice per module because Spring matches a later advice's handlers on the
 * <em>causes</em> of an exception too: a module's handler would then answer, say, an unreadable body whose
 * cause is that module's exception, which this advice answers as "Unreadable request" today.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final ObjectProvider<ApiExceptionMapper> mappers;

    public ApiProblems(ObjectProvider<ApiExceptionMapper> mappers) {
        this.mappers = mappers;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return Problems.invalidInput(List.of(new InvalidField(e.getName(), "Not a valid value for " + e.getName())));
    }

    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException e) {
        throw e; // answered by the security filter chain's access-denied handler (403 problem+json)
    }

    /** A module's exception (thrown directly or wrapped by a bus or a future), infra's own, or a failure. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> anyOther(Exception e) {
        Throwable cause = unwrap(e);
        Optional<ResponseEntity<ProblemDetail>> answer = mappers.orderedStream()
                .map(mapper -> mapper.answer(cause))
                .flatMap(Optional::stream)
                .findFirst();
        if (answer.isPresent()) {
            return answer.get();
        }
        if (cause instanceof AccessRefusedException refused) {
            ProblemDetail problem = Problems.problem(HttpStatus.FORBIDDEN, "Not shared with you", refused.getMessage());
            problem.setProperty("breakGlassPossible", refused.breakGlassPossible());
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
        if (cause instanceof BreakGlassReasonException reason) {
            return ResponseEntity.badRequest().body(Problems.invalidInput(List.of(
                    new InvalidField("reason", reason.getMessage()))));
        }
        if (cause instanceof EventAppendTooLateException) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                    .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Try again",
                            "The system was too slow to record this; nothing was recorded. Please send it again."));
        }
        if (cause instanceof KeyStoreUnavailableException unavailable) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Key store unavailable",
                            unavailable.getMessage()));
        }
        if (cause instanceof DataSubjectErasedException erased) {
            return ResponseEntity.status(HttpStatus.GONE)
                    .body(Problems.problem(HttpStatus.GONE, "Record erased", erased.getMessage()));
        }
        return unexpected(e);
    }

    /**
     * The exception a handler threw, out of the wrappers around it: the command bus's
     * {@link CommandExecutionException} (a checked exception, or one from a remote segment) and the futures of
     * the query and command gateways.
     */
    public static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof CommandExecutionException || current instanceof CompletionException
                || current instanceof ExecutionException)
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // Where it failed, but no exception message: a message could quote input, which can be personal data.
        log.error("Unexpected API failure: {} at {}", e.getClass().getName(), Arrays.stream(e.getStackTrace())
                .limit(12).map(StackTraceElement::toString).collect(Collectors.joining(" < ")));
        return ResponseEntity.internalServerError().body(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "Something went wrong on our side; nothing was recorded. Please try again or report it."));
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
            problem = Problems.invalidInput(List.of(new InvalidField(field,
                    isDate ? "Not a valid date: use YYYY-MM-DD" : "Not a valid value for " + field)));
        } else {
            problem = Problems.problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                    "The request body must be a JSON object");
        }
        return ResponseEntity.badRequest().body(problem);
    }
}
