package uk.wmpathways.infra.security;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Optional;

/** The {@code totp_credentials} collection: one document per account that has set up one-time codes. */
public class TotpCredentials {

    private final MongoTemplate mongo;

    public TotpCredentials(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<TotpCredential> find(String username) {
        return username == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(username, TotpCredential.class));
    }

    /** Whether sign-in asks {@code username} for a code. */
    public boolean isOn(String username) {
        return find(username).map(TotpCredential::confirmed).orElse(false);
    }

    void save(TotpCredential credential) {
        mongo.save(credential);
    }

    /** True when there was one to remove. */
    boolean remove(String username) {
        return mongo.remove(Query.query(Criteria.where("_id").is(username)), TotpCredential.class)
                .getDeletedCount() > 0;
    }

    /**
     * Records that the code of {@code step} was used, only if no code of that step or a later one was: one atomic
     * update, so that two requests racing with the same code (on one instance or two) cannot both win.
     */
    boolean markUsed(String username, long step) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(username).and("confirmed").is(true)
                        .and("lastUsedStep").lt(step)),
                Update.update("lastUsedStep", step), TotpCredential.class).getModifiedCount() == 1;
    }
}
