package uk.wmpathways.reporting.outcomes;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads the outcome read model as at a day (null: now). Each read costs one scan of a pathway's enrolment
 * versions (or of every drawdown version) known by that day.
 */
@Component
class OutcomeReads {

    private final ReadModelCollections collections;
    private final VersionedFacts<OutcomeRow> enrolments;
    private final VersionedFacts<Drawdown> drawdowns;

    OutcomeReads(MongoTemplate mongo, ReadModelCollections collections) {
        this.collections = collections;
        this.enrolments = OutcomesProjection.enrolmentVersions(mongo);
        this.drawdowns = OutcomesProjection.drawdownVersions(mongo);
    }

    /** Every enrolment of the pathway as the system knew it at the end of {@code asAt}. */
    List<OutcomeRow> enrolments(Pathway pathway, LocalDate asAt) {
        return enrolments.knownAt(collections.live(OutcomesProjection.PROCESSING_GROUP,
                OutcomesProjection.ENROLMENT_VERSIONS), OutcomesProjection.PATHWAY, pathway.name(), asAt);
    }

    /** Every funding drawdown as the system knew it at the end of {@code asAt}. */
    List<Drawdown> drawdowns(LocalDate asAt) {
        return drawdowns.knownAt(collections.live(OutcomesProjection.PROCESSING_GROUP,
                OutcomesProjection.DRAWDOWN_VERSIONS), null, null, asAt);
    }
}
