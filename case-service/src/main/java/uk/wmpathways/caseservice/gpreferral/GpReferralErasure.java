package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralErased;
import uk.wmpathways.infra.axon.AggregateCaches;
import uk.wmpathways.infra.axon.Subscribing;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;
import uk.wmpathways.infra.personaldata.DataSubjectKeys;

import java.util.List;

/**
 * What erasing a GP referral that never became an enrolment does, in the unit of work that stores
 * {@link GpReferralErased} (a subscribing processor), as a person's erasure does for the referrals accepted for
 * them: the referral's own key is destroyed, the snapshots of its stream and what this instance kept of it in
 * memory dropped, and the embedded data file is to be rewritten at the next start. If this fails the command fails
 * and the next retention run sends it again.
 */
@Component
@Subscribing
@ProcessingGroup(GpReferralErasure.PROCESSING_GROUP)
class GpReferralErasure {

    static final String PROCESSING_GROUP = "gp-referral-erasure";

    private final DataSubjectKeys keys;
    private final MongoTemplate mongo;
    private final ObjectProvider<EmbeddedMongoServer> embeddedMongo;
    private final AggregateCaches aggregateCaches;

    GpReferralErasure(DataSubjectKeys keys, MongoTemplate mongo, ObjectProvider<EmbeddedMongoServer> embeddedMongo,
                      AggregateCaches aggregateCaches) {
        this.keys = keys;
        this.mongo = mongo;
        this.embeddedMongo = embeddedMongo;
        this.aggregateCaches = aggregateCaches;
    }

    @EventHandler
    void on(GpReferralErased event) {
        keys.destroy(event.referralId(), event.erasedAt());
        List<String> streams = keys.streamsOf(event.referralId());
        mongo.remove(Query.query(Criteria.where("_id").in(streams)), GlobalSequenceMongoEventStorageEngine.SNAPSHOTS);
        aggregateCaches.forget(streams);
        embeddedMongo.ifAvailable(EmbeddedMongoServer::scrubDataFileAtNextStart);
    }
}
