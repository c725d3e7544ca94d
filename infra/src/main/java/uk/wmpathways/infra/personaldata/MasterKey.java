package uk.wmpathways.infra.personaldata;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The key that wraps every data subject's key in the key store. It is never stored in the database: production
 * gives it in {@code pathways.personal-data.master-key} (base64 of 32 random bytes, from a secret store); the
 * embedded default keeps it in a file beside the data file, readable by the application's user only.
 */
public final class MasterKey {

    private final SecretKey key;

    private MasterKey(SecretKey key) {
        this.key = key;
    }

    public static MasterKey of(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("The personal data master key must be 32 bytes (256 bits)");
        }
        return new MasterKey(FieldCipher.key(raw));
    }

    public static MasterKey fromBase64(String encoded) {
        return of(Base64.getDecoder().decode(encoded.trim()));
    }

    public static MasterKey random() {
        return new MasterKey(FieldCipher.newKey());
    }

    byte[] wrap(String subject, SecretKey subjectKey) {
        return FieldCipher.encrypt(key, "data-subject-key/" + subject, subjectKey.getEncoded());
    }

    SecretKey unwrap(String subject, byte[] wrapped) {
        return FieldCipher.key(FieldCipher.decrypt(key, "data-subject-key/" + subject, wrapped));
    }

    /**
     * A 256-bit key for one purpose ({@link PurposeKeys}): HKDF-Expand of RFC 5869 with this key as the
     * pseudorandom key and {@code info} naming the purpose, one block long, i.e. HMAC-SHA256(this key, info || 1).
     * HKDF's extract step is left out because this key is already uniformly random (RFC 5869, section 3.3).
     */
    byte[] derive(byte[] info) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            mac.update(info);
            return mac.doFinal(new byte[]{1});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[hidden]";
    }
}
