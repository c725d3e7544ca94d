package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.reporting.api.Definition;
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
                                  RoughSleepingMeasures.ContactDays contacts, UnaryOperator<String> providerName) {
        RoughSleepingMeasures measures = new RoughSleepingMeasures(enrolments, scope);
        HeadlineRate movedOn = measures.movedOnOfSupported();
        return new RoughSleepingReport(criteria,
                Suppression.figure(measures.supported()).definedAs(Definition.RSI_SUPPORTED),
                Suppression.figure(measures.newToRoughSleeping(contacts)).definedAs(Definition.RSI_NEW),
                Suppression.figure(measures.accommodated()).definedAs(Definition.RSI_ACCOMMODATED),
                Suppression.figure(measures.movedOn()).definedAs(Definition.RSI_MOVED_ON),
                Suppression.rate(measures.returned(0, 180)).definedAs(Definition.RSI_RETURNED_0_180),
                Suppression.rate(measures.returned(181, 365)).definedAs(Definition.RSI_RETURNED_181_365),
                Suppression.rate(measures.returned(366, 730)).definedAs(Definition.RSI_RETURNED_366_730),
                Suppression.breakdown(movedOn.by(Dimensions.LOCAL_AUTHORITY, Dimensions.localAuthorities(),
                        Dimensions::localAuthorityOf)).definedAs(Definition.RSI_BY_LOCAL_AUTHORITY),
                Suppression.breakdown(movedOn.by(Dimensions.PROVIDER,
                        movedOn.categoriesInBase(Dimensions::providerOf, providerName), Dimensions::providerOf))
                        .definedAs(Definition.RSI_BY_PROVIDER),
                Definition.glossary(Definition.Report.ROUGH_SLEEPING));
    }
}
