package uk.wmpathways.caseservice.participant;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.infra.personaldata.PurposeKeys;

import java.util.Optional;

/**
 * One document per NHS number, keyed by its keyed hash ({@link PurposeKeys#NHS_NUMBER_CLAIMS}): the unique _id
 * makes two claims impossible, and the collection holds no NHS number. The same number always gives the same
 * hash, but without the master key nobody can compute it, so trying every possible number finds nothing.
 */
@Component
class MongoNhsNumberRegistry implements NhsNumberRegistry {

    static final String COLLECTION = "nhs_number_claims";

    private final MongoTemplate mongo;
    private final PurposeKeys.KeyedHash claimIds;

    MongoNhsNumberRegistry(MongoTemplate mongo, PurposeKeys keys) {
        this.mongo = mongo;
        this.claimIds = keys.keyedHash(PurposeKeys.NHS_NUMBER_CLAIMS);
    }

    /** The _id of the claim on an NHS number (its ten digits). */
    String claimIdOf(String nhsNumber) {
        return claimIds.of(nhsNumber);
    }

    @Override
    public Optional<String> claim(String nhsNumber, String participantId) {
        String claimId = claimIdOf(nhsNumber);
        try {
            mongo.insert(new Document("_id", claimId).append("participantId", participantId), COLLECTION);
            return Optional.empty();
        } catch (DuplicateKeyException alreadyClaimed) {
            Document holder = mongo.findById(claimId, Document.class, COLLECTION);
            String holderId = holder == null ? null : holder.getString("participantId");
            return participantId.equals(holderId) ? Optional.empty() : Optional.ofNullable(holderId);
        }
    }

    @Override
    public Optional<String> holderOf(String nhsNumber) {
        Document holder = mongo.findById(claimIdOf(nhsNumber), Document.class, COLLECTION);
        return Optional.ofNullable(holder == null ? null : holder.getString("participantId"));
    }

    @Override
    public void takeOver(String nhsNumber, String staleHolder, String participantId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimIdOf(nhsNumber)).and("participantId").is(staleHolder)),
                Update.update("participantId", participantId), COLLECTION);
    }

    @Override
    public void release(String participantId) {
        // A scan on the embedded server (no index on participantId), and rare: once per erasure.
        mongo.remove(Query.query(Criteria.where("participantId").is(participantId)), COLLECTION);
    }
}
