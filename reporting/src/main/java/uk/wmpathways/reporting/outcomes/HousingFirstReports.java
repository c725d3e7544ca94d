package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.ReportCriteria;

import java.util.Collection;

/** Builds the suppressed {@link HousingFirstReport} from the measures ({@link HousingFirstMeasures}). */
final class HousingFirstReports {

    private HousingFirstReports() {
    }

    static HousingFirstReport of(ReportCriteria criteria, ReportScope scope, Collection<OutcomeRow> enrolments) {
        HousingFirstMeasures measures = new HousingFirstMeasures(enrolments, scope);
        return new HousingFirstReport(criteria,
                Suppression.figure(measures.referrals()),
                Suppression.figure(measures.accepted()),
                Suppression.figure(measures.accommodated()),
                Suppression.rate(measures.sustainedAt12Months()),
                Suppression.breakdown(measures.byTenureBand()),
                Suppression.median(measures.daysReferralToFirstTenancy()),
                Suppression.breakdown(measures.accommodatedOfAccepted().by(Dimensions.LOCAL_AUTHORITY,
                        Dimensions.localAuthorities(), Dimensions::localAuthorityOf)));
    }
}
