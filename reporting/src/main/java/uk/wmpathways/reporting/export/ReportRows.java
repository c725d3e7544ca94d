package uk.wmpathways.reporting.export;

import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.GpReferralReport;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.Rate;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.api.TrialEffect;
import uk.wmpathways.reporting.export.ReportRow.Shown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A report flattened into the rows of an export: headlines first, then each breakdown, in the words of
 * domain.md. CSV and Excel are written from the same rows, so that they say the same thing.
 */
public final class ReportRows {

    private ReportRows() {
    }

    /** The rows of any report answer. */
    public static List<ReportRow> of(Object report) {
        if (report instanceof ThriveIntoWorkReport tiw) {
            return of(tiw);
        }
        if (report instanceof HousingFirstReport hf) {
            return of(hf);
        }
        if (report instanceof RoughSleepingReport rsi) {
            return of(rsi);
        }
        if (report instanceof FundingReport funding) {
            return of(funding);
        }
        if (report instanceof EqualityReport equality) {
            return of(equality);
        }
        if (report instanceof GpReferralReport gp) {
            return of(gp);
        }
        throw new IllegalArgumentException("Not a report: " + (report == null ? "null" : report.getClass().getSimpleName()));
    }

    public static List<ReportRow> of(ThriveIntoWorkReport report) {
        Rows rows = new Rows();
        String section = "Thrive into Work";
        rows.count(section, "Participants supported", report.supported());
        rows.count(section, "Job starts", report.jobStarts());
        rows.rate(section, "Job conversion rate", report.jobConversion());
        rows.rate(section, "Job sustainment at 13 weeks", report.sustainedAt13Weeks());
        rows.count(section, "Job starts awaiting the 13-week check", report.awaitingCheckAt13Weeks());
        rows.rate(section, "Job sustainment at 26 weeks", report.sustainedAt26Weeks());
        rows.count(section, "Job starts awaiting the 26-week check", report.awaitingCheckAt26Weeks());
        rows.amount(section, "Median days from enrolment to first face-to-face employer contact",
                Shown.amount(report.medianDaysToFirstEmployerContact()));
        rows.rate(section, "First face-to-face employer contact within 30 days of enrolment",
                report.firstEmployerContactWithin30Days());
        rows.amount(section, "Fiscal benefit of employment (pounds a year)",
                Shown.amount(report.fiscalBenefitPounds()));
        rows.breakdown(section + " by local authority", report.byLocalAuthority());
        rows.breakdown(section + " by provider", report.byProvider());
        rows.breakdown(section + " by trial arm", report.byTrialArm());
        rows.trialEffect(section + " trial effect", report.trialEffect());
        return rows.list;
    }

    public static List<ReportRow> of(HousingFirstReport report) {
        Rows rows = new Rows();
        String section = "Housing First";
        rows.count(section, "Referrals", report.referrals());
        rows.count(section, "Accepted", report.accepted());
        rows.count(section, "Accommodated", report.accommodated());
        rows.rate(section, "Tenancy sustainment at 12 months", report.sustainedAt12Months());
        rows.amount(section, "Median days from referral to tenancy",
                Shown.amount(report.medianDaysReferralToTenancy()));
        rows.breakdown(section + " by tenure band", report.byTenureBand());
        rows.breakdown(section + " by local authority", report.byLocalAuthority());
        return rows.list;
    }

    public static List<ReportRow> of(RoughSleepingReport report) {
        Rows rows = new Rows();
        String section = "Rough Sleeping Initiative";
        rows.count(section, "Supported", report.supported());
        rows.count(section, "New to rough sleeping", report.newToRoughSleeping());
        rows.count(section, "Accommodated", report.accommodated());
        rows.count(section, "Moved on", report.movedOn());
        rows.rate(section, Definition.RSI_RETURNED_0_180.label(), report.returnedWithin180Days());
        rows.rate(section, Definition.RSI_RETURNED_181_365.label(), report.returned181To365Days());
        rows.rate(section, Definition.RSI_RETURNED_366_730.label(), report.returned366To730Days());
        rows.breakdown(section + " by local authority", report.byLocalAuthority());
        rows.breakdown(section + " by provider", report.byProvider());
        return rows.list;
    }

