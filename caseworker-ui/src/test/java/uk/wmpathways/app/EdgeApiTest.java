package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge of the application, over HTTP: the security headers on every kind of response, HSTS and Secure
 * cookies behind a TLS proxy, the request size limit, requests refused by the firewall or by Tomcat, and what
 * needs signing in (the API's description, the health details).
 */
class EdgeApiTest extends EnrolmentApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASEWORKER = WebClient.basic("caseworker", Api.DEMO_PASSWORD);
    private static final String HSTS = "Strict-Transport-Security";

    private WebClient web() {
        return new WebClient(port);
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        List<HttpResponse<String>> responses = List.of(
                web().get("/login"),                                   // a page
                web().get("/styles/pathways.css"),                     // a static file
                web().get("/api/caseload", "Authorization", CASEWORKER), // data
                web().get("/api/caseload"),                            // 401
                web().get("/actuator/health"),
                web().get("/v3/api-docs", "Authorization", CASEWORKER),
                web().get("/api//caseload", "Authorization", CASEWORKER), // refused by the firewall
                web().get("/api/caseload%00", "Authorization", CASEWORKER)); // refused by Tomcat
        for (HttpResponse<String> response : responses) {
            String what = response.uri().getRawPath() + " " + response.statusCode();
            assertThat(header(response, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(header(response, "X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(header(response, "Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(header(response, "Permissions-Policy")).as(what)
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(header(response, "Content-Security-Policy")).as(what)
                    .contains("default-src", "frame-ancestors 'none'");
        }
        assertThat(header(responses.get(0), "Content-Security-Policy")).contains("default-src 'self'",
                "object-src 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(header(responses.get(2), "Content-Security-Policy")).startsWith("default-src 'none'");
    }

    @Test
    void behindATlsProxyResponsesCarryHstsAndTheSessionCookieIsSecure() {
        HttpResponse<String> plain = web().get("/login");
        assertThat(plain.headers().firstValue(HSTS)).isEmpty();
        assertThat(header(plain, "Set-Cookie")).doesNotContain("Secure");

        HttpResponse<String> page = web().get("/login", "X-Forwarded-Proto", "https");
        assertThat(header(page, HSTS)).contains("max-age=31536000");
        assertThat(header(page, "Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Lax");
        HttpResponse<String> api = web().get("/api/caseload", "Authorization", CASEWORKER,
                "X-Forwarded-Proto", "https");
        assertThat(header(api, HSTS)).contains("max-age=31536000");
    }

    @Test
    void aRequestBodyOverOneMegabyteIsRefusedWith413() throws Exception {
        byte[] tooLarge = new byte[1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) ' ');
        HttpResponse<String> declared = web().post("/api/participants", new String(tooLarge),
                "Authorization", CASEWORKER, "Content-Type", "application/json");
        assertProblem(declared, 413, "Request too large");
        HttpResponse<String> chunked = web().postChunked("/api/participants",
                () -> new ByteArrayInputStream(tooLarge), "Authorization", CASEWORKER,
                "Content-Type", "application/json");
        assertProblem(chunked, 413, "Request too large");

        // A chunked body within the limit is read as usual (here: a registration with a field left out).
        HttpResponse<String> small = web().postChunked("/api/participants",
                () -> new ByteArrayInputStream("{\"givenName\": \"Robin\"}".getBytes()),
                "Authorization", CASEWORKER, "Content-Type", "application/json");
        assertThat(small.statusCode()).as(small.body()).isEqualTo(400);
        assertThat(JSON.readTree(small.body()).get("title").asText()).isEqualTo("Invalid input");
    }

    @Test
    void addressesTheFirewallOrTomcatRefuseAreAnsweredAsProblems() throws Exception {
        for (String path : List.of("/api//caseload", "/api/caseload;jsessionid=1", "/api/%2e%2e/caseload",
                "/api/caseload%00", "/api/%2e%2e%2fcaseload", "/api/caseload%5C", "/%00")) {
            assertProblem(web().get(path, "Authorization", CASEWORKER), 400, "Request refused");
        }
    }

    @Test
    void theApiDescriptionIsForSignedInUsers() throws Exception {
        assertProblem(web().get("/v3/api-docs"), 401, "Not signed in");
        assertThat(header(web().get("/v3/api-docs"), "WWW-Authenticate")).startsWith("Basic");
        assertThat(web().get("/swagger-ui/index.html").statusCode()).isEqualTo(401);

        HttpResponse<String> description = web().get("/v3/api-docs", "Authorization", CASEWORKER);
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(description.body()).has("openapi")).isTrue();
        assertThat(web().get("/swagger-ui/index.html", "Authorization", CASEWORKER).statusCode()).isEqualTo(200);
        // and on the session of the browser UI
        WebClient signedIn = web();
        signedIn.signIn("manager", Api.DEMO_PASSWORD);
        assertThat(signedIn.get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void theHealthStatusIsOpenAndItsDetailsAreForAdministrators() throws Exception {
        JsonNode open = JSON.readTree(web().get("/actuator/health").body());
        assertThat(open.get("status").asText()).isEqualTo("UP");
        assertThat(open.has("components")).isFalse();
        JsonNode caseworker = JSON.readTree(web().get("/actuator/health", "Authorization", CASEWORKER).body());
        assertThat(caseworker.has("components")).isFalse();
        JsonNode admin = JSON.readTree(web().get("/actuator/health", "Authorization",
                WebClient.basic("admin", Api.DEMO_PASSWORD)).body());
        assertThat(admin.get("components").has("mongo")).isTrue();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) throws Exception {
        String what = response.uri().getRawPath();
        assertThat(response.statusCode()).as(what + " " + response.body()).isEqualTo(status);
        assertThat(header(response, "Content-Type")).as(what).startsWith(PROBLEM_JSON);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.get("title").asText()).as(what).isEqualTo(title);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
