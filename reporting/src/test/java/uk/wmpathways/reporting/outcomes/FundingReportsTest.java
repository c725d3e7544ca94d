package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.ReportCriteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.enrolment.FundingStream.HOUSING_FIRST_PILOT;
import static uk.wmpathways.caseservice.api.enrolment.FundingStream.THRIVE_INTO_WORK_EXPANSION;
import static uk.wmpathways.caseservice.api.enrolment.FundingStream.THRIVE_INTO_WORK_TRIAL;
import static uk.wmpathways.caseservice.api.enrolment.TrialArm.TREATMENT;

class FundingReportsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final ReportCriteria CRITERIA = new ReportCriteria(FROM, TO, null, null, null, null);
    private static final ReportScope YEAR_2025 = ReportScope.of(CRITERIA, TO);

    private static List<OutcomeRow> jobStarts(FundingStream stream, int people) {
        List<OutcomeRow> rows = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            rows.add(History.thriveIntoWork(stream + "-p" + i, "WORK-WELL", DUDLEY, stream, LocalDate.of(2025, 1, 6), null)
                    .enrolled(LocalDate.of(2025, 1, 6)).allocated(TREATMENT, LocalDate.of(2025, 1, 6))
                    .jobStarted("j" + i, LocalDate.of(2025, 3, 1), 16).row());
        }
        return rows;
    }

    private static FundingReport.Line line(FundingReport report, FundingStream stream) {
        return report.lines().stream().filter(line -> line.fundingStream() == stream).findFirst().orElseThrow();
    }

    @Test
    void drawnDownUpToThePeriodEndOverJobStartsGivesTheCostPerOutcomeAndTheFiscalBenefit() {
        List<OutcomeRow> work = new ArrayList<>(jobStarts(THRIVE_INTO_WORK_TRIAL, 8));
        work.addAll(jobStarts(THRIVE_INTO_WORK_EXPANSION, 6));
        List<Drawdown> drawdowns = List.of(
                new Drawdown("d1", THRIVE_INTO_WORK_TRIAL, LocalDate.of(2024, 4, 1), new BigDecimal("60000.00")),
                new Drawdown("d2", THRIVE_INTO_WORK_TRIAL, LocalDate.of(2025, 4, 1), new BigDecimal("40000.50")),
                new Drawdown("d3", THRIVE_INTO_WORK_TRIAL, LocalDate.of(2026, 1, 1), new BigDecimal("99999.00")),
                new Drawdown("d4", HOUSING_FIRST_PILOT, LocalDate.of(2025, 4, 1), new BigDecimal("50000.00")));

        FundingReport report = FundingReports.of(CRITERIA, YEAR_2025, Map.of(Pathway.THRIVE_INTO_WORK, work), drawdowns);

        FundingReport.Line trial = line(report, THRIVE_INTO_WORK_TRIAL);
        assertThat(trial.drawnDownPounds()).isEqualByComparingTo("100000.50");
        assertThat(trial.outcome()).isEqualTo("Job starts");
        assertThat(trial.outcomes().value()).isEqualTo(8);
        assertThat(trial.costPerOutcomePounds()).isEqualByComparingTo("12500.06");
        assertThat(trial.fiscalBenefitPounds()).isEqualTo(8 * 12_035L);
        assertThat(line(report, THRIVE_INTO_WORK_EXPANSION).fiscalBenefitPounds()).isEqualTo(6 * 12_035L);
        FundingReport.Line housing = line(report, HOUSING_FIRST_PILOT);
        assertThat(housing.outcome()).isEqualTo("People accommodated");
        assertThat(housing.outcomes().value()).isZero();
        assertThat(housing.costPerOutcomePounds()).isNull();
        assertThat(housing.fiscalBenefitPounds()).isNull();
    }

    @Test
    void suppressedOutcomesShowNoCostPerOutcomeNorFiscalBenefitAndProtectTheOtherThriveIntoWorkStream() {
        List<OutcomeRow> work = new ArrayList<>(jobStarts(THRIVE_INTO_WORK_TRIAL, 20));
        work.addAll(jobStarts(THRIVE_INTO_WORK_EXPANSION, 3));
        List<Drawdown> drawdowns = List.of(
                new Drawdown("d1", THRIVE_INTO_WORK_EXPANSION, LocalDate.of(2025, 4, 1), new BigDecimal("30000")));

        FundingReport report = FundingReports.of(CRITERIA, YEAR_2025, Map.of(Pathway.THRIVE_INTO_WORK, work), drawdowns);

        FundingReport.Line expansion = line(report, THRIVE_INTO_WORK_EXPANSION);
        assertThat(expansion.outcomes().shown()).isEqualTo("<5");
        assertThat(expansion.costPerOutcomePounds()).isNull();
        assertThat(expansion.fiscalBenefitPounds()).isNull();
        assertThat(line(report, THRIVE_INTO_WORK_TRIAL).outcomes().isSuppressed())
                .as("the trial's 20 would reveal the expansion's 3 from the Thrive into Work total").isTrue();
    }

    @Test
    void aReportForOneAreaShowsNoCostPerOutcome() {
        ReportCriteria dudley = new ReportCriteria(FROM, TO, null, DUDLEY, null, THRIVE_INTO_WORK_TRIAL);
        List<Drawdown> drawdowns = List.of(
                new Drawdown("d1", THRIVE_INTO_WORK_TRIAL, LocalDate.of(2025, 4, 1), new BigDecimal("30000")));

        FundingReport report = FundingReports.of(dudley, ReportScope.of(dudley, TO),
                Map.of(Pathway.THRIVE_INTO_WORK, jobStarts(THRIVE_INTO_WORK_TRIAL, 10)), drawdowns);

        assertThat(report.lines()).extracting(FundingReport.Line::fundingStream).containsExactly(THRIVE_INTO_WORK_TRIAL);
        assertThat(report.lines().get(0).outcomes().value()).isEqualTo(10);
        assertThat(report.lines().get(0).costPerOutcomePounds()).isNull();
    }
}
