package uk.wmpathways.reporting.api;

/**
 * Thrive into Work outcomes (definitions in domain.md): participants supported (enrolled) in the period, job
 * starts (a person's first paid job of 4 or more hours a week, counted once per person) in the period, the job
 * conversion rate, job sustainment at 13 and 26 weeks, time to first employer contact, breakdowns, the trial
 * effect and the fiscal benefit of employment (job starts x £12,035).
 * <p>
 * Time to first employer contact is the IPS fidelity measure, the due list's rule: days from enrolled on (trial:
 * the day the arm was allocated; outside the trial: the day eligibility and consent were recorded) to the first
 * <em>face-to-face</em> employer contact, for the trial's treatment arm and enrolments outside the trial
 * enrolled in the period; {@code medianDaysToFirstEmployerContact} is the median of those contacted face to
 * face (null under 5), {@code firstEmployerContactWithin30Days} the share contacted face to face within 30 days
 * of those whose 30 days have passed.
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
