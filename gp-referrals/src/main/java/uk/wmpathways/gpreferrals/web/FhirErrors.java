package uk.wmpathways.gpreferrals.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.ConcurrencyException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A failure of ours while answering a FHIR request: 500 as an OperationOutcome, never a stack trace. The log gets
 * the exception's class only, as the API's catch-all does: a FHIR library's message may quote the bundle. A step
 * that lost a race to another on the same referral is no failure: 409.
 */
@RestControllerAdvice(assignableTypes = {ProcessMessageController.class, MetadataController.class,
        FhirFallbackController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class FhirErrors {

    private static final Logger log = LoggerFactory.getLogger(FhirErrors.class);

    private final FhirResponses responses;

    FhirErrors(FhirResponses responses) {
        this.responses = responses;
    }

    /** Another step on the same referral was recorded first (the stream's next event went to it). */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<String> changedMeanwhile(ConcurrencyException e, HttpServletRequest request) {
        return responses.answer(HttpStatus.CONFLICT, OperationOutcomes.of(HttpStatus.CONFLICT, IssueType.CONFLICT,
                "The referral changed while this was being recorded, so nothing was recorded. Read its status and "
                        + "send this again if it still applies."), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
        log.error("FHIR request failed: {}", e.getClass().getName());
        return responses.answer(HttpStatus.INTERNAL_SERVER_ERROR, OperationOutcomes.of(
                HttpStatus.INTERNAL_SERVER_ERROR, IssueType.EXCEPTION,
                "Something went wrong on our side; nothing was recorded. Please send it again later."), request);
    }
}
