package uk.wmpathways.reporting.api;

/**
 * Thrive into Work outcomes (definitions in domain.md): participants supported (enrolled) in the period, job
 * starts (a person's first paid job of 4 or more hours a week, counted once per person) in the period, the job
 * conversion rate, job sustainment at 13 and 26 weeks, time to first employer contact, breakdowns, the trial
 * effect and the fiscal benefit of employment (job starts x £12,035).
 */
public record ThriveIntoWorkReport(ReportCriteria criteria,
                                   Figure supported,
                                   Figure jobStarts,
                                   Rate jobConversion,
                                   Rate sustainedAt13Weeks,
                                   Rate sustainedAt26Weeks,
                                   Double medianDaysToFirstEmployerContact,
                                   Rate firstEmployerContactWithin30Days,
                                   Breakdown byLocalAuthority,
                                   Breakdown byProvider,
                                   Breakdown byTrialArm,
                                   TrialEffect trialEffect,
                                   Long fiscalBenefitPounds) {
}
