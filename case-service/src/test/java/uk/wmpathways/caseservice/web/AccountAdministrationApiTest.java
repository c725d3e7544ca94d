package uk.wmpathways.caseservice.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessLogEntry;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.SignInThrottle;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators run accounts over {@code /api/admin/accounts}; every other role is refused and changes nothing.
 * Each test makes its own accounts (the demo users are shared with the other tests of the context).
 */
class AccountAdministrationApiTest extends ApiTestSupport {

    private static final String ACCOUNTS = "/api/admin/accounts";
    private static final String PASSWORD = "heron tulip quarry 42";
    private static final String OWN_PASSWORD = "a passphrase of my own";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccessLog accessLog;

    @Autowired
    SignInThrottle throttle;

    /** A wrong password counts against this client address: not to pause the other tests of the context. */
    @AfterEach
    void forgetThisClientsFailures() {
        throttle.unlockAddress("127.0.0.1");
        throttle.unlockAddress("0:0:0:0:0:0:0:1");
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String existingCaseworker() {
        String username = fresh("target");
        accounts.addIfAbsent(new UserAccount(username, encoder.encode(PASSWORD), "Target Worker",
                Set.of(Role.CASEWORKER), true, "DEMO-SUPPORT"));
        return username;
    }

    private static Map<String, Object> newAccount(String username, String role, String organisation, String practice) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Nia Newcomer");
        body.put("role", role);
        body.put("organisation", organisation);
        body.put("practiceOdsCode", practice);
        return body;
    }

    private List<AccessLogEntry> logOf(String username) {
        return accessLog.byUser(username, 50);
    }

    /** True when the credentials sign in: an empty change of password is refused for what it lacks (400). */
    private boolean signsIn(String username, String password) {
        return as(username, password).put("/api/account/password", "{}").status() == 400;
    }

