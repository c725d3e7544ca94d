package uk.wmpathways.infra.security;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.wmpathways.infra.personaldata.MigrationMarkers;

import java.time.Clock;
import java.util.List;

/**
 * Seals the one-time-code secrets stored in plain text before {@link TotpCredentials} sealed them: each plain
 * secret is sealed in place and its plain field removed. Runs once per database (a marker in
 * {@value MigrationMarkers#COLLECTION}), at start-up before sign-in opens; safe to run again, and a secret
 * changed meanwhile (set up again, or removed) is left as it is then. Until it has run, plain secrets are read.
 */
public class TotpSecretSealing {

    static final String MIGRATION = "seal-totp-secrets-v1";
    private static final Logger log = LoggerFactory.getLogger(TotpSecretSealing.class);

    private final MongoTemplate mongo;
    private final TotpCredentials credentials;
    private final MigrationMarkers markers;
    private final Clock clock;

    public TotpSecretSealing(MongoTemplate mongo, TotpCredentials credentials, Clock clock) {
        this.mongo = mongo;
        this.credentials = credentials;
        this.markers = new MigrationMarkers(mongo.getDb());
        this.clock = clock;
    }

    public boolean done() {
        return markers.done(MIGRATION);
    }

    /** How many secrets it sealed. */
    public int run() {
        List<Document> plain = mongo.find(Query.query(Criteria.where(TotpCredentials.PLAIN_SECRET).exists(true)),
                Document.class, TotpCredentials.COLLECTION);
        int sealed = 0;
        for (Document credential : plain) {
            String secret = credential.getString(TotpCredentials.PLAIN_SECRET);
            if (secret != null && credentials.sealPlain(credential.getString("_id"), secret)) {
                sealed++;
            }
        }
        markers.markDone(MIGRATION, clock.instant());
        log.info("One-time-code secrets sealed: {} of {} stored in plain text", sealed, plain.size());
        return sealed;
    }
}
