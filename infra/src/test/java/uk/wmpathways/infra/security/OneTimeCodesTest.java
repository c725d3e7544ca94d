package uk.wmpathways.infra.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes themselves: RFC 6238's own test vector, the window of one step either side, the QR address. */
class OneTimeCodesTest {

    /** RFC 6238 appendix B's SHA-1 key "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:10Z");

    @Test
    void theCodesAreRfc6238s() {
        // RFC 6238: 94287082 at T=59 s and 07081804 at T=1111111109 s, of which an app shows the last 6 digits
        assertThat(OneTimeCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(OneTimeCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void theCurrentCodeIsAcceptedForItsStep() {
        String code = OneTimeCodes.codeAt(RFC_SECRET, NOW);
        assertThat(OneTimeCodes.matchingStep(RFC_SECRET, code, NOW)).hasValue(OneTimeCodes.stepOf(NOW));
        assertThat(OneTimeCodes.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), NOW))
                .as("typed with a space, as apps show it").hasValue(OneTimeCodes.stepOf(NOW));
    }

    @Test
    void theCodesOfThePreviousAndNextStepAreAcceptedTwoStepsOffAreNot() {
        Duration step = Duration.ofSeconds(30);
        assertThat(OneTimeCodes.matchingStep(RFC_SECRET, OneTimeCodes.codeAt(RFC_SECRET, NOW.minus(step)), NOW))
                .hasValue(OneTimeCodes.stepOf(NOW) - 1);
        assertThat(OneTimeCodes.matchingStep(RFC_SECRET, OneTimeCodes.codeAt(RFC_SECRET, NOW.plus(step)), NOW))
                .hasValue(OneTimeCodes.stepOf(NOW) + 1);
        assertThat(OneTimeCodes.matchingStep(RFC_SECRET,
                OneTimeCodes.codeAt(RFC_SECRET, NOW.minus(step.multipliedBy(2))), NOW)).isEmpty();
        assertThat(OneTimeCodes.matchingStep(RFC_SECRET,
                OneTimeCodes.codeAt(RFC_SECRET, NOW.plus(step.multipliedBy(2))), NOW)).isEmpty();
    }

    @Test
    void wrongOrMalformedCodesAreRefused() {
        String code = OneTimeCodes.codeAt(RFC_SECRET, NOW);
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        assertThat(OneTimeCodes.matchingStep(RFC_SECRET, wrong, NOW)).isEmpty();
        assertThat(OneTimeCodes.matchingStep(RFC_SECRET, null, NOW)).isEmpty();
        assertThat(OneTimeCodes.matchingStep(RFC_SECRET, "", NOW)).isEmpty();
        assertThat(OneTimeCodes.matchingStep(RFC_SECRET, code + "0", NOW)).isEmpty();
    }

    @Test
    void aNewSecretIs160RandomBitsInBase32AndTheAddressNamesPathways() {
        String secret = OneTimeCodes.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(OneTimeCodes.newSecret());
        assertThat(OneTimeCodes.otpauthUri("sam.admin", secret)).isEqualTo("otpauth://totp/Pathways:sam.admin?secret="
                + secret + "&issuer=Pathways&algorithm=SHA1&digits=6&period=30");
    }
}
