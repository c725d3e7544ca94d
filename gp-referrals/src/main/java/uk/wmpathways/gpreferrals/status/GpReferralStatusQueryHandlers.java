package uk.wmpathways.gpreferrals.status;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.gpreferrals.status.GpReferralStatusQueries.FindGpReferralStatus;
import uk.wmpathways.gpreferrals.status.GpReferralStatusQueries.ListPracticeGpReferrals;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.util.List;
import java.util.Optional;

/**
 * Who may read a GP referral's status, decided from the caller in the query's metadata: a GP referrer, and only of
 * the referral's practice. The trial arm is left out unless {@code pathways.gp-referrals.show-trial-arm} is true:
 * Thrive into Work was a randomised trial, and a referring GP who knows the arm could be unblinded (allocation
 * concealment; GPs may also assess or influence outcomes such as fitness for work), so by default the referrer
 * never learns it. A trial whose protocol says otherwise switches it on.
 */
@Component
class GpReferralStatusQueryHandlers {

    private final MongoTemplate mongo;
    private final boolean showTrialArm;

    GpReferralStatusQueryHandlers(MongoTemplate mongo,
                                  @Value("${pathways.gp-referrals.show-trial-arm:false}") boolean showTrialArm) {
        this.mongo = mongo;
        this.showTrialArm = showTrialArm;
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
                        .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit), GpReferralStatus.class,
                GpReferralStatusProjection.COLLECTION).stream().map(this::asShown).toList();
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
        return Optional.ofNullable(mongo.findById(query.referralId(), GpReferralStatus.class,
                        GpReferralStatusProjection.COLLECTION))
                .filter(status -> caller.refersFor(status.practiceOdsCode()))
                .map(this::asShown);
    }

    private GpReferralStatus asShown(GpReferralStatus status) {
        return showTrialArm ? status : status.withoutTrialArm();
    }
}
