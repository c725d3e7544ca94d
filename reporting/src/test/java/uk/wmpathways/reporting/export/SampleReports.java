package uk.wmpathways.reporting.export;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.Definition;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.Rate;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.api.TrialEffect;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Report answers with known numbers (a suppressed count among them), for the export tests. */
final class SampleReports {

    static final ReportCriteria CRITERIA = new ReportCriteria(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 4, 30),
            LocalDate.of(2025, 5, 31), null, null, null);

    private SampleReports() {
    }

    static Rate rate(long numerator, long denominator, double percent, double low, double high) {
        return new Rate(Figure.of(numerator), Figure.of(denominator), percent, low, high);
    }

    static Rate suppressedRate(long denominator) {
        return new Rate(Figure.suppressed(), Figure.of(denominator), null, null, null);
    }

    static Breakdown.Row row(String key, String label, Figure count, Figure base, Rate rate) {
        return new Breakdown.Row(key, label, count, base, rate);
    }

    static ThriveIntoWorkReport thriveIntoWork() {
        Breakdown byLocalAuthority = new Breakdown("local authority", "Job conversion rate", List.of(
                row("DUDLEY", "Dudley", Figure.of(218), Figure.of(815), rate(218, 815, 26.748466, 23.83, 29.87)),
                row("WALSALL", "Walsall", Figure.suppressed(), Figure.suppressed(), null)));
        Breakdown byProvider = new Breakdown("provider", "Job conversion rate", List.of(
                row("WORK-WELL", "=HYPERLINK(\"http://example.invalid\",\"click\")", Figure.of(40), Figure.of(100),
                        rate(40, 100, 40.0, 30.95, 49.8))));
        Breakdown byTrialArm = new Breakdown("trial arm", "Job conversion rate", List.of(
                row("TREATMENT", "Treatment", Figure.of(710), Figure.of(2370), rate(710, 2370, 29.957806, 28.14, 31.84)),
                row("CONTROL", "Control", Figure.of(305), Figure.of(1330), rate(305, 1330, 22.932331, 20.75, 25.26))));
        TrialEffect effect = new TrialEffect(rate(710, 2370, 29.957806, 28.14, 31.84),
                rate(305, 1330, 22.932331, 20.75, 25.26), 7.025475, 4.06, 9.9, "Newcombe hybrid score interval");
        return new ThriveIntoWorkReport(CRITERIA, Figure.of(3700), Figure.of(1015),
                rate(1015, 3700, 27.432432, 26.0, 28.9), rate(600, 900, 66.666667, 63.5, 69.7),
                suppressedRate(12), Figure.of(40), Figure.suppressed(), 21.5, rate(1800, 2370, 75.949367, 74.2, 77.6),
                byLocalAuthority, byProvider, byTrialArm, effect, 1015L * 12_035,
                Definition.glossary(Definition.Report.THRIVE_INTO_WORK));
    }

    static HousingFirstReport housingFirst() {
        Breakdown tenure = new Breakdown("tenure band", "Tenancies still running", List.of(
                row("6-12", "6-12 months", Figure.of(40), Figure.of(45), rate(40, 45, 88.888889, 76.5, 95.2))));
        return new HousingFirstReport(CRITERIA, Figure.of(600), Figure.of(520), Figure.of(476),
                rate(300, 345, 86.956522, 82.9, 90.2), tenure, 47.25,
                new Breakdown("local authority", "Accommodated", List.of()),
                Definition.glossary(Definition.Report.HOUSING_FIRST));
    }

    static RoughSleepingReport roughSleeping() {
        return new RoughSleepingReport(CRITERIA, Figure.of(1211), Figure.of(800), Figure.of(700), Figure.of(500),
                rate(40, 400, 10.0, 7.4, 13.4), new Rate(Figure.suppressed(), Figure.of(300), null, null, null),
                rate(0, 200, 0.0, 0.0, 1.9), null, null, Definition.glossary(Definition.Report.ROUGH_SLEEPING));
    }

    static FundingReport funding() {
        return new FundingReport(CRITERIA, List.of(
                new FundingReport.Line(FundingStream.THRIVE_INTO_WORK_TRIAL, new BigDecimal("10200000.00"),
                        "job starts", Figure.of(710), new BigDecimal("14366.20"), 710L * 12_035,
                        new BigDecimal("12000000.00"), Figure.of(960), new BigDecimal("12500.00")),
                new FundingReport.Line(FundingStream.ROUGH_SLEEPING_INITIATIVE, new BigDecimal("1200000.00"),
                        "people moved on", Figure.suppressed(), null, null,
                        new BigDecimal("1500000.00"), Figure.of(300), new BigDecimal("5000.00"))),
                Definition.glossary(Definition.Report.FUNDING));
    }

    static EqualityReport equality() {
        Breakdown sex = new Breakdown("sex", "Job conversion rate", List.of(
                row("FEMALE", "Female", Figure.of(500), Figure.of(1800), rate(500, 1800, 27.777778, 25.8, 29.9)),
                row("NOT_RECORDED", "Not recorded", Figure.suppressed(), Figure.of(9), null)));
        return new EqualityReport(CRITERIA, Pathway.THRIVE_INTO_WORK, "Job conversion rate",
                new Breakdown("ethnicity", "Job conversion rate", List.of()), sex,
                new Breakdown("age band", "Job conversion rate", List.of()),
                new Breakdown("disability", "Job conversion rate", List.of()),
                Definition.glossary(Definition.Report.EQUALITY));
    }

    static ReportCriteria walsall() {
        return new ReportCriteria(CRITERIA.from(), CRITERIA.to(), null, LocalAuthority.WALSALL, "DEMO-SUPPORT",
                FundingStream.THRIVE_INTO_WORK_TRIAL);
    }
}
