package uk.wmpathways.infra.personaldata;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The key store of crypto-shredding: one key per data subject (a person), and which event streams (the person's
 * own, their enrolments', their referrals') hold data about whom. Destroying a subject's key erases every value
 * encrypted with it, wherever a copy of it lies.
 * <p>
 * An interface so that production can keep keys where a key management service holds them; the default keeps
 * them in MongoDB, wrapped by a master key that is not in the database ({@link MongoDataSubjectKeys}).
 * Implementations throw {@link KeyStoreUnavailableException} when they cannot answer, never a half answer.
 */
public interface DataSubjectKeys {

    /**
     * The subject's key, made on first use.
     *
     * @throws DataSubjectErasedException when the subject's key was destroyed: nothing new is written about them
     */
    SecretKey keyFor(String subject);

    /** The subject's key; empty once it has been destroyed (or if it was never made). */
    Optional<SecretKey> existingKey(String subject);

    /** When the subject's key was destroyed, if it was. */
    Optional<Instant> erasedAt(String subject);

    /** Destroys the subject's key for good; idempotent (the first erasure's time is kept). */
    void destroy(String subject, Instant at);

    /** Remembers that the stream holds data about the subject (idempotent; a stream has one subject). */
    void rememberStream(String streamId, String subject);

    Optional<String> subjectOfStream(String streamId);

    /** Every stream known to hold data about the subject. */
    List<String> streamsOf(String subject);
}
