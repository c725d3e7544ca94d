package uk.wmpathways.infra.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The numbers are the defaults: slow down from the 2nd failure in a row, lock at the 5th for 15 minutes. */
class SignInThrottleTest {

    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(SignInLimits.defaults(), clock);

    private void failOnce(String username, String address) {
        assertThat(throttle.refusal(username, address)).as("allowed to try").isEmpty();
        throttle.failed(username, address);
    }

    @Test
    void oneFailureDoesNotSlowDown() {
        failOnce("robin", HOME);
        assertThat(throttle.refusal("robin", HOME)).isEmpty();
    }

    @Test
    void fromTheSecondFailureInARowTheNextAttemptWaitsLongerEachTime() {
        failOnce("robin", HOME);
        failOnce("robin", HOME);
        assertThat(throttle.refusal("robin", HOME)).get()
                .extracting(SignInThrottle.Refusal::retryAfter).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        failOnce("robin", HOME);
        assertThat(throttle.refusal("robin", HOME).orElseThrow().retryAfter()).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofMillis(1500));
        assertThat(throttle.refusal("robin", HOME).orElseThrow().retryAfter())
                .as("rounded up to a whole second").isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(500));
        failOnce("robin", HOME);
        assertThat(throttle.refusal("robin", HOME).orElseThrow().retryAfter()).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.refusal("robin", HOME).orElseThrow().accountLocked()).isFalse();
    }

    @Test
    void theFifthFailureInARowLocksTheAccountForFifteenMinutesFromEveryAddress() {
        for (int i = 1; i <= 4; i++) {
            failOnce("robin", HOME);
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.refusal("robin", HOME)).isEmpty();
        assertThat(throttle.failed("robin", HOME)).as("locked now").isTrue();

        SignInThrottle.Refusal refusal = throttle.refusal("robin", ELSEWHERE).orElseThrow();
        assertThat(refusal.accountLocked()).isTrue();
        assertThat(refusal.retryAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.refusal("someone-else", HOME)).as("other accounts are not locked").isEmpty();

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.refusal("robin", HOME)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.refusal("robin", HOME)).isEmpty();
        failOnce("robin", HOME);
        assertThat(throttle.refusal("robin", HOME)).as("counting starts again after the lock").isEmpty();
    }

    @Test
    void aUsernameIsTheSameAccountWhateverItsCase() {
        failOnce("Robin", HOME);
        failOnce("ROBIN ", HOME);
        assertThat(throttle.refusal("robin", HOME)).isPresent();
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() {
        failOnce("robin", HOME);
        clock.advance(Duration.ofSeconds(5));
        failOnce("robin", HOME);
        clock.advance(Duration.ofSeconds(5));
        throttle.succeeded("robin");
        for (int i = 1; i <= 4; i++) {
            clock.advance(Duration.ofSeconds(10));
            failOnce("robin", HOME);
        }
        assertThat(throttle.refusal("robin", HOME).orElseThrow().accountLocked()).isFalse();
    }

    @Test
    void failuresAreForgottenFifteenMinutesAfterTheLastOne() {
        for (int i = 1; i <= 4; i++) {
            failOnce("robin", HOME);
            clock.advance(Duration.ofSeconds(10));
        }
        clock.advance(Duration.ofMinutes(15));
        failOnce("robin", HOME);
        assertThat(throttle.refusal("robin", HOME)).as("the 5th failure, but not in a row").isEmpty();
    }

    @Test
    void twentyFailuresFromOneAddressPauseItWhateverTheUsernames() {
        for (int i = 1; i <= 20; i++) {
            failOnce("user" + i, HOME);
            clock.advance(Duration.ofSeconds(30));
        }
        // The first failure was 10 minutes ago: the address may try again 5 minutes from now.
        SignInThrottle.Refusal refusal = throttle.refusal("user-never-tried", HOME).orElseThrow();
        assertThat(refusal.retryAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(refusal.accountLocked()).isFalse();
        assertThat(throttle.refusal("user-never-tried", ELSEWHERE)).as("other addresses go on").isEmpty();

        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.refusal("user-never-tried", HOME)).as("the oldest failure left the window").isEmpty();
        failOnce("user-never-tried", HOME);
        assertThat(throttle.refusal("user-never-tried-either", HOME)).isPresent();
    }

    @Test
    void anAdministratorsUnlockLetsTheAccountSignInAtOnce() {
        for (int i = 1; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(10));
            throttle.failed("robin", HOME);
        }
        assertThat(throttle.unlock("robin")).as("was locked").isTrue();
        assertThat(throttle.refusal("robin", HOME)).isEmpty();
        assertThat(throttle.unlock("robin")).as("not locked any more").isFalse();
    }

    @Test
    void anAddressCanBeLetGoOnAtOnce() {
        for (int i = 1; i <= 20; i++) {
            throttle.failed("user" + i, HOME);
        }
        throttle.unlockAddress(HOME);
        assertThat(throttle.refusal("someone", HOME)).isEmpty();
    }

    @Test
    void aFloodOfMadeUpUsernamesIsBoundedInMemory() {
        SignInThrottle small = new SignInThrottle(new SignInLimits(null, null, null, null, null, 3), clock);
        for (int i = 0; i < 5; i++) {
            small.failed("robin", HOME);
        }
        assertThat(small.refusal("robin", HOME)).isPresent();
        small.failed("made-up-1", ELSEWHERE);
        small.failed("made-up-2", "203.0.113.1");
        small.failed("made-up-3", "203.0.113.2");
        assertThat(small.refusal("robin", HOME)).as("the least recently failed was forgotten").isEmpty();
    }
}
