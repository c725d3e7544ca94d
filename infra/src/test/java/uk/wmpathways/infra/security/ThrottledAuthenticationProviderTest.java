package uk.wmpathways.infra.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class ThrottledAuthenticationProviderTest {

    private static final String PASSWORD = "heron tulip quarry 42";

    record Event(String type, String username, String detail) {
    }

    private final TestClock clock = new TestClock();
    private final List<Event> events = new ArrayList<>();
    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final PasswordEncoder realEncoder = PasswordHashing.encoder();
    private final PasswordEncoder countingEncoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            return realEncoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            passwordChecks.incrementAndGet();
            return realEncoder.matches(rawPassword, encodedPassword);
        }
    };
    private final String hash = realEncoder.encode(PASSWORD);
    private final Map<String, User.UserBuilder> users = Map.of(
            "robin", User.withUsername("robin").password(hash).roles("CASEWORKER"),
            "gone", User.withUsername("gone").password(hash).roles("CASEWORKER").disabled(true),
            "new-admin", User.withUsername("new-admin").password(hash).authorities("PASSWORD_CHANGE_REQUIRED")
                    .credentialsExpired(true));
    private final UserDetailsService userDetails = username -> {
        User.UserBuilder user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("Unknown user");
        }
        return user.build();
    };
    private final SignInThrottle throttle = new SignInThrottle(SignInLimits.defaults(), clock);
    private final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(userDetails,
            countingEncoder, throttle, (type, username, address, detail) -> events.add(new Event(type, username, detail)));

    private Authentication signIn(String username, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** A failed attempt, far enough apart from the previous one not to be slowed down. */
    private Throwable failedAttempt(String username, String password) {
        clock.advance(Duration.ofSeconds(20));
        return catchThrowable(() -> signIn(username, password));
    }

    @Test
    void theRightPasswordSignsInAndIsRecorded() {
        Authentication signedIn = signIn("robin", PASSWORD);
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CASEWORKER");
        assertThat(events).containsExactly(new Event(SecurityEvents.SIGN_IN, "robin", "signed in"));
    }

    @Test
    void anUnknownUsernameIsAnsweredAsAWrongPasswordAfterAsMuchWork() {
        Throwable known = failedAttempt("robin", "not the password");
        assertThat(passwordChecks.getAndSet(0)).isEqualTo(1);
        Throwable unknown = failedAttempt("nobody", "not the password");
        assertThat(passwordChecks.get()).as("a dummy hash checked, as long as a real one").isEqualTo(1);
        assertThat(unknown).isExactlyInstanceOf(known.getClass()).isInstanceOf(BadCredentialsException.class)
                .hasMessage(known.getMessage());
        assertThat(events).extracting(Event::type).containsExactly(SecurityEvents.SIGN_IN_FAILED,
                SecurityEvents.SIGN_IN_FAILED);
    }

    @Test
    void theFifthFailureLocksKnownAndUnknownUsernamesAlikeAndThenNoPasswordIsChecked() {
        for (String username : List.of("robin", "nobody")) {
            for (int i = 1; i <= 5; i++) {
                assertThat(failedAttempt(username, "guess " + i)).isInstanceOf(BadCredentialsException.class);
            }
            passwordChecks.set(0);
            Throwable refused = failedAttempt(username, username.equals("robin") ? PASSWORD : "anything");
            assertThat(refused).isInstanceOf(SignInThrottledException.class);
            assertThat(((SignInThrottledException) refused).retryAfter()).isEqualTo(Duration.ofSeconds(880));
            assertThat(passwordChecks.get()).as("the password is not even looked at").isZero();
        }
        assertThat(events).extracting(Event::type).filteredOn(SecurityEvents.LOCKED_OUT::equals).hasSize(2);
        assertThat(events).filteredOn(event -> event.type().equals(SecurityEvents.SIGN_IN_FAILED))
                .extracting(Event::detail).contains("refused: account locked");
    }

    @Test
    void aWrongPasswordForADisabledAccountIsJustAWrongPassword() {
        assertThat(failedAttempt("gone", "not the password")).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(failedAttempt("gone", PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(events).extracting(Event::detail).containsExactly("wrong username or password", "account disabled");
    }

    @Test
    void anExpiredOneTimePasswordIsRefusedOnlyAfterThePasswordCheckAndIsNotCountedAsAGuess() {
        for (int i = 0; i < 6; i++) {
            assertThat(failedAttempt("new-admin", PASSWORD)).isInstanceOf(CredentialsExpiredException.class);
        }
        assertThat(throttle.refusal("new-admin", SecurityEvents.NO_CLIENT)).isEmpty();
    }

    @Test
    void nothingRecordedCarriesThePassword() {
        failedAttempt("robin", "my secret guess");
        signIn("robin", PASSWORD);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.detail()).doesNotContain("secret").doesNotContain(PASSWORD);
        });
    }

    @Test
    void aSlowDownIsASecondAtFirst() {
        failedAttempt("robin", "one");
        failedAttempt("robin", "two");
        assertThatThrownBy(() -> signIn("robin", PASSWORD)).isInstanceOf(SignInThrottledException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("robin", PASSWORD).isAuthenticated()).isTrue();
    }
}