    public static List<ReportRow> of(FundingReport report) {
        Rows rows = new Rows();
        String section = "Funding";
        for (FundingReport.Line line : report.lines() == null ? List.<FundingReport.Line>of() : report.lines()) {
            String key = line.fundingStream().name();
            String label = line.fundingStream().label();
            rows.add(section, "Allocation (pounds)", key, label,
                    Shown.amount(line.fundingStream().allocationPounds()), Shown.NOTHING, null);
            rows.add(section, "Funding drawn down in the period (pounds)", key, label,
                    Shown.amount(line.drawnDownPounds()), Shown.NOTHING, null);
            rows.add(section, "Outcomes in the period (" + line.outcome() + ")", key, label,
                    Shown.count(line.outcomes()), Shown.NOTHING, null);
            rows.add(section, "Cost per outcome in the period (pounds)", key, label,
                    Shown.count(line.outcomes()).isSuppressed() ? Shown.NOTHING
                            : Shown.amount(line.costPerOutcomePounds()), Shown.NOTHING, null);
            rows.add(section, "Funding drawn down, programme to date (pounds)", key, label,
                    Shown.amount(line.drawnDownToDatePounds()), Shown.NOTHING, null);
            rows.add(section, "Outcomes, programme to date (" + line.outcome() + ")", key, label,
                    Shown.count(line.outcomesToDate()), Shown.NOTHING, null);
            rows.add(section, "Cost per outcome, programme to date (pounds)", key, label,
                    Shown.count(line.outcomesToDate()).isSuppressed() ? Shown.NOTHING
                            : Shown.amount(line.costPerOutcomeToDatePounds()), Shown.NOTHING, null);
            if (line.fiscalBenefitPounds() != null) {
                rows.add(section, "Fiscal benefit of employment (pounds a year)", key, label,
                        Shown.amount(line.fiscalBenefitPounds()), Shown.NOTHING, null);
            }
        }
        return rows.list;
    }

    public static List<ReportRow> of(EqualityReport report) {
        Rows rows = new Rows();
        String section = "Equality: " + report.pathway().label();
        rows.breakdown(section + " by ethnicity", report.byEthnicity());
        rows.breakdown(section + " by sex", report.bySex());
        rows.breakdown(section + " by age band", report.byAgeBand());
        rows.breakdown(section + " by disability", report.byDisability());
        return rows.list;
    }

    public static List<ReportRow> of(GpReferralReport report) {
        Rows rows = new Rows();
        String section = "GP referrals";
        rows.count(section, "GP referrals received", report.received());
        rows.count(section, "Accepted", report.accepted());
        rows.count(section, "Rejected", report.rejected());
        rows.count(section, "Cancelled", report.cancelled());
        rows.count(section, "Awaiting a decision", report.awaitingDecision());
        rows.count(section, "Accepted and contacted", report.firstContacted());
        rows.amount(section, "Median days from referral to first contact",
                Shown.amount(report.medianDaysToFirstContact()));
        rows.amount(section, "90th percentile of days from referral to first contact",
                Shown.amount(report.ninetiethPercentileDaysToFirstContact()));
        rows.breakdown(section + " rejected by reason", report.rejectedByReason());
        rows.gpReferralLines(section + " by practice", report.byPractice());
        rows.gpReferralLines(section + " by local authority", report.byLocalAuthority());
        return rows.list;
    }

    /** Collects rows; a percentage is never shown beside a suppressed count, which it would reveal. */
    private static final class Rows {

        private final List<ReportRow> list = new ArrayList<>();

        void count(String section, String measure, Figure figure) {
            add(section, measure, "", "", Shown.count(figure), Shown.NOTHING, null);
        }