    @Test
    void anAdministratorCreatesAnAccountWhosePersonMustChooseTheirOwnPassword() {
        String username = fresh("new");
        Api.Response created = as("admin").post(ACCOUNTS, newAccount(username, "CASEWORKER", "HOMES-FIRST", null));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).endsWith(ACCOUNTS + "/" + username);
        JsonNode body = created.body();
        String oneTimePassword = body.get("oneTimePassword").asText();
        assertThat(oneTimePassword).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){4}");
        assertThat(body.get("notice").asText()).contains("only once").contains("first sign in");
        assertThat(body.get("account").get("role").asText()).isEqualTo("CASEWORKER");
        assertThat(body.get("account").get("mustChangePassword").asBoolean()).isTrue();
        assertThat(body.toString()).doesNotContain("passwordHash").doesNotContain("bcrypt");

        assertThat(as(username, oneTimePassword).get(ACCOUNTS).status()).as("only the change of password").isEqualTo(403);
        Api.Response changed = as(username, oneTimePassword).put("/api/account/password", """
                {"currentPassword": "%s", "newPassword": "%s", "repeatNewPassword": "%s"}"""
                .formatted(oneTimePassword, OWN_PASSWORD, OWN_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(signsIn(username, OWN_PASSWORD)).isTrue();

        AccessLogEntry entry = logOf(username).stream()
                .filter(e -> e.reason().startsWith("account-created")).findFirst().orElseThrow();
        assertThat(entry.reason()).isEqualTo("account-created: by administrator admin: created with role "
                + "CASEWORKER, organisation HOMES-FIRST, one-time password");

        JsonNode listed = null;
        for (JsonNode account : as("admin").get(ACCOUNTS).body()) {
            if (account.get("username").asText().equals(username)) {
                listed = account;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("displayName").asText()).isEqualTo("Nia Newcomer");
        assertThat(listed.get("organisation").asText()).isEqualTo("HOMES-FIRST");
        assertThat(listed.get("enabled").asBoolean()).isTrue();
        assertThat(listed.get("locked").asBoolean()).isFalse();
        assertThat(listed.get("mustChangePassword").asBoolean()).isFalse();
        assertThat(listed.has("passwordHash")).isFalse();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndATakenUsernameIsAConflict() {
        String username = fresh("bad");
        Api.Response invalid = as("admin").post(ACCOUNTS, newAccount("x y", "GP_REFERRER", "DEMO-SUPPORT", "m1"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith(PROBLEM_JSON);
        assertThat(fields(invalid.body())).containsExactly("username", "organisation", "practiceOdsCode");

        Api.Response unknownRole = as("admin").post(ACCOUNTS, newAccount(username, "SUPERUSER", null, null));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(fields(unknownRole.body())).containsExactly("role");
        assertThat(as("admin").post(ACCOUNTS, "not json").status()).isEqualTo(400);
        assertThat(accounts.find(username)).isEmpty();

        String taken = existingCaseworker();
        Api.Response conflict = as("admin").post(ACCOUNTS,
                newAccount(taken.toUpperCase(), "PROGRAMME_MANAGER", null, null));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith(PROBLEM_JSON);
        assertThat(accounts.find(taken).orElseThrow().roles()).containsExactly(Role.CASEWORKER);
    }

    @Test
    void disableEnableResetAndChangeOfRole() {
        String username = existingCaseworker();
        String path = ACCOUNTS + "/" + username;

        Api.Response disabled = as("admin").post(path + "/disable");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        assertThat(signsIn(username, PASSWORD)).isFalse();
        assertThat(as("admin").post(path + "/enable").body().get("enabled").asBoolean()).isTrue();
        assertThat(signsIn(username, PASSWORD)).isTrue();

        Api.Response reset = as("admin").post(path + "/password-reset");
        assertThat(reset.status()).isEqualTo(200);
        String oneTimePassword = reset.body().get("oneTimePassword").asText();
        assertThat(signsIn(username, oneTimePassword)).isTrue();
        assertThat(signsIn(username, PASSWORD)).as("the old password stops working").isFalse();

        Api.Response changed = as("admin").put(path + "/role",
                "{\"role\": \"GP_REFERRER\", \"practiceOdsCode\": \"M85001\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body().get("role").asText()).isEqualTo("GP_REFERRER");
        assertThat(changed.body().get("organisation").isNull()).isTrue();
        Api.Response invalid = as("admin").put(path + "/role", "{\"role\": \"CASEWORKER\", \"organisation\": \"NOPE\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid.body())).containsExactly("organisation");

        List<String> recorded = logOf(username).stream().map(AccessLogEntry::reason)
                .filter(reason -> reason.contains("by administrator admin")).toList();
        assertThat(recorded).hasSize(4).noneMatch(reason -> reason.contains(oneTimePassword));
        assertThat(recorded.get(0)).isEqualTo("role-changed: by administrator admin: from role CASEWORKER, "
                + "organisation DEMO-SUPPORT to role GP_REFERRER, practice M85001");
    }

    @Test
    void anUnknownUsernameIsNotFound() {
        for (Api.Response answer : List.of(as("admin").post(ACCOUNTS + "/nobody-here/disable"),
                as("admin").post(ACCOUNTS + "/nobody-here/enable"),
                as("admin").post(ACCOUNTS + "/nobody-here/password-reset"),
                as("admin").put(ACCOUNTS + "/nobody-here/role", "{\"role\": \"ADMIN\"}"))) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        }
        assertThat(accounts.find("nobody-here")).isEmpty();
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        UserAccount before = accounts.find("admin").orElseThrow();
        Api.Response disable = as("admin").post(ACCOUNTS + "/admin/disable");
        assertThat(disable.status()).isEqualTo(409);
        assertThat(disable.body().get("detail").asText()).contains("cannot disable your own account");
        Api.Response demote = as("admin").put(ACCOUNTS + "/admin/role", "{\"role\": \"PROGRAMME_MANAGER\"}");
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.body().get("detail").asText()).contains("cannot take away your own administrator role");
        assertThat(as("admin").post(ACCOUNTS + "/admin/password-reset").status()).isEqualTo(409);
        assertThat(accounts.find("admin")).contains(before);
    }

    @Test
    void everyOtherRoleIsRefusedAndChangesNothing() {
        String target = existingCaseworker();
        UserAccount before = accounts.find(target).orElseThrow();
        int logged = logOf(target).size();
        List<String> refusedCreations = new ArrayList<>();
        for (String user : new String[] {"caseworker", "manager", "dpo", "gp", null}) {
            int expected = user == null ? 401 : 403;
            String created = fresh("by-" + user);
            refusedCreations.add(created);
            Api caller = as(user);
            for (Api.Response answer : List.of(caller.get(ACCOUNTS),
                    caller.post(ACCOUNTS, newAccount(created, "ADMIN", null, null)),
                    caller.post(ACCOUNTS + "/" + target + "/disable"),
                    caller.post(ACCOUNTS + "/" + target + "/enable"),
                    caller.post(ACCOUNTS + "/" + target + "/password-reset"),
                    caller.put(ACCOUNTS + "/" + target + "/role", "{\"role\": \"ADMIN\"}"))) {
                assertThat(answer.status()).as(user + " " + answer).isEqualTo(expected);
                assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
                assertThat(answer.toString()).doesNotContain("oneTimePassword");
            }
        }
        assertThat(accounts.find(target)).contains(before);
        assertThat(logOf(target)).hasSize(logged);
        assertThat(refusedCreations).allSatisfy(username -> assertThat(accounts.find(username)).isEmpty());
    }
}
