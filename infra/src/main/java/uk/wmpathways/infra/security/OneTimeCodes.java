package uk.wmpathways.infra.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * One-time codes of RFC 6238 (TOTP) as authenticator apps make them: HMAC-SHA1, 6 digits, a new code every 30
 * seconds, a 160-bit secret written in Base32. The codes themselves come from java-otp (a generator per code: its
 * {@code Mac} is not shared between threads); this class only chooses
 * the secret, writes the {@code otpauth://} address for the QR code and says which time step a code belongs to.
 * <p>
 * A code is accepted for the time step of {@code now} and the one before and after (clocks of phones drift, and
 * a person needs a few seconds to type), never two steps off. Replay is not decided here: the caller remembers
 * the last step used ({@link TwoStepSignIn}).
 */
public final class OneTimeCodes {

    public static final String ISSUER = "Pathways";
    public static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    private static final int SECRET_BYTES = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    /** A new random secret, in Base32 without padding (as apps expect it typed in). */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The address an authenticator app reads from the QR code: issuer "Pathways", the username as the label. */
    public static String otpauthUri(String username, String secret) {
        String label = encode(ISSUER) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The code of the secret at {@code time} (what the app shows then). */
    public static String codeAt(String secret, Instant time) {
        try {
            return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(key(secret), time, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC-SHA1 key of any length is valid", e);
        }
    }

    /** The time step (30-second period since the epoch) of an instant. */
    public static long stepOf(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /**
     * The time step whose code {@code code} is, among the step of {@code now} and the ones either side; empty for
     * a code that is none of them (or not 6 digits). All three are computed and compared in constant time, so the
     * answer takes as long whichever matches.
     */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        boolean wellFormed = typed.length() == DIGITS && typed.chars().allMatch(Character::isDigit);
        long current = stepOf(now);
        long matched = Long.MIN_VALUE;
        for (long step = current - 1; step <= current + 1; step++) {
            String expected = codeAt(secret, Instant.ofEpochSecond(step * STEP_SECONDS));
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII)) && wellFormed) {
                matched = step;
            }
        }
        return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
