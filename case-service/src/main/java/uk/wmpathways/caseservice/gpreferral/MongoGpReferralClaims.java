package uk.wmpathways.caseservice.gpreferral;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * One document per practice and message, {@code _id} "ODS code|message key" (the sender's request id or bundle
 * id: no personal data): the unique _id makes two records of one message impossible, however close the sends.
 */
@Component
class MongoGpReferralClaims implements GpReferralClaims {

    static final String COLLECTION = "gp_referral_claims";

    private final MongoTemplate mongo;

    MongoGpReferralClaims(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String claimIdOf(String practiceOdsCode, String messageKey) {
        return practiceOdsCode.toUpperCase(Locale.ROOT) + "|" + messageKey;
    }

    @Override
    public Optional<Claim> claim(String practiceOdsCode, String messageKey, String referralId, Instant now) {
        String claimId = claimIdOf(practiceOdsCode, messageKey);
        try {
            mongo.insert(new Document("_id", claimId).append("referralId", referralId)
                    .append("claimedAt", Date.from(now)), COLLECTION);
            return Optional.empty();
        } catch (DuplicateKeyException alreadyClaimed) {
            Document holder = mongo.findById(claimId, Document.class, COLLECTION);
            if (holder == null || referralId.equals(holder.getString("referralId"))) {
                return Optional.empty();
            }
            Date claimedAt = holder.getDate("claimedAt");
            return Optional.of(new Claim(holder.getString("referralId"),
                    claimedAt == null ? Instant.EPOCH : claimedAt.toInstant()));
        }
    }

    @Override
    public void takeOver(String practiceOdsCode, String messageKey, String staleHolder, String referralId,
                         Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimIdOf(practiceOdsCode, messageKey))
                        .and("referralId").is(staleHolder)),
                Update.update("referralId", referralId).set("claimedAt", Date.from(now)), COLLECTION);
    }
}
