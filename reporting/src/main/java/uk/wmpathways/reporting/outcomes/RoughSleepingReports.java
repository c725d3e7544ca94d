package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.RoughSleepingReport;

import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * Builds the suppressed {@link RoughSleepingReport} from the measures ({@link RoughSleepingMeasures}); its
 * breakdowns show the people moved on of the people supported.
 */
final class RoughSleepingReports {

    private RoughSleepingReports() {
    }

    static RoughSleepingReport of(ReportCriteria criteria, ReportScope scope, Collection<OutcomeRow> enrolments,
                                  UnaryOperator<String> providerName) {
        RoughSleepingMeasures measures = new RoughSleepingMeasures(enrolments, scope);
        HeadlineRate movedOn = measures.movedOnOfSupported();
        return new RoughSleepingReport(criteria,
                Suppression.figure(measures.supported()),
                Suppression.figure(measures.newToRoughSleeping()),
                Suppression.figure(measures.accommodated()),
                Suppression.figure(measures.movedOn()),
                Suppression.figure(measures.returned(0, 180)),
                Suppression.figure(measures.returned(181, 365)),
                Suppression.figure(measures.returned(366, 730)),
                Suppression.breakdown(movedOn.by(Dimensions.LOCAL_AUTHORITY, Dimensions.localAuthorities(),
                        Dimensions::localAuthorityOf)),
                Suppression.breakdown(movedOn.by(Dimensions.PROVIDER,
                        movedOn.categoriesInBase(Dimensions::providerOf, providerName), Dimensions::providerOf)));
    }
}
