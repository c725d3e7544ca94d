package uk.wmpathways.caseservice.participant;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** One document per NHS number, keyed by it: the unique _id makes two claims impossible. */
@Component
class MongoNhsNumberRegistry implements NhsNumberRegistry {

    static final String COLLECTION = "nhs_number_claims";

    private final MongoTemplate mongo;

    MongoNhsNumberRegistry(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> claim(String nhsNumber, String participantId) {
        try {
            mongo.insert(new Document("_id", nhsNumber).append("participantId", participantId), COLLECTION);
            return Optional.empty();
        } catch (DuplicateKeyException alreadyClaimed) {
            Document holder = mongo.findById(nhsNumber, Document.class, COLLECTION);
            String holderId = holder == null ? null : holder.getString("participantId");
            return participantId.equals(holderId) ? Optional.empty() : Optional.ofNullable(holderId);
        }
    }

    @Override
    public void takeOver(String nhsNumber, String staleHolder, String participantId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(nhsNumber).and("participantId").is(staleHolder)),
                Update.update("participantId", participantId), COLLECTION);
    }

    @Override
    public void release(String participantId) {
        // A scan on the embedded server (no index on participantId), and rare: once per erasure.
        mongo.remove(Query.query(Criteria.where("participantId").is(participantId)), COLLECTION);
    }
}
