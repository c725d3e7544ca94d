package uk.wmpathways.app;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.Rate;
import uk.wmpathways.reporting.api.ReportQueries;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;
import uk.wmpathways.reporting.api.TrialEffect;

import java.math.BigDecimal;
import java.util.List;

/**
 * Test only: answers the report queries with fixed reports (the published trial figures, one suppressed count),
 * for the export and dashboard tests while the report calculations are built elsewhere.
 */
@TestConfiguration
class FixedReports {

    @Bean
    Handlers fixedReportHandlers() {
        return new Handlers();
    }

    static Rate rate(long numerator, long denominator, double low, double high) {
        return new Rate(Figure.of(numerator), Figure.of(denominator), 100.0 * numerator / denominator, low, high);
    }

    static Breakdown.Row row(String key, String label, long count, long base, double low, double high) {
        return new Breakdown.Row(key, label, Figure.of(count), Figure.of(base), rate(count, base, low, high));
    }

    static class Handlers {

        @QueryHandler
        ThriveIntoWorkReport thriveIntoWork(ReportQueries.ThriveIntoWorkOutcomes query) {
            Breakdown byLocalAuthority = new Breakdown("local authority", "Job conversion rate", List.of(
                    row("BIRMINGHAM", "Birmingham", 126, 751, 14.2, 19.5),
                    row("DUDLEY", "Dudley", 218, 815, 23.8, 29.9),
                    row("WALSALL", "Walsall", 18, 89, 13.1, 29.6),
                    row("WOLVERHAMPTON", "Wolverhampton", 139, 432, 27.9, 36.7),
                    new Breakdown.Row("SOLIHULL", "Solihull", Figure.suppressed(), Figure.of(12), null)));
            Rate treatment = rate(710, 2370, 28.1, 31.8);
            Rate control = rate(305, 1330, 20.7, 25.3);
            Breakdown byTrialArm = new Breakdown("trial arm", "Job conversion rate", List.of(
                    new Breakdown.Row("TREATMENT", "Treatment", treatment.numerator(), treatment.denominator(), treatment),
                    new Breakdown.Row("CONTROL", "Control", control.numerator(), control.denominator(), control)));
            return new ThriveIntoWorkReport(query.criteria(), Figure.of(3700), Figure.of(1015),
                    rate(1015, 3700, 26.0, 28.9), rate(600, 900, 63.5, 69.7),
                    new Rate(Figure.suppressed(), Figure.of(12), null, null, null), 21.5,
                    rate(1800, 2370, 74.2, 77.6), byLocalAuthority,
                    new Breakdown("provider", "Job conversion rate", List.of(row("WORK-WELL", "Work Well IPS Service (demo)", 1015, 3700, 26.0, 28.9))),
                    byTrialArm, new TrialEffect(treatment, control, 7.0, 4.1, 9.9, "Newcombe hybrid score interval"),
                    1015L * 12_035);
        }

        @QueryHandler
        HousingFirstReport housingFirst(ReportQueries.HousingFirstOutcomes query) {
            return new HousingFirstReport(query.criteria(), Figure.of(600), Figure.of(520), Figure.of(476),
                    rate(300, 345, 82.9, 90.2), new Breakdown("tenure band", "Tenancies still running", List.of(
                    row("6-12", "6-12 months", 40, 45, 76.5, 95.2))), 47.0,
                    new Breakdown("local authority", "Accommodated", List.of()));
        }

        @QueryHandler
        RoughSleepingReport roughSleeping(ReportQueries.RoughSleepingOutcomes query) {
            return new RoughSleepingReport(query.criteria(), Figure.of(1211), Figure.of(800), Figure.of(700),
                    Figure.of(500), Figure.of(40), Figure.suppressed(), Figure.of(0),
                    new Breakdown("local authority", "Supported", List.of()),
                    new Breakdown("provider", "Supported", List.of()));
        }

        @QueryHandler
        FundingReport funding(ReportQueries.FundingOutcomes query) {
            return new FundingReport(query.criteria(), List.of(
                    new FundingReport.Line(FundingStream.THRIVE_INTO_WORK_TRIAL, new BigDecimal("10200000.00"),
                            "job starts", Figure.of(710), new BigDecimal("14366.20"), 710L * 12_035),
                    new FundingReport.Line(FundingStream.ROUGH_SLEEPING_INITIATIVE, new BigDecimal("1200000.00"),
                            "people moved on", Figure.of(500), new BigDecimal("2400.00"), null)));
        }

        @QueryHandler
        EqualityReport equality(ReportQueries.EqualityOutcomes query) {
            Breakdown sex = new Breakdown("sex", "Job conversion rate", List.of(
                    row("FEMALE", "Female", 500, 1800, 25.8, 29.9),
                    new Breakdown.Row("NOT_RECORDED", "Not recorded", Figure.suppressed(), Figure.of(9), null)));
            Breakdown empty = new Breakdown("", "Job conversion rate", List.of());
            return new EqualityReport(query.criteria(), query.pathway(), "Job conversion rate", empty, sex, empty,
                    empty);
        }
    }
}
