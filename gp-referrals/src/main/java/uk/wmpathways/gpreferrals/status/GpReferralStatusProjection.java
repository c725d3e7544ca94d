package uk.wmpathways.gpreferrals.status;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.gpreferrals.status.GpReferralStatusQueries.FindGpReferralStatus;
import uk.wmpathways.gpreferrals.status.GpReferralStatusQueries.ListPracticeGpReferrals;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.util.List;
import java.util.Optional;

/**
 * The status of each GP referral received ({@value #COLLECTION}), and who may read it. A receipt inserts the
 * document only if absent, so a replay or a redelivered event writes the same document again.
 */
@Component
@ProcessingGroup(GpReferralStatusProjection.PROCESSING_GROUP)
class GpReferralStatusProjection {

    static final String PROCESSING_GROUP = "gp-referral-status";
    static final String COLLECTION = "gp_referral_status";

    private final MongoTemplate mongo;

    GpReferralStatusProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(GpReferralReceived event) {
        String senderServiceRequestId = event.sender() == null ? null : event.sender().serviceRequestId();
        mongo.upsert(Query.query(Criteria.where("_id").is(event.referralId())), new Update()
                .setOnInsert("practiceOdsCode", event.practiceOdsCode())
                .setOnInsert("senderServiceRequestId", senderServiceRequestId)
                .setOnInsert("authoredOn", event.authoredOn())
                .setOnInsert("receivedAt", event.receivedAt())
                .setOnInsert("taskStatus", GpReferralStatus.REQUESTED), COLLECTION);
    }

    /** The caller's practice's referrals, newest first. */
    @QueryHandler
    List<GpReferralStatus> handle(ListPracticeGpReferrals query, MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (!caller.has(Role.GP_REFERRER) || caller.practice() == null) {
            throw new AccessRefusedException("Only a GP referrer of a practice lists its referrals");
        }
        int limit = Math.max(1, Math.min(500, query.limit()));
        return mongo.find(Query.query(Criteria.where("practiceOdsCode").is(caller.practice()))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit), GpReferralStatus.class, COLLECTION);
    }

    /** Only a GP referrer, and only of the referral's practice (from the caller's metadata). */
    @QueryHandler
    Optional<GpReferralStatus> handle(FindGpReferralStatus query, MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (!caller.has(Role.GP_REFERRER)) {
            throw new AccessRefusedException("Only a GP referrer reads the status of a GP referral");
        }
        if (query.referralId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(query.referralId(), GpReferralStatus.class, COLLECTION))
                .filter(status -> caller.refersFor(status.practiceOdsCode()));
    }
}
