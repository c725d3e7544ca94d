package uk.wmpathways.caseservice.participant;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;
import uk.wmpathways.infra.personaldata.MigrationMarkers;

import java.time.Clock;
import java.util.List;

/**
 * Moves the claims that earlier versions keyed by the plain NHS number to the keyed hash of it
 * ({@link MongoNhsNumberRegistry}): the hashed claim is inserted, then the plain one deleted, so a run stopped
 * half-way leaves both and the next run finishes it. Runs once per database (a marker in
 * {@value MigrationMarkers#COLLECTION}), at start-up before commands are handled, so no registration checks the
 * number against the hashed claims while its plain claim is still there.
 */
@Component
class NhsNumberClaimHashing implements SmartInitializingSingleton {

    static final String MIGRATION = "hash-nhs-number-claims-v1";
    /** An NHS number as earlier versions used it for an _id: its ten digits ({@code NhsNumber.digitsOf}). */
    private static final String PLAIN_NHS_NUMBER = "^[0-9]{10}$";
    private static final Logger log = LoggerFactory.getLogger(NhsNumberClaimHashing.class);

    private final MongoTemplate mongo;
    private final MongoNhsNumberRegistry registry;
    private final MigrationMarkers markers;
    private final Clock clock;
    private final ObjectProvider<EmbeddedMongoServer> embedded;

    NhsNumberClaimHashing(MongoTemplate mongo, MongoNhsNumberRegistry registry, Clock clock,
                          ObjectProvider<EmbeddedMongoServer> embedded) {
        this.mongo = mongo;
        this.registry = registry;
        this.markers = new MigrationMarkers(mongo.getDb());
        this.clock = clock;
        this.embedded = embedded;
    }

    /** The embedded data file keeps the old documents in freed parts until it is rewritten at the next start. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!done() && run() > 0) {
            embedded.ifAvailable(EmbeddedMongoServer::scrubDataFileAtNextStart);
        }
    }

    boolean done() {
        return markers.done(MIGRATION);
    }

    /** How many plain claims it replaced. */
    int run() {
        List<Document> plain = mongo.find(Query.query(Criteria.where("_id").regex(PLAIN_NHS_NUMBER)), Document.class,
                MongoNhsNumberRegistry.COLLECTION);
        int replaced = 0;
        for (Document claim : plain) {
            String nhsNumber = claim.getString("_id");
            String holder = claim.getString("participantId");
            String keptHolder = hashedClaim(registry.claimIdOf(nhsNumber), holder);
            if (!holder.equals(keptHolder)) {
                // Possible only if a registration claimed the number while a version without the plain claims ran.
                log.warn("Two claims on one NHS number while hashing them: participant {} keeps it, participant {}"
                        + " is no longer its holder", keptHolder, holder);
            }
            mongo.remove(Query.query(Criteria.where("_id").is(nhsNumber).and("participantId").is(holder)),
                    MongoNhsNumberRegistry.COLLECTION);
            replaced++;
        }
        markers.markDone(MIGRATION, clock.instant());
        log.info("NHS number claims keyed by a keyed hash instead of the number: {} replaced", replaced);
        return replaced;
    }

    /** Inserts the hashed claim for {@code holder}; the holder of the hashed claim then (another if one was there). */
    private String hashedClaim(String claimId, String holder) {
        try {
            mongo.insert(new Document("_id", claimId).append("participantId", holder),
                    MongoNhsNumberRegistry.COLLECTION);
            return holder;
        } catch (DuplicateKeyException insertedByAnEarlierRun) {
            Document existing = mongo.findById(claimId, Document.class, MongoNhsNumberRegistry.COLLECTION);
            return existing == null ? holder : existing.getString("participantId");
        }
    }
}
