package uk.wmpathways.infra.personaldata;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Keys for secrets and identifiers kept outside the events, one key per purpose, each derived from the
 * {@link MasterKey} ({@link MasterKey#derive}): a key of one purpose tells nothing about another's or about the
 * master key, and nothing of them is stored. A purpose's name ends in a version, so that a key can be replaced
 * by naming a new one. Independent of {@code pathways.personal-data.encryption}: that switch is for measuring
 * what sealing events costs, and these stores are small.
 */
public final class PurposeKeys {

    /** One-time-code secrets of sign-in accounts, sealed ({@link Sealer}). */
    public static final String TOTP_SECRETS = "pathways/totp-secrets/v1";
    /** NHS numbers claimed by participants, kept only as keyed hashes ({@link KeyedHash}). */
    public static final String NHS_NUMBER_CLAIMS = "pathways/nhs-number-claims/v1";

    private final MasterKey masterKey;

    public PurposeKeys(MasterKey masterKey) {
        this.masterKey = masterKey;
    }

    /** AES-256-GCM under the purpose's key. */
    public Sealer sealer(String purpose) {
        return new Sealer(FieldCipher.key(keyOf(purpose)));
    }

    /** HMAC-SHA256 under the purpose's key. */
    public KeyedHash keyedHash(String purpose) {
        return new KeyedHash(keyOf(purpose));
    }

    private byte[] keyOf(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A derived key needs the name of its purpose");
        }
        return masterKey.derive(purpose.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Seals text with a fresh nonce for each value ({@link FieldCipher}), bound to associated data that says
     * where it belongs (such as the account it is the secret of): moved elsewhere it does not open.
     */
    public static final class Sealer {

        private final SecretKey key;

        private Sealer(SecretKey key) {
            this.key = key;
        }

        /** Base64 of the nonce and the ciphertext. */
        public String seal(String associatedData, String plaintext) {
            return Base64.getEncoder().encodeToString(
                    FieldCipher.encrypt(key, associatedData, plaintext.getBytes(StandardCharsets.UTF_8)));
        }

        /**
         * @throws IllegalStateException when the value was not sealed with this purpose's key for this
         *                               associated data (moved, altered, or sealed under another master key)
         */
        public String open(String associatedData, String sealed) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(sealed);
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalStateException("A sealed value is not base64", notBase64);
            }
            return new String(FieldCipher.decrypt(key, associatedData, bytes), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "Sealer[key hidden]";
        }
    }

    /**
     * A keyed hash: the same value always gives the same hash, so it can stand for the value in a unique key,
     * but without the key nobody can compute it, so a list of every possible value (there are only about a
     * billion NHS numbers) does not find it.
     */
    public static final class KeyedHash {

        private final SecretKeySpec key;

        private KeyedHash(byte[] key) {
            this.key = new SecretKeySpec(key, "HmacSHA256");
        }

        /** Base64url without padding (43 characters). */
        public String of(String value) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
            }
        }

        @Override
        public String toString() {
            return "KeyedHash[key hidden]";
        }
    }
}
