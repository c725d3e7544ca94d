package uk.wmpathways.reporting.api;

import java.util.Map;

/**
 * Housing First outcomes: referrals, accepted and accommodated (a tenancy started) in the period; tenancy
 * sustainment at 12 months and by tenure band (6-12, 12-24, 24-36, 36+ months); median days from referral to
 * the first tenancy; by local authority, the people accommodated in the period of the people accepted in the
 * period.
 * <p>
 * {@code definitions}: what each figure counts, in plain words, by the name of its field ({@link Definition}).
 */
public record HousingFirstReport(ReportCriteria criteria,
                                 Figure referrals,
                                 Figure accepted,
                                 Figure accommodated,
                                 Rate sustainedAt12Months,
                                 Breakdown byTenureBand,
                                 Double medianDaysReferralToTenancy,
                                 Breakdown byLocalAuthority,
                                 Map<String, Definition.Text> definitions) {
}
