package uk.wmpathways.reporting.casework;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindIncomingReferrals;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindOutgoingReferrals;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindReferral;
import uk.wmpathways.caseservice.api.referral.ReferralSummary;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.reporting.access.ReadAccess;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.util.List;

import static uk.wmpathways.reporting.casework.CaseworkProjection.PROCESSING_GROUP;
import static uk.wmpathways.reporting.casework.CaseworkProjection.REFERRALS;

/**
 * The referral queries, for the caller's organisation only: the referrals made to it (incoming) and by it
 * (outgoing); one referral for the referring or the receiving organisation. Each answer that names people is
 * written to the access log; a refused attempt at one referral too.
 */
@Component
class ReferralQueryHandlers {

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final ReadAccess access;

    ReferralQueryHandlers(MongoTemplate mongo, ReadModelCollections collections, ReadAccess access) {
        this.mongo = mongo;
        this.collections = collections;
        this.access = access;
    }

    @QueryHandler
    List<ReferralSummary> incoming(FindIncomingReferrals query, MetaData metaData) {
        return list(access.caseworker(metaData), "toOrganisation", "incoming referrals");
    }

    @QueryHandler
    List<ReferralSummary> outgoing(FindOutgoingReferrals query, MetaData metaData) {
        return list(access.caseworker(metaData), "fromOrganisation", "outgoing referrals");
    }

    private List<ReferralSummary> list(Caller caller, String side, String what) {
        Query filter = caller.system() ? new Query() : Query.query(Criteria.where(side).is(caller.organisation()));
        List<ReferralSummary> referrals = mongo.find(filter.with(Sort.by(Sort.Order.desc("madeAt"),
                                Sort.Order.asc("_id"))), ReferralDocument.class, collection()).stream()
                .map(referral -> referral.summaryFor(caller.organisation()))
                .toList();
        access.searched(caller, AccessAction.LIST_REFERRALS, what, referrals.stream()
                .filter(referral -> referral.participantName() != null)
                .map(ReferralSummary::participantId).distinct().toList());
        return referrals;
    }

    @QueryHandler
    ReferralSummary find(FindReferral query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        ReferralDocument referral = mongo.findById(query.referralId(), ReferralDocument.class, collection());
        if (referral == null) {
            return null;
        }
        if (!caller.system() && !java.util.Objects.equals(caller.organisation(), referral.fromOrganisation())
                && !java.util.Objects.equals(caller.organisation(), referral.toOrganisation())) {
            throw access.refused(caller, AccessAction.VIEW_REFERRAL, referral.participantId(), null,
                    new AccessRefusedException("This referral is not your organisation's"));
        }
        ReferralSummary summary = referral.summaryFor(caller.organisation());
        if (summary.participantName() != null) {
            access.viewed(caller, AccessAction.VIEW_REFERRAL, AccessPurpose.OWN_ORGANISATION,
                    List.of(referral.participantId()), null);
        }
        return summary;
    }

    private String collection() {
        return collections.live(PROCESSING_GROUP, REFERRALS);
    }
}
