package uk.wmpathways.infra.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * How passwords are stored: bcrypt, as before, but over the SHA-256 of the password (base64) for every hash
 * written from now on ({@code {bcrypt-sha256}}). bcrypt reads only the first 72 bytes of a password, and
 * Spring Security refuses to hash a longer one; the policy allows 128 characters (up to 512 bytes in UTF-8), so
 * the digest (44 ASCII characters, no NUL byte) is what bcrypt sees. This is passlib's {@code bcrypt_sha256}
 * idea. Hashes written earlier ({@code {bcrypt}}) are still read.
 * <p>
 * Both kinds cost one bcrypt of the same strength, so the check against the dummy hash that Spring Security
 * makes for an unknown username takes as long as a real one: unknown and known usernames answer in equal time.
 */
public final class PasswordHashing {

    public static final String CURRENT = "bcrypt-sha256";
    public static final String EARLIER = "bcrypt";

    private PasswordHashing() {
    }

    /** Encodes with {@value #CURRENT}; matches {@value #CURRENT} and {@value #EARLIER} hashes. */
    public static PasswordEncoder encoder() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        return new DelegatingPasswordEncoder(CURRENT, Map.of(CURRENT, new BcryptOverSha256(bcrypt), EARLIER, bcrypt));
    }

    static final class BcryptOverSha256 implements PasswordEncoder {

        private final PasswordEncoder bcrypt;

        BcryptOverSha256(PasswordEncoder bcrypt) {
            this.bcrypt = bcrypt;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(digest(rawPassword));
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return rawPassword != null && bcrypt.matches(digest(rawPassword), encodedPassword);
        }

        private static String digest(CharSequence rawPassword) {
            try {
                byte[] sha256 = MessageDigest.getInstance("SHA-256")
                        .digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(sha256);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }
}
