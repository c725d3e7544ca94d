package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plain HTTP to the FHIR endpoint, for what a FHIR client never sends: another content type, a body that is not
 * FHIR, no body at all, another role's sign-in.
 */
final class FhirHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    FhirHttp(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /**
     * Posts to {@code /fhir/$process-message} as {@code username} (null: nobody signed in), with an X-Request-ID of
     * its own (a new message each time: the same one again is a duplicate).
     */
    Api.Response post(String username, String contentType, String body) {
        return post(username, contentType, body, UUID.randomUUID().toString());
    }

    /** As {@link #post(String, String, String)} with this X-Request-ID (null: none). */
    Api.Response post(String username, String contentType, String body, String requestId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/fhir/$process-message"))
                .timeout(Duration.ofMinutes(3))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (requestId != null) {
            request.header("X-Request-ID", requestId);
        }
        if (username != null) {
            request.header("Authorization", WebClient.basic(username, Api.DEMO_PASSWORD));
        }
        return send(request);
    }

    Api.Response get(String username, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (username != null) {
            request.header("Authorization", WebClient.basic(username, Api.DEMO_PASSWORD));
        }
        return send(request);
    }

    /** Every issue's expressions in an OperationOutcome, in order. */
    static List<String> expressions(JsonNode outcome) {
        List<String> found = new ArrayList<>();
        outcome.path("issue").forEach(issue -> issue.path("expression").forEach(path -> found.add(path.asText())));
        return found;
    }

    private Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("X-Request-ID").orElse(null), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
