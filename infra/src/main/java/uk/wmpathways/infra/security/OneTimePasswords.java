package uk.wmpathways.infra.security;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * One-time passwords given to a person (the first administrator's, a new account's, an administrator's reset):
 * random, shown once, stored only as a hash, valid {@link #VALIDITY} and only to choose one's own password at the
 * first sign-in ({@link UserAccount#mustChangePassword()}).
 */
final class OneTimePasswords {

    static final int VALID_HOURS = 24;
    static final Duration VALIDITY = Duration.ofHours(VALID_HOURS);
    /** Letters and digits that cannot be misread for one another (no 0/O, 1/l/I). */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom random = new SecureRandom();

    private OneTimePasswords() {
    }

    /** 20 characters of a 56-letter alphabet (about 116 bits), in groups of four to be copied without error. */
    static String next() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
