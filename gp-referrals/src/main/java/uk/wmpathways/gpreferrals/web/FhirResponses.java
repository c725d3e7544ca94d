package uk.wmpathways.gpreferrals.web;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers in FHIR JSON ({@code application/fhir+json}), from controllers and from the security chain alike, with
 * the BaRS transaction headers ({@code X-Request-ID}, {@code X-Correlation-ID}) sent back as they came.
 */
@Component
class FhirResponses {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");
    static final String REQUEST_ID = "X-Request-ID";
    static final String CORRELATION_ID = "X-Correlation-ID";

    private final FhirContext fhirContext;

    FhirResponses(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    ResponseEntity<String> answer(HttpStatus status, IBaseResource resource, HttpServletRequest request) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).contentType(FHIR_JSON);
        for (String header : new String[] {REQUEST_ID, CORRELATION_ID}) {
            String value = request.getHeader(header);
            if (value != null && value.length() <= 200) {
                builder.header(header, value);
            }
        }
        return builder.body(json(resource));
    }

    /** For the security chain's refusals, which are written before any controller is reached. */
    void write(HttpServletResponse response, HttpStatus status, IBaseResource resource) throws IOException {
        response.setStatus(status.value());
        response.setContentType(FHIR_JSON.toString());
        response.getOutputStream().write(json(resource).getBytes(StandardCharsets.UTF_8));
    }

    String json(IBaseResource resource) {
        return fhirContext.newJsonParser().setPrettyPrint(false).encodeResourceToString(resource);
    }
}
