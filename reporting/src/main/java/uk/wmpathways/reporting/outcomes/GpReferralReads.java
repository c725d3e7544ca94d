package uk.wmpathways.reporting.outcomes;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.LocalDate;
import java.util.List;

/** Reads the GP referral figures' read model as at a day (null: now): one scan of the referral versions. */
@Component
class GpReferralReads {

    private final ReadModelCollections collections;
    private final VersionedFacts<GpReferralRow> referrals;

    GpReferralReads(MongoTemplate mongo, ReadModelCollections collections) {
        this.collections = collections;
        this.referrals = GpReferralFiguresProjection.referralVersions(mongo);
    }

    /** Every GP referral as the system knew it at the end of {@code asAt}. */
    List<GpReferralRow> referrals(LocalDate asAt) {
        return referrals.knownAt(collections.live(GpReferralFiguresProjection.PROCESSING_GROUP,
                GpReferralFiguresProjection.REFERRAL_VERSIONS), null, null, asAt);
    }
}
