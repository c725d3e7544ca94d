package uk.wmpathways.caseservice.enrolment;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * One document per trial participant, keyed by participant id: the unique {@code _id} makes a second claim
 * impossible, and the loser of a race reads the winner's arm. It holds no personal data: ids and the draw.
 */
@Component
class MongoTrialArmRegistry implements TrialArmRegistry {

    static final String COLLECTION = "trial_arm_claims";

    private final MongoTemplate mongo;
    private final TrialArmClaimsBackfill backfill;

    MongoTrialArmRegistry(MongoTemplate mongo, TrialArmClaimsBackfill backfill) {
        this.mongo = mongo;
        this.backfill = backfill;
    }

    @Override
    public Claim claim(String participantId, String enrolmentId, Supplier<TrialArmRandomiser.Draw> draw) {
        backfill.ensureDone();
        Document held = mongo.findById(participantId, Document.class, COLLECTION);
        if (held != null) {
            return claimOf(held);
        }
        TrialArmRandomiser.Draw drawn = draw.get();
        try {
            mongo.insert(claimDocument(participantId, enrolmentId, drawn), COLLECTION);
            return new Claim(enrolmentId, drawn);
        } catch (DuplicateKeyException claimedMeanwhile) {
            // Another enrolment of the person claimed first: its draw is the person's, this one is never used.
            return claimOf(mongo.findById(participantId, Document.class, COLLECTION));
        }
    }

    static Document claimDocument(String participantId, String enrolmentId, TrialArmRandomiser.Draw draw) {
        return new Document("_id", participantId).append("enrolmentId", enrolmentId).append("drawn", draw.drawn())
                .append("drawRange", draw.drawRange()).append("treatmentBelow", draw.treatmentBelow());
    }

    private static Claim claimOf(Document held) {
        return new Claim(held.getString("enrolmentId"), new TrialArmRandomiser.Draw(held.getInteger("drawn"),
                held.getInteger("drawRange"), held.getInteger("treatmentBelow")));
    }
}
