package uk.wmpathways.reporting.api;

import java.util.Map;

/**
 * Thrive into Work outcomes (definitions in domain.md): participants supported (enrolled) in the period, job
 * starts (a person's first paid job of 4 or more hours a week, counted once per person) in the period, the job
 * conversion rate, job sustainment at 13 and 26 weeks, time to first employer contact, breakdowns, the trial
 * effect and the fiscal benefit of employment (job starts x £12,035).
 * <p>
 * Job sustainment at 13 (26) weeks: of the period's job starts whose checkpoint (start + 13 or 26 weeks) is on or
 * before the period's last day (or the as-at day, if earlier), the sustained (a check at the checkpoint, or a job
 * end recorded after it, shows the person in work then) over the sustained and the not sustained (the job ended
 * before the checkpoint); {@code awaitingCheckAt13Weeks} ({@code 26}) counts those with neither a check nor an
 * end recorded, which are in neither.
 * <p>
 * Time to first employer contact is the IPS fidelity measure, the due list's rule: days from enrolled on (trial:
 * the day the arm was allocated; outside the trial: the day eligibility and consent were recorded) to the first
 * <em>face-to-face</em> employer contact, for the trial's treatment arm and enrolments outside the trial
 * enrolled in the period; {@code medianDaysToFirstEmployerContact} is the median of those contacted face to
 * face (null under 5), {@code firstEmployerContactWithin30Days} the share contacted face to face within 30 days
 * of those whose 30 days have passed.
 * <p>
 * {@code definitions}: what each figure counts, in plain words, by the name of its field ({@link Definition}).
 */
public record ThriveIntoWorkReport(ReportCriteria criteria,
                                   Figure supported,
                                   Figure jobStarts,
                                   Rate jobConversion,
                                   Rate sustainedAt13Weeks,
                                   Rate sustainedAt26Weeks,
                                   Figure awaitingCheckAt13Weeks,
                                   Figure awaitingCheckAt26Weeks,
                                   Double medianDaysToFirstEmployerContact,
                                   Rate firstEmployerContactWithin30Days,
                                   Breakdown byLocalAuthority,
                                   Breakdown byProvider,
                                   Breakdown byTrialArm,
                                   TrialEffect trialEffect,
                                   Long fiscalBenefitPounds,
                                   Map<String, Definition.Text> definitions) {
}
