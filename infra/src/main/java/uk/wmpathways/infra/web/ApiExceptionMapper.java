package uk.wmpathways.infra.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.Optional;

/**
 * A module's answers to its own exceptions. Each module registers one as a bean; {@link ApiProblems} asks
 * them, in {@code @Order}, about every exception it has no specific handler for, after taking it out of the
 * bus and future wrappers, so a wrapped exception gets the same answer as one thrown directly.
 */
public interface ApiExceptionMapper {

    /** The answer to {@code e}, or empty when {@code e} is not one of this module's exceptions. */
    Optional<ResponseEntity<ProblemDetail>> answer(Throwable e);
}
