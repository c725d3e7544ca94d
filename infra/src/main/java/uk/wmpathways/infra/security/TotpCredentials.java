package uk.wmpathways.infra.security;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.wmpathways.infra.personaldata.PurposeKeys;

import java.util.Optional;

/**
 * The {@value #COLLECTION} collection: one document per account that has set up one-time codes. The secret is
 * stored sealed ({@value #SEALED_SECRET}: AES-256-GCM under the key of {@link PurposeKeys#TOTP_SECRETS}, with the
 * username as associated data, so that a sealed secret copied to another account does not open there). A
 * document stored before sealing holds {@value #PLAIN_SECRET} instead until {@link TotpSecretSealing} has sealed
 * it; both are read.
 */
public class TotpCredentials {

    static final String COLLECTION = "totp_credentials";
    static final String SEALED_SECRET = "sealedSecret";
    static final String PLAIN_SECRET = "secret";
    private static final Logger log = LoggerFactory.getLogger(TotpCredentials.class);

    private final MongoTemplate mongo;
    private final PurposeKeys.Sealer sealer;

    public TotpCredentials(MongoTemplate mongo, PurposeKeys keys) {
        this.mongo = mongo;
        this.sealer = keys.sealer(PurposeKeys.TOTP_SECRETS);
    }

    /**
     * The account's credential with its secret opened. Empty also when the stored secret does not open (copied
     * from another account, altered, or sealed under another master key): no code can be checked against it, so
     * none is accepted until an administrator resets the account's codes; {@link #isOn} still tells the truth.
     */
    public Optional<TotpCredential> find(String username) {
        Document stored = stored(username);
        if (stored == null) {
            return Optional.empty();
        }
        String secret;
        try {
            secret = secretOf(username, stored);
        } catch (IllegalStateException unreadable) {
            log.warn("The one-time-code secret stored for account {} does not open with this deployment's key:"
                    + " its codes are refused until an administrator resets them",
                    LoggedSecurityEvents.shortHash(username));
            return Optional.empty();
        }
        return Optional.of(new TotpCredential(username, secret, Boolean.TRUE.equals(stored.getBoolean("confirmed")),
                ((Number) stored.get("lastUsedStep")).longValue()));
    }

    /** Whether sign-in asks {@code username} for a code. */
    public boolean isOn(String username) {
        return confirmed(username).orElse(false);
    }

    /** Whether the account's credential is confirmed; empty when it has none (read without opening the secret). */
    Optional<Boolean> confirmed(String username) {
        return Optional.ofNullable(stored(username)).map(stored -> Boolean.TRUE.equals(stored.getBoolean("confirmed")));
    }

    /** Stores the credential with its secret sealed (a fresh nonce each time), replacing a plain one. */
    void save(TotpCredential credential) {
        mongo.save(new Document("_id", credential.username())
                .append(SEALED_SECRET, sealer.seal(credential.username(), credential.secret()))
                .append("confirmed", credential.confirmed())
                .append("lastUsedStep", credential.lastUsedStep()), COLLECTION);
    }

    /** True when there was one to remove. */
    boolean remove(String username) {
        return mongo.remove(Query.query(Criteria.where("_id").is(username)), COLLECTION).getDeletedCount() > 0;
    }

    /**
     * Records that the code of {@code step} was used, only if no code of that step or a later one was: one atomic
     * update, so that two requests racing with the same code (on one instance or two) cannot both win.
     */
    boolean markUsed(String username, long step) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(username).and("confirmed").is(true)
                        .and("lastUsedStep").lt(step)),
                Update.update("lastUsedStep", step), COLLECTION).getModifiedCount() == 1;
    }

    /** Seals a secret stored in plain text, unless it was changed meanwhile; true when it did. */
    boolean sealPlain(String username, String plainSecret) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(username).and(PLAIN_SECRET).is(plainSecret)),
                new Update().set(SEALED_SECRET, sealer.seal(username, plainSecret)).unset(PLAIN_SECRET),
                COLLECTION).getModifiedCount() == 1;
    }

    private Document stored(String username) {
        return username == null ? null : mongo.findById(username, Document.class, COLLECTION);
    }

    private String secretOf(String username, Document stored) {
        String sealed = stored.getString(SEALED_SECRET);
        if (sealed != null) {
            return sealer.open(username, sealed);
        }
        String plain = stored.getString(PLAIN_SECRET);
        if (plain == null) {
            throw new IllegalStateException("A one-time-code credential without a secret");
        }
        return plain;
    }
}
