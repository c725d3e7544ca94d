package uk.wmpathways.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * Answers a request that Spring Security's firewall ({@code StrictHttpFirewall}) refuses ({@code //},
 * {@code ;}, an encoded {@code .} or {@code %}, a header it does not allow) with 400 problem+json, like every
 * other error. By default the refusal became an error page, which went through the browser UI's chain and
 * answered an API client with a redirect to the login page.
 */
final class RejectedRequests implements RequestRejectedHandler {

    static final String TITLE = "Request refused";
    static final String DETAIL = "The request's address or headers are not allowed";
    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    private final ObjectMapper objectMapper;

    RejectedRequests(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       RequestRejectedException rejected) throws IOException {
        // The firewall's message can quote a header's value: not at INFO.
        log.debug("Refused by the firewall: {}", rejected.getMessage());
        SecurityHeaders.writeTo(response);
        ProblemResponses.write(response, objectMapper, HttpStatus.BAD_REQUEST, TITLE, DETAIL);
    }
}
