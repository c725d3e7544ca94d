package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.reporting.api.Definition;
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
                Suppression.figure(measures.referrals()).definedAs(Definition.HF_REFERRALS),
                Suppression.figure(measures.accepted()).definedAs(Definition.HF_ACCEPTED),
                Suppression.figure(measures.accommodated()).definedAs(Definition.HF_ACCOMMODATED),
                Suppression.rate(measures.sustainedAt12Months()).definedAs(Definition.HF_SUSTAINED_12_MONTHS),
                Suppression.breakdown(measures.byTenureBand()).definedAs(Definition.HF_TENURE_BANDS),
                Suppression.median(measures.daysReferralToFirstTenancy()),
                Suppression.breakdown(measures.accommodatedOfAccepted().by(Dimensions.LOCAL_AUTHORITY,
                        Dimensions.localAuthorities(), Dimensions::localAuthorityOf))
                        .definedAs(Definition.HF_BY_LOCAL_AUTHORITY),
                Definition.glossary(Definition.Report.HOUSING_FIRST));
    }
}
