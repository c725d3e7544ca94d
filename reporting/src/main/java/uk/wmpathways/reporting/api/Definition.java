package uk.wmpathways.reporting.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each reported figure counts, in plain words (domain.md, "How each figure is read"). Every figure of a
 * report answer carries its {@link #key()} ({@link Figure#definition()}, {@link Rate#definition()},
 * {@link Breakdown#definition()}), and every answer lists the definitions of its fields
 * ({@link #glossary(Report)}), so that the dashboard, the JSON answer, the CSV and the Excel file say the same.
 */
public enum Definition {

    TIW_SUPPORTED(Report.THRIVE_INTO_WORK, "supported", "tiw.supported", "Participants supported",
            "People with a Thrive into Work enrolment enrolled on or before the period's last day and not closed "
                    + "before its first day. Enrolled on: in the trial, the day the trial arm was allocated; "
                    + "outside the trial (no arm, everyone has IPS), the day eligibility and consent were recorded."),
    TIW_JOB_STARTS(Report.THRIVE_INTO_WORK, "jobStarts", "tiw.job-starts", "Job starts",
            "People supported in the period whose first job ever (paid, 4 or more hours a week) started in the "
                    + "period; counted once per person across all their enrolments, so a later job is never a "
                    + "new start."),
    TIW_JOB_CONVERSION(Report.THRIVE_INTO_WORK, "jobConversion", "tiw.job-conversion", "Job conversion rate",
            "Job starts in the period out of the participants supported in the period, with a 95% confidence "
                    + "interval (Wilson score). Counts every arm: treatment, control and enrolments outside the "
                    + "trial, unless the report is narrowed to a funding stream."),
    TIW_SUSTAINED_13(Report.THRIVE_INTO_WORK, "sustainedAt13Weeks", "tiw.sustained-13-weeks",
            "Job sustainment at 13 weeks", sustainment(13)),
    TIW_SUSTAINED_26(Report.THRIVE_INTO_WORK, "sustainedAt26Weeks", "tiw.sustained-26-weeks",
            "Job sustainment at 26 weeks", sustainment(26)),
    TIW_AWAITING_13(Report.THRIVE_INTO_WORK, "awaitingCheckAt13Weeks", "tiw.awaiting-check-13-weeks",
            "Job starts awaiting the 13-week check", awaiting(13)),
    TIW_AWAITING_26(Report.THRIVE_INTO_WORK, "awaitingCheckAt26Weeks", "tiw.awaiting-check-26-weeks",
            "Job starts awaiting the 26-week check", awaiting(26)),
    TIW_MEDIAN_DAYS_TO_EMPLOYER_CONTACT(Report.THRIVE_INTO_WORK, "medianDaysToFirstEmployerContact",
            "tiw.median-days-to-first-employer-contact",
            "Median days from enrolment to first face-to-face employer contact",
            "For enrolments with IPS (the trial's treatment arm, and every enrolment outside the trial) enrolled "
                    + "on in the period: days from enrolled on to the first face-to-face contact with an employer "
                    + "(IPS fidelity, as the due list counts it; a phone call or an email does not count). Not "
                    + "shown for fewer than 5 people."),
    TIW_EMPLOYER_CONTACT_WITHIN_30_DAYS(Report.THRIVE_INTO_WORK, "firstEmployerContactWithin30Days",
            "tiw.first-employer-contact-within-30-days",
            "First face-to-face employer contact within 30 days of enrolment",
            "Of those enrolments whose 30 days have passed (or that were contacted sooner), those with a "
                    + "face-to-face employer contact within 30 days of enrolled on."),
    TIW_BY_LOCAL_AUTHORITY(Report.THRIVE_INTO_WORK, "byLocalAuthority", "tiw.job-conversion-by-local-authority",
            "Job conversion rate by local authority",
            "The job conversion rate of the people supported in each local authority's enrolments."),
    TIW_BY_PROVIDER(Report.THRIVE_INTO_WORK, "byProvider", "tiw.job-conversion-by-provider",
            "Job conversion rate by provider",
            "The job conversion rate of the people supported in each provider organisation's enrolments."),
    TIW_BY_TRIAL_ARM(Report.THRIVE_INTO_WORK, "byTrialArm", "tiw.job-conversion-by-trial-arm",
            "Job conversion rate by trial arm",
            "The job conversion rate of the people supported in trial-funded enrolments, by the arm they were "
                    + "randomised to (treatment: IPS; control: usual care). Enrolments outside the trial have "
                    + "no arm and are in neither row."),
    TIW_TRIAL_EFFECT(Report.THRIVE_INTO_WORK, "trialEffect", "tiw.trial-effect", "Trial effect",
            "The treatment arm's job conversion rate minus the control arm's, in percentage points, with a 95% "
                    + "confidence interval (Newcombe's hybrid score); shown only when both arms' rates are."),
    TIW_FISCAL_BENEFIT(Report.THRIVE_INTO_WORK, "fiscalBenefitPounds", "tiw.fiscal-benefit",
            "Fiscal benefit of employment (pounds a year)",
            "Job starts in the period x £12,035 a year, the published public purse saving per person moved "
                    + "from worklessness into work."),

    HF_REFERRALS(Report.HOUSING_FIRST, "referrals", "hf.referrals", "Referrals",
            "Housing First referrals dated in the period (each referral, not each person)."),
    HF_ACCEPTED(Report.HOUSING_FIRST, "accepted", "hf.accepted", "Accepted",
            "Referrals whose eligibility was assessed and accepted in the period."),
    HF_ACCOMMODATED(Report.HOUSING_FIRST, "accommodated", "hf.accommodated", "Accommodated",
            "People whose first tenancy in the enrolment started in the period (a re-housing is not counted "
                    + "again)."),
    HF_SUSTAINED_12_MONTHS(Report.HOUSING_FIRST, "sustainedAt12Months", "hf.sustained-12-months",
            "Tenancy sustainment at 12 months",
            "Of the tenancies whose 12-month point (start + 12 months) falls in the period, those still "
                    + "running at that point."),
    HF_TENURE_BANDS(Report.HOUSING_FIRST, "byTenureBand", "hf.tenure-bands", "Tenancies by tenure band",
            "Every tenancy started on or before the period's last day, by how long it had lasted on that day "
                    + "(or at its end, if it ended earlier): under 6, 6-12, 12-24, 24-36 and 36+ months, with "
                    + "how many of each band are still running."),
    HF_MEDIAN_DAYS_REFERRAL_TO_TENANCY(Report.HOUSING_FIRST, "medianDaysReferralToTenancy",
            "hf.median-days-referral-to-tenancy", "Median days from referral to tenancy",
            "For first tenancies started in the period: days from the referral to the tenancy's start. Not "
                    + "shown for fewer than 5 people."),
    HF_BY_LOCAL_AUTHORITY(Report.HOUSING_FIRST, "byLocalAuthority", "hf.accommodated-of-accepted",
            "Accommodated of those accepted, by local authority",
            "Of the people accepted in the period, those whose first tenancy in that enrolment started in the "
                    + "period; both figures of the same period."),

    RSI_SUPPORTED(Report.ROUGH_SLEEPING, "supported", "rsi.supported", "Supported",
            "People with a Rough Sleeping Initiative enrolment open at some time in the period (an enrolment "
                    + "starts on its first outreach contact)."),
    RSI_NEW(Report.ROUGH_SLEEPING, "newToRoughSleeping", "rsi.new", "New to rough sleeping",
            "Of those supported, people with no Rough Sleeping Initiative contact recorded in the same local "
                    + "authority in the 60 months before their enrolment's first contact."),
    RSI_ACCOMMODATED(Report.ROUGH_SLEEPING, "accommodated", "rsi.accommodated", "Accommodated",
            "Of those supported, people placed in emergency accommodation in the period."),
    RSI_MOVED_ON(Report.ROUGH_SLEEPING, "movedOn", "rsi.moved-on", "Moved on",
            "Of those supported, people with a move-on to accommodation intended to last 6 months or more, "
                    + "dated in the period."),
    RSI_RETURNED_0_180(Report.ROUGH_SLEEPING, "returnedWithin180Days", "rsi.returned-0-180-days",
            "Returned to rough sleeping within 180 days of a move-on", returned(0, 180)),
    RSI_RETURNED_181_365(Report.ROUGH_SLEEPING, "returned181To365Days", "rsi.returned-181-365-days",
            "Returned to rough sleeping 181-365 days after a move-on", returned(181, 365)),
    RSI_RETURNED_366_730(Report.ROUGH_SLEEPING, "returned366To730Days", "rsi.returned-366-730-days",
            "Returned to rough sleeping 366-730 days after a move-on", returned(366, 730)),
    RSI_BY_LOCAL_AUTHORITY(Report.ROUGH_SLEEPING, "byLocalAuthority", "rsi.moved-on-by-local-authority",
            "Moved on of those supported, by local authority",
            "Of the people supported in each local authority's enrolments, those moved on in the period."),
    RSI_BY_PROVIDER(Report.ROUGH_SLEEPING, "byProvider", "rsi.moved-on-by-provider",
            "Moved on of those supported, by provider",
            "Of the people supported in each provider organisation's enrolments, those moved on in the period."),

    FUNDING_ALLOCATION(Report.FUNDING, "allocationPounds", "funding.allocation", "Allocation (pounds)",
            "The funding stream's published allocation."),
    FUNDING_DRAWN_DOWN(Report.FUNDING, "drawnDownPounds", "funding.drawn-down", "Drawn down in the period (pounds)",
            "Drawdowns recorded for the stream and dated in the period."),
    FUNDING_OUTCOMES(Report.FUNDING, "outcomes", "funding.outcomes", "Outcomes in the period",
            "The stream's outcomes in the period: job starts (Thrive into Work), people accommodated (Housing "
                    + "First), people moved on (Rough Sleeping Initiative), each as its report defines it."),
    FUNDING_COST_PER_OUTCOME(Report.FUNDING, "costPerOutcomePounds", "funding.cost-per-outcome",
            "Cost per outcome in the period (pounds)",
            "Drawn down in the period / outcomes in the period. Not shown when the outcomes are none or "
                    + "suppressed, when nothing was drawn down, or in a report narrowed to an area or a provider "
                    + "(funding is drawn down per stream)."),
    FUNDING_DRAWN_DOWN_TO_DATE(Report.FUNDING, "drawnDownToDatePounds", "funding.drawn-down-to-date",
            "Drawn down, programme to date (pounds)", "Every drawdown of the stream dated up to the period's end."),
    FUNDING_OUTCOMES_TO_DATE(Report.FUNDING, "outcomesToDate", "funding.outcomes-to-date",
            "Outcomes, programme to date", "Every outcome of the stream up to the period's end."),
    FUNDING_COST_PER_OUTCOME_TO_DATE(Report.FUNDING, "costPerOutcomeToDatePounds",
            "funding.cost-per-outcome-to-date", "Cost per outcome, programme to date (pounds)",
            "Drawn down to date / outcomes to date, both up to the period's end; never a cumulative amount "
                    + "over one period's outcomes."),
    FUNDING_FISCAL_BENEFIT(Report.FUNDING, "fiscalBenefitPounds", "funding.fiscal-benefit",
            "Fiscal benefit of employment (pounds a year)",
            "Thrive into Work streams: the period's job starts x £12,035 a year."),

    EQUALITY_BY_ETHNICITY(Report.EQUALITY, "byEthnicity", "equality.by-ethnicity", "By ethnicity",
            equality("the ethnic group recorded at registration")),
    EQUALITY_BY_SEX(Report.EQUALITY, "bySex", "equality.by-sex", "By sex",
            equality("the sex recorded at registration")),
    EQUALITY_BY_AGE_BAND(Report.EQUALITY, "byAgeBand", "equality.by-age-band", "By age band",
            equality("age on the day the enrolment started (referral, or first outreach contact): 16-24, "
                    + "25-34, 35-49, 50-64, 65+")),
    EQUALITY_BY_DISABILITY(Report.EQUALITY, "byDisability", "equality.by-disability", "By disability",
            equality("the disability recorded at registration")),

    GP_RECEIVED(Report.GP_REFERRALS, "received", "gp.received", "GP referrals received",
            "Thrive into Work referrals from GP practices received in the period: the UK day our system recorded "
                    + "the practice's message, not the day the GP wrote it (authoredOn: the practice's own date, "
                    + "which may be days earlier; the service can act only from receipt). Each referral, not each "
                    + "person. Narrowed to an area, provider or funding stream: only the referrals accepted into "
                    + "an enrolment there."),
    GP_ACCEPTED(Report.GP_REFERRALS, "accepted", "gp.accepted", "Accepted",
            "Of the referrals received in the period, those accepted (a Thrive into Work enrolment started) by "
                    + "the report's day."),
    GP_REJECTED(Report.GP_REFERRALS, "rejected", "gp.rejected", "Rejected",
            "Of the referrals received in the period, those rejected by the report's day, whatever the reason."),
    GP_CANCELLED(Report.GP_REFERRALS, "cancelled", "gp.cancelled", "Cancelled",
            "Of the referrals received in the period, those the practice cancelled before a decision."),
    GP_AWAITING_DECISION(Report.GP_REFERRALS, "awaitingDecision", "gp.awaiting-decision", "Awaiting a decision",
            "Of the referrals received in the period, those neither accepted, rejected nor cancelled by the "
                    + "report's day. Accepted, rejected, cancelled and awaiting add up to the received."),
    GP_FIRST_CONTACTED(Report.GP_REFERRALS, "firstContacted", "gp.first-contacted", "Accepted and contacted",
            "Of the accepted referrals, those whose enrolment has logged a contact that reached the person (face "
                    + "to face, phone or video; an attempt does not count): the people the days to first contact "
                    + "are of."),
    GP_MEDIAN_DAYS_TO_FIRST_CONTACT(Report.GP_REFERRALS, "medianDaysToFirstContact",
            "gp.median-days-to-first-contact", "Median days from referral to first contact",
            "Days from the day the referral was received to the day of the first contact that reached the person "
                    + "on its accepted enrolment, for those contacted; the median. Not shown for fewer than 5."),
    GP_NINETIETH_PERCENTILE_DAYS_TO_FIRST_CONTACT(Report.GP_REFERRALS, "ninetiethPercentileDaysToFirstContact",
            "gp.90th-percentile-days-to-first-contact", "90th percentile of days from referral to first contact",
            "The same days: 9 in 10 of those contacted were contacted within this many days (nearest rank). Not "
                    + "shown for fewer than 10, where it is the longest wait, one person's own."),
    GP_REJECTED_BY_REASON(Report.GP_REFERRALS, "rejectedByReason", "gp.rejected-by-reason", "Rejected, by reason",
            "The rejected referrals by the reason recorded: not eligible, declined, could not be contacted, other."),
    GP_BY_PRACTICE(Report.GP_REFERRALS, "byPractice", "gp.by-practice", "By referring practice",
            "The same figures for each referring practice (its ODS code), of the referrals it sent."),
    GP_BY_LOCAL_AUTHORITY(Report.GP_REFERRALS, "byLocalAuthority", "gp.by-local-authority", "By local authority",
            "The same figures by the local authority of the accepted enrolment. A referral not accepted (yet, or "
                    + "at all: rejected, cancelled) has no local authority: it is counted under \"Not yet known\".");

    /** The report answers, each with its own definitions. */
    public enum Report { THRIVE_INTO_WORK, HOUSING_FIRST, ROUGH_SLEEPING, FUNDING, EQUALITY, GP_REFERRALS }

    /** A definition as an answer gives it. */
    public record Text(String key, String label, String words) {
    }

    private final Report report;
    private final String field;
    private final String key;
    private final String label;
    private final String words;

    Definition(Report report, String field, String key, String label, String words) {
        this.report = report;
        this.field = field;
        this.key = key;
        this.label = label;
        this.words = words;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String words() {
        return words;
    }

    /** The field of its report answer (of a funding line, for the funding report) that it defines. */
    public String field() {
        return field;
    }

    public Text text() {
        return new Text(key, label, words);
    }

    /** The definitions of a report answer, by the name of the field each defines, in the answer's order. */
    public static Map<String, Text> glossary(Report report) {
        Map<String, Text> glossary = new LinkedHashMap<>();
        Arrays.stream(values()).filter(definition -> definition.report == report)
                .forEach(definition -> glossary.put(definition.field, definition.text()));
        return glossary;
    }

    private static String sustainment(int weeks) {
        return "Of the period's job starts whose " + weeks + "-week point (start + " + weeks + " weeks) is on or "
                + "before the period's last day: sustained (a " + weeks + "-week check recorded the person in "
                + "work, or the job's end was recorded after that point) out of sustained and not sustained (the "
                + "job ended before that point). Jobs awaiting a check are counted apart: nothing is assumed from "
                + "silence.";
    }

    private static String awaiting(int weeks) {
        return "Of those job starts, the ones past their " + weeks + "-week point with neither a check nor an "
                + "end recorded: in neither part of the sustainment rate.";
    }

    private static String returned(int fromDays, int toDays) {
        return "Of the people moved on in the period whose move-on (their first in the period) is at least "
                + toDays + " days before the period's last day, those first seen sleeping rough again " + fromDays
                + "-" + toDays + " days after it (a return recorded, or a new enrolment's first outreach contact "
                + "that verified rough sleeping).";
    }

    private static String equality(String characteristic) {
        return "The pathway's headline rate (Thrive into Work: job conversion; Housing First: accommodated of "
                + "those accepted; Rough Sleeping Initiative: moved on of those supported) by " + characteristic
                + ", with a row for not recorded. Counts rounded to the nearest 5.";
    }
}
