package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.participant.GpReferralSubjects;
import uk.wmpathways.infra.axon.Subscribing;

import java.util.List;

/**
 * Which GP referrals were accepted for which participant: a referral's personal data is encrypted with the
 * referral's own key (there was no participant when it arrived), so erasing the participant must destroy those keys
 * too. A subscribing processor: written in the unit of work that stores the acceptance, so an erasure straight
 * after it finds the referral. Ids only.
 */
@Component
@Subscribing
@ProcessingGroup(GpReferralsOfParticipants.PROCESSING_GROUP)
class GpReferralsOfParticipants implements GpReferralSubjects {

    static final String PROCESSING_GROUP = "gp-referrals-of-participants";
    static final String COLLECTION = "gp_referrals_of_participants";

    private final MongoTemplate mongo;

    GpReferralsOfParticipants(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(new Index().on("participantId", Sort.Direction.ASC));
    }

    @EventHandler
    void on(GpReferralAccepted event) {
        mongo.upsert(Query.query(Criteria.where("_id").is(event.referralId())),
                Update.update("participantId", event.participantId()), COLLECTION);
    }

    @Override
    public List<String> referralsOf(String participantId) {
        Query ofParticipant = Query.query(Criteria.where("participantId").is(participantId));
        ofParticipant.fields().include("_id");
        return mongo.find(ofParticipant, org.bson.Document.class, COLLECTION).stream()
                .map(document -> document.getString("_id")).toList();
    }
}
