package uk.wmpathways.infra.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongUncommonPasswordThatIsNotTheUsernameIsAccepted() {
        assertThat(policy.problems("robin", "heron tulip quarry 42")).isEmpty();
        assertThat(policy.problems("robin", "correct horse battery staple")).isEmpty();
    }

    @Test
    void twelveToOneHundredAndTwentyEightCharacters() {
        assertThat(policy.problems("robin", "short-pw-11")).containsExactly(PasswordPolicy.TOO_SHORT);
        assertThat(policy.problems("robin", "exactly-12ch")).isEmpty();
        assertThat(policy.problems("robin", "x".repeat(127) + "y")).isEmpty();
        assertThat(policy.problems("robin", "x".repeat(129))).containsExactly(PasswordPolicy.TOO_LONG);
    }

    @Test
    void aPasswordFromTheListOfTheMostCommonIsRefusedWhateverItsCase() {
        // Entries of the bundled list that are long enough to pass the length rule.
        assertThat(policy.problems("robin", "qwertyuiop123")).isEmpty(); // not on the list
        assertThat(policy.problems("robin", "qwerty123456")).containsExactly(PasswordPolicy.TOO_COMMON);
        assertThat(policy.problems("robin", "QWERTY123456")).containsExactly(PasswordPolicy.TOO_COMMON);
        assertThat(policy.problems("robin", "1qaz2wsx3edc")).containsExactly(PasswordPolicy.TOO_COMMON);
        assertThat(policy.problems("robin", "password")).containsExactly(PasswordPolicy.TOO_SHORT,
                PasswordPolicy.TOO_COMMON);
    }

    @Test
    void theUsernameIsNotAPasswordWhateverItsCase() {
        assertThat(policy.problems("robin.example", "Robin.Example")).containsExactly(PasswordPolicy.SAME_AS_USERNAME);
        assertThat(policy.problems("robin.example", "robin.example and more")).isEmpty();
    }

    @Test
    void aMissingPasswordIsOneProblem() {
        assertThat(policy.problems("robin", null)).containsExactly(PasswordPolicy.MISSING);
        assertThat(policy.problems("robin", "")).containsExactly(PasswordPolicy.MISSING);
    }

    @Test
    void theDemoPasswordWouldNotPassWhichIsWhyDemoAccountsNeverComeThroughHere() {
        assertThat(policy.problems("caseworker", UserAccountsAutoConfiguration.DEMO_PASSWORD))
                .containsExactly(PasswordPolicy.TOO_SHORT);
    }
}
