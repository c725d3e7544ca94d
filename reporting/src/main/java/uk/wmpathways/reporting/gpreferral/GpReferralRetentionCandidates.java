package uk.wmpathways.reporting.gpreferral;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.retention.GpReferralRetentionRule;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindGpReferralsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.GpReferralsPastRetention;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.PersonalData;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.time.UkTime;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static uk.wmpathways.reporting.gpreferral.GpReferralInboxProjection.COLLECTION;

/**
 * Which GP referrals that never became an enrolment are past their retention period, from the inbox (status, when
 * received and decided, whether its person reads erased already). Ids only, to the system and the data protection
 * officer only. One pass over the referrals not accepted, reading only the fields the rule needs.
 */
@Component
class GpReferralRetentionCandidates {

    private final MongoTemplate mongo;

    GpReferralRetentionCandidates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    GpReferralsPastRetention pastRetention(FindGpReferralsPastRetention query, MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !caller.has(Role.DATA_PROTECTION)) {
            throw new AccessRefusedException("Only the data protection officer and the retention job ask this");
        }
        Query notAccepted = Query.query(Criteria.where("status").ne("accepted")).with(Sort.by("_id"));
        notAccepted.fields().include("_id").include("status").include("receivedAt").include("decidedAt")
                .include("person.familyName");
        List<String> due = new ArrayList<>();
        for (Document referral : mongo.find(notAccepted, Document.class, COLLECTION)) {
            Document person = referral.get("person", Document.class);
            boolean erased = person != null && PersonalData.ERASED.equals(person.getString("familyName"));
            GpReferralRetentionRule.Referral facts = new GpReferralRetentionRule.Referral(referral.getString("_id"),
                    day(referral.getDate("receivedAt")), day(referral.getDate("decidedAt")),
                    "accepted".equals(referral.getString("status")), erased);
            if (GpReferralRetentionRule.due(query.policy().gpReferralNotAccepted(), query.today(), facts)) {
                due.add(facts.referralId());
            }
        }
        return new GpReferralsPastRetention(query.today(), due);
    }

    private static java.time.LocalDate day(Date at) {
        return at == null ? null : UkTime.dayOf(at.toInstant());
    }
}
