package uk.wmpathways.infra.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.infra.eventstore.EventStoreTestApplication;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Accounts at start-up, in infra's shared test context (started without {@code pathways.demo-users}): no demo
 * accounts, and the first administrator created with {@code --pathways.bootstrap-admin}.
 */
@SpringBootTest(classes = EventStoreTestApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class AccountsAtStartTest {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("\\b([A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){4})\\b");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AdminBootstrap bootstrap;
    @Autowired
    AccountService accountService;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void removeTheAccountsCreatedHere() {
        mongo.remove(new Query(), UserAccount.class);
    }

    @Test
    @Order(1)
    void aStartWithoutTheDemoUsersSwitchCreatesNoAccounts() {
        assertThat(mongo.count(new Query(), UserAccount.class)).isZero();
        assertThat(accounts.find("admin")).isEmpty();
    }

    @Test
    void theFirstAdministratorGetsAOneTimePasswordShownOnceInTheLog(CapturedOutput output) {
        bootstrap.atStartUp("first-admin");

        Matcher shown = ONE_TIME_PASSWORD.matcher(output.getOut());
        assertThat(shown.find()).as("the password is in the log").isTrue();
        String password = shown.group(1);
        assertThat(shown.find()).as("once").isFalse();
        assertThat(output.getOut()).contains("WARN").contains("ONE-TIME PASSWORD").doesNotContain("first-admin");

        UserAccount admin = accounts.find("first-admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.passwordHash()).doesNotContain(password);
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(admin.passwordExpiresAt()).isCloseTo(Instant.now().plus(Duration.ofHours(24)), within(Duration.ofMinutes(1)));
        assertThat(accounts.hasWorkingAdministrator()).as("not until they chose their own password").isFalse();
    }

    @Test
    void aOneTimePasswordOpensOnlyTheChangeOfPasswordWhichMakesTheAdministratorWork() {
        String password = bootstrap.issue("first-admin").orElseThrow();
        Authentication signedIn = signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("first-admin", password));
        assertThat(signedIn.getAuthorities()).extracting(Object::toString)
                .containsExactly(AccountUserDetails.PASSWORD_CHANGE_REQUIRED);

        accountService.changeOwnPassword("first-admin", password, "my own long passphrase", "my own long passphrase",
                SecurityEvents.NO_CLIENT);
        UserAccount admin = accounts.find("first-admin").orElseThrow();
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(admin.passwordExpiresAt()).isNull();
        assertThat(accounts.hasWorkingAdministrator()).isTrue();
        // next: one-time codes, which an administrator's role requires (TwoStepSignInTest goes on from here)
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("first-admin",
                "my own long passphrase")).getAuthorities()).extracting(Object::toString)
                .containsExactly(AccountUserDetails.ONE_TIME_CODE_SETUP_REQUIRED);

        bootstrap.atStartUp("second-admin");
        assertThat(accounts.find("second-admin")).as("the option does nothing once an administrator works").isEmpty();
    }

    @Test
    void startedAgainBeforeTheFirstSignInTheSameAccountGetsANewOneTimePassword() {
        String first = bootstrap.issue("first-admin").orElseThrow();
        String second = bootstrap.issue("first-admin").orElseThrow();
        String hash = accounts.find("first-admin").orElseThrow().passwordHash();
        assertThat(encoder.matches(second, hash)).isTrue();
        assertThat(encoder.matches(first, hash)).isFalse();
    }

    @Test
    void theOptionNeverTakesOverAnotherAccountNorAcceptsAnOddUsername() {
        accounts.addIfAbsent(new UserAccount("robin", encoder.encode("x"), "Robin", java.util.Set.of(Role.CASEWORKER),
                true, "DEMO-SUPPORT"));
        assertThat(bootstrap.issue("robin")).isEmpty();
        assertThat(accounts.find("robin").orElseThrow().roles()).containsExactly(Role.CASEWORKER);
        for (String odd : List.of("two words", "", "x".repeat(65), "quote\"")) {
            assertThat(bootstrap.issue(odd)).as(odd).isEmpty();
        }
    }

    @Test
    void withoutAnAdministratorAndWithoutTheOptionTheLogSaysWhatToDo(CapturedOutput output) {
        bootstrap.atStartUp(null);
        assertThat(output.getOut()).contains("No administrator account exists").contains("--pathways.bootstrap-admin=");
        assertThat(mongo.count(new Query(), UserAccount.class)).isZero();
    }
}
