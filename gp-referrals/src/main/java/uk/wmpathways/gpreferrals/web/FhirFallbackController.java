package uk.wmpathways.gpreferrals.web;

import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anything else under {@code /fhir}: 404 as an OperationOutcome (a FHIR client reads that), rather than the API's
 * problem+json. Also answers a known address with a method it does not take (GET on {@code $process-message}).
 */
@RestController
class FhirFallbackController {

    private final FhirResponses responses;

    FhirFallbackController(FhirResponses responses) {
        this.responses = responses;
    }

    @RequestMapping("/fhir/**")
    ResponseEntity<String> notSupported(HttpServletRequest request) {
        return responses.answer(HttpStatus.NOT_FOUND, OperationOutcomes.of(HttpStatus.NOT_FOUND,
                IssueType.NOTSUPPORTED, "Not supported here: POST /fhir/$process-message, GET /fhir/metadata and "
                        + "GET /fhir/ServiceRequest/{id} are"),
                request);
    }
}
