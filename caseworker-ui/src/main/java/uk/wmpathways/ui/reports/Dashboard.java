package uk.wmpathways.ui.reports;

import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.GpReferralReport;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;

/** The reports the dashboard shows, all for the same criteria. */
record Dashboard(ReportCriteria criteria,
                 ThriveIntoWorkReport thriveIntoWork,
                 HousingFirstReport housingFirst,
                 RoughSleepingReport roughSleeping,
                 FundingReport funding,
                 EqualityReport equality,
                 GpReferralReport gpReferrals) {
}
