package uk.wmpathways.reporting.outcomes;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the outcome read model as at a day (null: now). Each read costs one scan of the stamps of a pathway's
 * enrolment versions (or of every drawdown version) known by that day, and a read and decoding of the versions
 * that changed since they were last read ({@link DecodedVersions}). The kept versions' figures are the
 * {@code cache.*} meters tagged {@code cache=report-enrolment-versions} (hits, misses, size, evictions).
 */
@Component
class OutcomeReads {

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final VersionedFacts<OutcomeRow> enrolments;
    private final VersionedFacts<Drawdown> drawdowns;

    /**
     * @param keptEnrolments how many enrolment versions are kept decoded (about 1 KB each, estimated); a report of
     *                       a pathway with more versions than this decodes again what was evicted
     */
    OutcomeReads(MongoTemplate mongo, ReadModelCollections collections, MeterRegistry meters,
                 @Value("${pathways.reports.kept-enrolment-versions:100000}") long keptEnrolments) {
        this.mongo = mongo;
        this.collections = collections;
        this.enrolments = OutcomesProjection.enrolmentVersions(mongo, keptEnrolments);
        this.drawdowns = OutcomesProjection.drawdownVersions(mongo, keptEnrolments / 10);
        monitor(meters, enrolments, "report-enrolment-versions");
        monitor(meters, drawdowns, "report-drawdown-versions");
    }

    private static void monitor(MeterRegistry meters, VersionedFacts<?> versions, String name) {
        if (versions.decoded() != null) {
            CaffeineCacheMetrics.monitor(meters, versions.decoded().cache(), name);
        }
    }

    /**
     * Decodes and keeps every enrolment and drawdown version (when they fit), so that the first report after a
     * start reads stamps only; false when the enrolment versions do not fit.
     */
    boolean keepAllDecoded() {
        drawdowns.keepAllDecoded(collections.live(OutcomesProjection.PROCESSING_GROUP,
                OutcomesProjection.DRAWDOWN_VERSIONS));
        return enrolments.keepAllDecoded(collections.live(OutcomesProjection.PROCESSING_GROUP,
                OutcomesProjection.ENROLMENT_VERSIONS));
    }

    /** Every enrolment of the pathway as the system knew it at the end of {@code asAt}. */
    List<OutcomeRow> enrolments(Pathway pathway, LocalDate asAt) {
        return enrolments.knownAt(collections.live(OutcomesProjection.PROCESSING_GROUP,
                OutcomesProjection.ENROLMENT_VERSIONS), OutcomesProjection.PATHWAY, pathway.name(), asAt);
    }

    /** The days in touch of these Rough Sleeping Initiative enrolments, as known at the end of {@code asAt}. */
    Map<String, List<LocalDate>> roughSleepingContacts(Collection<String> enrolmentIds, LocalDate asAt) {
        return RoughSleepingContacts.knownAt(mongo, collections.live(OutcomesProjection.PROCESSING_GROUP,
                RoughSleepingContacts.PART), enrolmentIds, asAt);
    }

    /** Every funding drawdown as the system knew it at the end of {@code asAt}. */
    List<Drawdown> drawdowns(LocalDate asAt) {
        return drawdowns.knownAt(collections.live(OutcomesProjection.PROCESSING_GROUP,
                OutcomesProjection.DRAWDOWN_VERSIONS), null, null, asAt);
    }
}
