package uk.wmpathways.infra.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTest {

    private final PasswordEncoder encoder = PasswordHashing.encoder();

    @Test
    void newHashesAreBcryptOverSha256() {
        String hash = encoder.encode("heron tulip quarry 42");
        assertThat(hash).startsWith("{bcrypt-sha256}$2a$10$");
        assertThat(encoder.matches("heron tulip quarry 42", hash)).isTrue();
        assertThat(encoder.matches("heron tulip quarry 43", hash)).isFalse();
    }

    @Test
    void theLongestPasswordThePolicyAllowsIsHashedWhole() {
        // 128 characters of 4 bytes each: 512 bytes, where bcrypt alone refuses more than 72.
        String longest = "\uD83D\uDE00".repeat(PasswordPolicy.MAX_LENGTH / 2);
        String hash = encoder.encode(longest);
        assertThat(encoder.matches(longest, hash)).isTrue();
        // The 73rd byte onwards counts, unlike with bcrypt alone.
        String a = "a".repeat(72) + "first ending";
        String b = "a".repeat(72) + "other ending";
        assertThat(encoder.matches(b, encoder.encode(a))).isFalse();
    }

    @Test
    void hashesWrittenEarlierWithBcryptAreStillRead() {
        String earlier = "{bcrypt}" + new BCryptPasswordEncoder().encode("demo-pass-1");
        assertThat(encoder.matches("demo-pass-1", earlier)).isTrue();
        assertThat(encoder.matches("demo-pass-2", earlier)).isFalse();
    }
}
