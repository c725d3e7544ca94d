package uk.wmpathways.gpreferrals.web;

import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uk.wmpathways.gpreferrals.intake.ReferralMessages;
import uk.wmpathways.gpreferrals.intake.ReferralRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.access.CallerDispatchInterceptors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /fhir/$process-message}: a practice system sends a GP referral as a FHIR message (JSON). 200 with an
 * acknowledgement message once recorded; errors as OperationOutcome (400 invalid, 403 another practice, 409 the
 * same message again, 413 too large, 415 not JSON, 422 breaks a rule).
 * <p>
 * The body is read here, not bound by Spring, so that a wrong content type or an unreadable body is answered as
 * FHIR (OperationOutcome), not as the API's problem+json.
 */
@RestController
class ProcessMessageController {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");
    /** BaRS sends a UUID; anything printable up to this length is taken as the sender's id. */
    private static final int MAX_REQUEST_ID_LENGTH = 200;

    private final ReferralMessages messages;
    private final CallerDispatchInterceptors callers;
    private final FhirResponses responses;
    private final Clock clock;
    private final long maxBytes;

    ProcessMessageController(ReferralMessages messages, CallerDispatchInterceptors callers, FhirResponses responses,
                             Clock clock, @Value("${pathways.fhir.max-message-size:1MB}") DataSize maxMessageSize) {
        this.messages = messages;
        this.callers = callers;
        this.responses = responses;
        this.clock = clock;
        this.maxBytes = maxMessageSize.toBytes();
    }

    @PostMapping("/fhir/$process-message")
    ResponseEntity<String> processMessage(HttpServletRequest request) throws IOException {
        if (!isJson(request.getContentType())) {
            return refused(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, IssueType.NOTSUPPORTED,
                    "Send the message as application/fhir+json (or application/json)");
        }
        if (request.getContentLengthLong() > maxBytes) {
            return tooLarge(request);
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            return tooLarge(request);
        }
        Optional<Caller> caller = callers.signedIn();
        if (caller.isEmpty()) {
            return refused(request, HttpStatus.UNAUTHORIZED, IssueType.LOGIN, "Sign in as a GP referrer");
        }
        String requestId = request.getHeader(FhirResponses.REQUEST_ID);
        if (requestId != null && !isUsableRequestId(requestId)) {
            return refused(request, HttpStatus.BAD_REQUEST, IssueType.INVALID, "X-Request-ID must be at most "
                    + MAX_REQUEST_ID_LENGTH + " printable characters (BaRS: a UUID)");
        }
        try {
            ReferralMessages.Received received = messages.receive(new String(body, StandardCharsets.UTF_8),
                    requestId == null || requestId.isBlank() ? null : requestId.trim(), caller.get());
            String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).path("/fhir").toUriString();
            return responses.answer(HttpStatus.OK, Acknowledgements.of(received, baseUrl, clock.instant()), request);
        } catch (ReferralRefusedException refused) {
            return responses.answer(refused.status(), OperationOutcomes.of(refused.status(), refused.problems()),
                    request);
        }
    }

    private ResponseEntity<String> tooLarge(HttpServletRequest request) {
        return refused(request, HttpStatus.PAYLOAD_TOO_LARGE, IssueType.TOOLONG,
                "A referral message may be at most " + maxBytes / 1024 + " KB");
    }

    private ResponseEntity<String> refused(HttpServletRequest request, HttpStatus status, IssueType code,
                                           String diagnostics) {
        return responses.answer(status, OperationOutcomes.of(status, code, diagnostics), request);
    }

    private static boolean isUsableRequestId(String requestId) {
        return requestId.length() <= MAX_REQUEST_ID_LENGTH && requestId.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return FHIR_JSON.includes(type) || MediaType.APPLICATION_JSON.includes(type);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