        void amount(String section, String measure, Shown amount) {
            add(section, measure, "", "", amount, Shown.NOTHING, null);
        }

        void rate(String section, String measure, Rate rate) {
            rate(section, measure, "", "", rate);
        }

        void rate(String section, String measure, String key, String label, Rate rate) {
            if (rate == null) {
                add(section, measure, key, label, Shown.NOTHING, Shown.NOTHING, null);
                return;
            }
            add(section, measure, key, label, Shown.count(rate.numerator()), Shown.count(rate.denominator()), rate);
        }

        void breakdown(String section, Breakdown breakdown) {
            if (breakdown == null || breakdown.rows() == null) {
                return;
            }
            for (Breakdown.Row row : breakdown.rows()) {
                Shown count = Shown.count(row.count());
                Shown base = Shown.count(row.base());
                list.add(withPercent(section, breakdown.measure(), row.key(), row.label(), count, base, row.rate()));
            }
        }

        void gpReferralLines(String section, List<GpReferralReport.Line> lines) {
            for (GpReferralReport.Line line : lines == null ? List.<GpReferralReport.Line>of() : lines) {
                String key = line.key();
                String label = line.label();
                add(section, "Received", key, label, Shown.count(line.received()), Shown.NOTHING, null);
                add(section, "Accepted", key, label, Shown.count(line.accepted()), Shown.NOTHING, null);
                add(section, "Rejected", key, label, Shown.count(line.rejected()), Shown.NOTHING, null);
                add(section, "Cancelled", key, label, Shown.count(line.cancelled()), Shown.NOTHING, null);
                add(section, "Awaiting a decision", key, label, Shown.count(line.awaitingDecision()), Shown.NOTHING,
                        null);
                add(section, "Accepted and contacted", key, label, Shown.count(line.firstContacted()), Shown.NOTHING,
                        null);
                add(section, "Median days to first contact", key, label,
                        Shown.amount(line.medianDaysToFirstContact()), Shown.NOTHING, null);
                add(section, "90th percentile of days to first contact", key, label,
                        Shown.amount(line.ninetiethPercentileDaysToFirstContact()), Shown.NOTHING, null);
            }
        }

        void trialEffect(String section, TrialEffect effect) {
            if (effect == null) {
                return;
            }
            rate(section, "Job conversion rate", "TREATMENT", "Treatment (IPS)", effect.treatment());
            rate(section, "Job conversion rate", "CONTROL", "Control (usual care)", effect.control());
            String method = effect.method() == null || effect.method().isBlank() ? "" : "; " + effect.method();
            list.add(new ReportRow(section, "Trial effect: treatment minus control (percentage points" + method + ")",
                    "", "", Shown.NOTHING, Shown.NOTHING, ReportRow.oneDecimal(effect.differencePoints()),
                    ReportRow.oneDecimal(effect.ciLowPoints()), ReportRow.oneDecimal(effect.ciHighPoints())));
        }

        void add(String section, String measure, String key, String label, Shown value, Shown base, Rate rate) {
            list.add(withPercent(section, measure, key, label, value, base, rate));
        }

        private static ReportRow withPercent(String section, String measure, String key, String label, Shown value,
                                             Shown base, Rate rate) {
            boolean revealing = value.isSuppressed() || base.isSuppressed() || rate == null
                    || rate.numerator() != null && Shown.count(rate.numerator()).isSuppressed()
                    || rate.denominator() != null && Shown.count(rate.denominator()).isSuppressed();
            BigDecimal percent = revealing ? null : ReportRow.oneDecimal(rate.percent());
            BigDecimal low = revealing ? null : ReportRow.oneDecimal(rate.ciLowPercent());
            BigDecimal high = revealing ? null : ReportRow.oneDecimal(rate.ciHighPercent());
            return new ReportRow(section, measure, nonNull(key), nonNull(label), value, base, percent, low, high);
        }

        private static String nonNull(String text) {
            return text == null ? "" : text;
        }
    }
}
