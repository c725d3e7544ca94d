package uk.wmpathways.caseservice.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.SignInThrottle;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account endpoints (infra's, served by every deployable) and sign-in throttling seen over HTTP Basic. Each
 * test makes its own accounts, so that no demo user is ever slowed down or locked for the other tests of this
 * shared context.
 */
class AccountApiTest extends ApiTestSupport {

    private static final String PASSWORD = "heron tulip quarry 42";
    private static final String NEW_PASSWORD = "a quite different passphrase";
    private static final String PASSWORD_PATH = "/api/account/password";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignInThrottle throttle;

    /** The tests' failures must not pause this client address for the other tests of the context. */
    @AfterEach
    void forgetThisClientsFailures() {
        throttle.unlockAddress("127.0.0.1");
        throttle.unlockAddress("0:0:0:0:0:0:0:1");
    }

    private String newCaseworker(boolean mustChangePassword) {
        String username = "acct-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addIfAbsent(new UserAccount(username, encoder.encode(PASSWORD), "Test Account", Set.of(Role.CASEWORKER),
                true, "DEMO-SUPPORT", mustChangePassword,
                mustChangePassword ? Instant.now().plus(1, ChronoUnit.DAYS) : null));
        return username;
    }

    private static String change(String current, String next, String repeat) {
        return """
                {"currentPassword": %s, "newPassword": %s, "repeatNewPassword": %s}"""
                .formatted(json(current), json(next), json(repeat));
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    /** True when the credentials sign in: an empty change is refused for what it lacks (400), not 401. */
    private boolean signsIn(String username, String password) {
        return as(username, password).put(PASSWORD_PATH, "{}").status() == 400;
    }

    @Test
    void aPersonChangesTheirOwnPassword() {
        String username = newCaseworker(false);
        Api.Response changed = as(username, PASSWORD).put(PASSWORD_PATH, change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(changed.body()).isNull();
        assertThat(signsIn(username, NEW_PASSWORD)).isTrue();
        assertThat(as(username, PASSWORD).put(PASSWORD_PATH, "{}").status()).isEqualTo(401);
    }

    @Test
    void aPasswordThatBreaksThePolicyIsRefusedFieldByField() {
        String username = newCaseworker(false);
        Api.Response refused = as(username, PASSWORD).put(PASSWORD_PATH, change(PASSWORD, "qwerty123456", "qwerty12345"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(refused.body())).containsExactly("newPassword", "repeatNewPassword");
        assertThat(messageFor(refused.body(), "newPassword")).contains("most common passwords");
        assertThat(messageFor(refused.body(), "repeatNewPassword")).isEqualTo("Does not match the new password");

        Api.Response tooShort = as(username, PASSWORD).put(PASSWORD_PATH, change(PASSWORD, "short", "short"));
        assertThat(messageFor(tooShort.body(), "newPassword")).isEqualTo("Use at least 12 characters");
        Api.Response same = as(username, PASSWORD).put(PASSWORD_PATH, change(PASSWORD, username, username));
        assertThat(fields(same.body())).contains("newPassword");
        Api.Response tooLong = as(username, PASSWORD).put(PASSWORD_PATH,
                change(PASSWORD, "x".repeat(129), "x".repeat(129)));
        assertThat(messageFor(tooLong.body(), "newPassword")).isEqualTo("Use at most 128 characters");
        assertThat(refused.toString()).doesNotContain("qwerty123456").doesNotContain(PASSWORD);
        assertThat(signsIn(username, PASSWORD)).as("nothing changed").isTrue();
    }

    @Test
    void theCurrentPasswordMustBeRightAndAMissingBodyIsAProblemNotAFailure() {
        String username = newCaseworker(false);
        Api.Response wrong = as(username, PASSWORD).put(PASSWORD_PATH, change("not it", NEW_PASSWORD, NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(fields(wrong.body())).containsExactly("currentPassword");
        Api.Response empty = as(username, PASSWORD).put(PASSWORD_PATH, "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith(PROBLEM_JSON);
        Api.Response nobody = as(null).put(PASSWORD_PATH, change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD));
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(nobody.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void withAOneTimePasswordTheOnlyThingToDoIsToChooseOnesOwn() {
        String username = newCaseworker(true);
        Api.Response blocked = as(username, PASSWORD).post("/api/participants",
                registration("Robin", "Onetime", "1981-06-02", null, "WALSALL"));
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.contentType()).startsWith(PROBLEM_JSON);
        assertThat(blocked.body().get("title").asText()).isEqualTo("Password change required");

        Api.Response changed = as(username, PASSWORD).put(PASSWORD_PATH, change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD));
        assertThat(changed.status()).isEqualTo(204);
        Api.Response registered = as(username, NEW_PASSWORD).post("/api/participants",
                registration("Robin", "Onetime", "1981-06-02", null, "WALSALL"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }

    @Test
    void repeatedFailuresSlowDownAKnownAndAnUnknownUsernameAlike() {
        String known = newCaseworker(false);
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response[] knownAnswers = new Api.Response[3];
        Api.Response[] unknownAnswers = new Api.Response[3];
        // Each third attempt is sent as soon as the second failure is answered: well within the 1 s wait.
        for (int i = 0; i < 3; i++) {
            knownAnswers[i] = as(known, "guess " + i).put(PASSWORD_PATH, "{}");
        }
        for (int i = 0; i < 3; i++) {
            unknownAnswers[i] = as(unknown, "guess " + i).put(PASSWORD_PATH, "{}");
        }
        for (int i = 0; i < 3; i++) {
            assertThat(unknownAnswers[i].status()).isEqualTo(knownAnswers[i].status());
            assertThat(unknownAnswers[i].body()).isEqualTo(knownAnswers[i].body());
            assertThat(unknownAnswers[i].headers().map().keySet())
                    .containsExactlyInAnyOrderElementsOf(knownAnswers[i].headers().map().keySet());
        }
        assertThat(knownAnswers[0].status()).isEqualTo(401);
        assertThat(knownAnswers[1].status()).isEqualTo(401);
        Api.Response slowedDown = knownAnswers[2];
        assertThat(slowedDown.status()).as("the third attempt in a row comes too soon").isEqualTo(429);
        assertThat(slowedDown.contentType()).startsWith(PROBLEM_JSON);
        assertThat(slowedDown.headers().firstValue("Retry-After")).contains("1");
        assertThat(slowedDown.body().get("title").asText()).isEqualTo("Too many failed sign-ins");
        assertThat(slowedDown.toString()).doesNotContain(known);
    }

    @Test
    void aLockedAccountIsRefusedEvenWithItsPasswordUntilAnAdministratorUnlocksIt() {
        String username = newCaseworker(false);
        for (int i = 0; i < 5; i++) {
            throttle.failed(username, "192.0.2.1"); // five failures in a row, elsewhere, without waiting for each
        }
        Api.Response locked = as(username, PASSWORD).put(PASSWORD_PATH, "{}");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(890L, 900L);

        Api.Response notAdmin = as("caseworker").post("/api/admin/accounts/" + username + "/unlock");
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(notAdmin.contentType()).startsWith(PROBLEM_JSON);
        Api.Response unlocked = as("admin").post("/api/admin/accounts/" + username + "/unlock");
        assertThat(unlocked.status()).isEqualTo(204);
        assertThat(signsIn(username, PASSWORD)).isTrue();
    }

    @Test
    void unlockingAnAccountThatDoesNotExistIsNotFound() {
        Api.Response unknown = as("admin").post("/api/admin/accounts/nobody-at-all/unlock");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
        assertThat(unknown.body().get("detail").asText()).doesNotContain("nobody-at-all");
    }
}
