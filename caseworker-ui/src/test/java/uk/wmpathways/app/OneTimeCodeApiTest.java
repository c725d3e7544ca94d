package uk.wmpathways.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessLogEntry;
import uk.wmpathways.infra.security.OneTimeCodes;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.SignInThrottle;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-time codes over HTTP Basic: an administrator without codes is made to set them up before anything else;
 * an account with codes needs a current, unused code in {@code X-One-Time-Code} on every request (401
 * problem+json without one); switching off; an administrator's reset. Its own accounts, never a demo user's (on
 * the embedded demo those are exempt). Codes are computed from the secret the API gave, on the real clock.
 */
class OneTimeCodeApiTest extends EnrolmentApiTestSupport {

    private static final String PASSWORD = "heron tulip quarry 42";
    private static final String HEADER = "X-One-Time-Code";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    AccessLog accessLog;

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @AfterEach
    void forgetFailures() {
        throttle.unlockAddress("127.0.0.1");
        throttle.unlockAddress("0:0:0:0:0:0:0:1");
    }

    private String newAccount(Role role) {
        String username = "otp-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addIfAbsent(new UserAccount(username, encoder.encode(PASSWORD), "Test " + role.label(), Set.of(role),
                true, role == Role.CASEWORKER ? "DEMO-SUPPORT" : null));
        return username;
    }

    private Answer call(String method, String path, String username, String code, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", WebClient.basic(username, PASSWORD))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (code != null) {
            request.header(HEADER, code);
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sets codes up for {@code username} through the API; answers the secret. */
    private String setUp(String username) {
        Answer started = call("POST", "/api/account/one-time-codes", username, null, null);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String secret = started.json().get("secret").asText();
        assertThat(started.json().get("otpauthUri").asText())
                .startsWith("otpauth://totp/Pathways:" + username + "?secret=" + secret).contains("issuer=Pathways");
        Answer confirmed = call("POST", "/api/account/one-time-codes/confirmation", username, null,
                "{\"code\":\"" + OneTimeCodes.codeAt(secret, Instant.now()) + "\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
        return secret;
    }

    /** A code not used yet: the confirming (or last) one was of the current step, so the next step's. */
    private static String nextCode(String secret) {
        return OneTimeCodes.codeAt(secret, Instant.now().plus(Duration.ofSeconds(30)));
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
    }

    @Test
    void anAdministratorWithoutCodesIsMadeToSetThemUpBeforeAnythingElse() {
        String admin = newAccount(Role.ADMIN);
        Answer refused = call("GET", "/api/admin/accounts", admin, null, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.json().get("title").asText()).isEqualTo("One-time codes required");
        assertThat(call("GET", "/api/account/one-time-codes", admin, null, null).json().toString())
                .isEqualTo("{\"state\":\"OFF\",\"required\":true}");

        Answer started = call("POST", "/api/account/one-time-codes", admin, null, null);
        String secret = started.json().get("secret").asText();
        Answer wrongCode = call("POST", "/api/account/one-time-codes/confirmation", admin, null,
                "{\"code\":\"" + wrong(OneTimeCodes.codeAt(secret, Instant.now())) + "\"}");
        assertThat(wrongCode.status()).isEqualTo(400);
        assertThat(wrongCode.contentType()).startsWith(PROBLEM_JSON);
        assertThat(wrongCode.json().get("errors").get(0).get("field").asText()).isEqualTo("code");
        assertThat(wrongCode.body()).doesNotContain(secret);
        assertThat(call("GET", "/api/admin/accounts", admin, null, null).status()).as("still not set up")
                .isEqualTo(403);

        Answer confirmed = call("POST", "/api/account/one-time-codes/confirmation", admin, null,
                "{\"code\":\"" + OneTimeCodes.codeAt(secret, Instant.now()) + "\"}");
        assertThat(confirmed.status()).isEqualTo(204);
        Answer withCode = call("GET", "/api/admin/accounts", admin, nextCode(secret), null);
        assertThat(withCode.status()).as(withCode.body()).isEqualTo(200);
        assertThat(withCode.body()).contains(admin).doesNotContain(secret);
        JsonNode listed = null;
        for (JsonNode account : withCode.json()) {
            if (account.get("username").asText().equals(admin)) {
                listed = account;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("oneTimeCodes").asText()).isEqualTo("ON");
    }

    @Test
    void onlyAnAdministratorResetsCodesEveryRoleManagesItsOwn() {
        String target = newAccount(Role.CASEWORKER);
        setUp(target);
        for (String other : java.util.List.of("caseworker", "outreach", "gp", "manager", "dpo")) {
            Api.Response refused = as(other).post("/api/admin/accounts/" + target + "/one-time-codes/reset");
            assertThat(refused.status()).as(other).isEqualTo(403);
            assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        }
        assertThat(new Api(port, null).post("/api/admin/accounts/" + target + "/one-time-codes/reset").status())
                .as("anonymous").isEqualTo(401);
        assertThat(accounts.find(target)).isPresent();
        Api.Response unknown = as("admin").post("/api/admin/accounts/nobody-" + target + "/one-time-codes/reset");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
        assertThat(as("admin").post("/api/admin/accounts/admin/one-time-codes/reset").status()).as("own")
                .isEqualTo(409);

        for (String own : java.util.List.of("caseworker", "gp", "manager", "admin", "dpo")) {
            Api.Response state = as(own).get("/api/account/one-time-codes");
            assertThat(state.status()).as(own).isEqualTo(200);
            assertThat(state.body().get("state").asText()).as(own).isIn("OFF", "SETTING_UP", "ON");
            assertThat(state.body().get("required").asBoolean()).as("demo accounts are exempt").isFalse();
        }
        Api.Response reset = as("admin").post("/api/admin/accounts/" + target + "/one-time-codes/reset");
        assertThat(reset.status()).as("the demo administrator, exempt from codes itself").isEqualTo(204);
        assertThat(call("GET", "/api/caseload", target, null, null).status()).as("password alone again")
                .isEqualTo(200);
    }

    @Test
    void anAccountWithCodesNeedsACurrentUnusedCodeInTheHeader() {
        String caseworker = newAccount(Role.CASEWORKER);
        String secret = setUp(caseworker);

        Answer without = call("GET", "/api/caseload", caseworker, null, null);
        assertThat(without.status()).isEqualTo(401);
        assertThat(without.contentType()).startsWith(PROBLEM_JSON);
        assertThat(without.json().get("title").asText()).isEqualTo("One-time code required");
        assertThat(without.json().get("detail").asText()).contains(HEADER);
        assertThat(without.json().get("oneTimeCodeHeader").asText()).isEqualTo(HEADER);

        String code = nextCode(secret);
        Answer wrongCode = call("GET", "/api/caseload", caseworker, wrong(code), null);
        assertThat(wrongCode.status()).isEqualTo(401);
        assertThat(wrongCode.json().get("detail").asText()).startsWith("The one-time code is wrong");

        Answer wrongPassword = call("GET", "/api/caseload", caseworker + "x", code, null);
        assertThat(wrongPassword.status()).as("no account: the usual answer").isEqualTo(401);
        assertThat(wrongPassword.json().get("title").asText()).isEqualTo("Not signed in");

        assertThat(call("GET", "/api/caseload", caseworker, code, null).status()).isEqualTo(200);
        Answer replayed = call("GET", "/api/caseload", caseworker, code, null);
        assertThat(replayed.status()).as("a code works once").isEqualTo(401);
        assertThat(replayed.body()).doesNotContain(secret);
        assertThat(call("GET", "/api/account/one-time-codes", caseworker, null, null).status()).isEqualTo(401);

        // in the access log like every sign-in and failure, without the secret or any code
        var entries = accessLog.byUser(caseworker, 50);
        assertThat(entries).filteredOn(entry -> entry.action() == AccessAction.SIGN_IN_FAILED)
                .extracting(AccessLogEntry::reason)
                .contains("sign-in-failed: one-time code missing", "sign-in-failed: wrong one-time code");
        assertThat(entries).filteredOn(entry -> entry.action() == AccessAction.SIGN_IN)
                .extracting(AccessLogEntry::reason).contains("sign-in: signed in with a one-time code");
        assertThat(entries).extracting(AccessLogEntry::reason).contains("one-time-codes-on: switched on by its owner")
                .noneMatch(reason -> reason != null && (reason.contains(secret) || reason.contains(code)));
    }

    @Test
    void aCaseworkerSwitchesCodesOffWithACodeAnAdministratorCannot() {
        String caseworker = newAccount(Role.CASEWORKER);
        String secret = setUp(caseworker);
        // the request is signed in with a code: that is the code switching off asks for
        assertThat(call("DELETE", "/api/account/one-time-codes", caseworker, nextCode(secret), null).status())
                .isEqualTo(204);
        assertThat(call("GET", "/api/caseload", caseworker, null, null).status()).isEqualTo(200);

        String admin = newAccount(Role.ADMIN);
        String adminSecret = setUp(admin);
        Answer refused = call("DELETE", "/api/account/one-time-codes", admin, nextCode(adminSecret), null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("role requires");
    }

    @Test
    void anAdministratorResetsSomeoneElsesCodesACaseworkerCannot() {
        String admin = newAccount(Role.ADMIN);
        String adminSecret = setUp(admin);
        String dpo = newAccount(Role.DATA_PROTECTION);
        setUp(dpo);

        Answer reset = call("POST", "/api/admin/accounts/" + dpo + "/one-time-codes/reset", admin,
                nextCode(adminSecret), null);
        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        Answer mustSetUp = call("GET", "/api/access-log/verification", dpo, null, null);
        assertThat(mustSetUp.status()).isEqualTo(403);
        assertThat(mustSetUp.json().get("title").asText()).isEqualTo("One-time codes required");
        assertThat(accessLog.byUser(dpo, 20)).extracting(AccessLogEntry::reason)
                .contains("one-time-codes-reset: by administrator " + admin + ": one-time codes reset");

        String caseworker = newAccount(Role.CASEWORKER);
        assertThat(call("POST", "/api/admin/accounts/" + admin + "/one-time-codes/reset", caseworker, null, null)
                .status()).as("not an administrator").isEqualTo(403);
    }
}
