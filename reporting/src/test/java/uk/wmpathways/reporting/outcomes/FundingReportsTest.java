package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.MoveOnKind;
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
import static uk.wmpathways.caseservice.api.enrolment.FundingStream.ROUGH_SLEEPING_INITIATIVE;
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
    void drawnDownInThePeriodOverJobStartsGivesTheCostPerOutcomeAndTheFiscalBenefit() {
        List<OutcomeRow> work = new ArrayList<>(jobStarts(THRIVE_INTO_WORK_TRIAL, 8));
        work.addAll(jobStarts(THRIVE_INTO_WORK_EXPANSION, 6));
        List<Drawdown> drawdowns = List.of(
                new Drawdown("d1", THRIVE_INTO_WORK_TRIAL, LocalDate.of(2024, 4, 1), new BigDecimal("60000.00")),
                new Drawdown("d2", THRIVE_INTO_WORK_TRIAL, LocalDate.of(2025, 4, 1), new BigDecimal("40000.50")),
                new Drawdown("d3", THRIVE_INTO_WORK_TRIAL, LocalDate.of(2026, 1, 1), new BigDecimal("99999.00")),
                new Drawdown("d4", HOUSING_FIRST_PILOT, LocalDate.of(2025, 4, 1), new BigDecimal("50000.00")));

        FundingReport report = FundingReports.of(CRITERIA, YEAR_2025, Map.of(Pathway.THRIVE_INTO_WORK, work), drawdowns);

        FundingReport.Line trial = line(report, THRIVE_INTO_WORK_TRIAL);
        assertThat(trial.drawnDownPounds()).isEqualByComparingTo("40000.50");
        assertThat(trial.outcome()).isEqualTo("Job starts");
        assertThat(trial.outcomes().value()).isEqualTo(8);
        assertThat(trial.costPerOutcomePounds()).isEqualByComparingTo("5000.06");
        assertThat(trial.drawnDownToDatePounds()).isEqualByComparingTo("100000.50");
        assertThat(trial.outcomesToDate().value()).isEqualTo(8);
        assertThat(trial.costPerOutcomeToDatePounds()).isEqualByComparingTo("12500.06");
        assertThat(trial.fiscalBenefitPounds()).isEqualTo(8 * 12_035L);
        assertThat(line(report, THRIVE_INTO_WORK_EXPANSION).fiscalBenefitPounds()).isEqualTo(6 * 12_035L);
        FundingReport.Line housing = line(report, HOUSING_FIRST_PILOT);
        assertThat(housing.outcome()).isEqualTo("People accommodated");
        assertThat(housing.outcomes().value()).isZero();
        assertThat(housing.costPerOutcomePounds()).isNull();
        assertThat(housing.fiscalBenefitPounds()).isNull();
    }

    private static final ReportCriteria YEAR_2020 = new ReportCriteria(LocalDate.of(2020, 1, 1),
            LocalDate.of(2020, 12, 31), null, null, null, ROUGH_SLEEPING_INITIATIVE);

    private static List<OutcomeRow> movedOn(String who, int people, LocalDate on) {
        List<OutcomeRow> rows = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            rows.add(History.roughSleeping(who + i, "STREETS-AHEAD", DUDLEY, on.minusMonths(2))
                    .movedOn(MoveOnKind.SETTLED_ACCOMMODATION, true, on).row());
        }
        return rows;
    }

    private static FundingReport.Line roughSleeping2020(List<OutcomeRow> enrolments, Drawdown... drawdowns) {
        FundingReport report = FundingReports.of(YEAR_2020, ReportScope.of(YEAR_2020, LocalDate.of(2020, 12, 31)),
                Map.of(Pathway.ROUGH_SLEEPING_INITIATIVE, enrolments), List.of(drawdowns));
        return line(report, ROUGH_SLEEPING_INITIATIVE);
    }

    @Test
    void fundingDrawnBeforeThePeriodIsNotChargedToThePeriodsOutcomes() {
        FundingReport.Line line = roughSleeping2020(movedOn("p", 5, LocalDate.of(2020, 6, 1)),
                new Drawdown("d1", ROUGH_SLEEPING_INITIATIVE, LocalDate.of(2017, 6, 30), new BigDecimal("100000")));

        assertThat(line.outcomes().value()).isEqualTo(5);
        assertThat(line.drawnDownPounds()).as("drawn in the period").isEqualByComparingTo("0");
        assertThat(line.costPerOutcomePounds()).as("nothing drawn in the period: no cost per outcome").isNull();
    }

    @Test
    void theCostPerOutcomeOfThePeriodDividesThePeriodsDrawdownsByThePeriodsOutcomes() {
        List<OutcomeRow> enrolments = new ArrayList<>(movedOn("earlier", 15, LocalDate.of(2018, 6, 1)));
        enrolments.addAll(movedOn("now", 5, LocalDate.of(2020, 6, 1)));

        FundingReport.Line line = roughSleeping2020(enrolments,
                new Drawdown("d1", ROUGH_SLEEPING_INITIATIVE, LocalDate.of(2017, 6, 30), new BigDecimal("100000")),
                new Drawdown("d2", ROUGH_SLEEPING_INITIATIVE, LocalDate.of(2020, 3, 31), new BigDecimal("30000")),
                new Drawdown("d3", ROUGH_SLEEPING_INITIATIVE, LocalDate.of(2021, 3, 31), new BigDecimal("99000")));

        assertThat(line.drawnDownPounds()).isEqualByComparingTo("30000");
        assertThat(line.outcomes().value()).isEqualTo(5);
        assertThat(line.costPerOutcomePounds()).isEqualByComparingTo("6000.00");
        assertThat(line.drawnDownToDatePounds()).as("up to the period's end").isEqualByComparingTo("130000");
        assertThat(line.outcomesToDate().value()).isEqualTo(20);
        assertThat(line.costPerOutcomeToDatePounds()).isEqualByComparingTo("6500.00");
    }

    @Test
    void theProgrammeToDateDividesEverythingDrawnByEveryOutcomeUpToThePeriodsEnd() {
        FundingReport.Line line = roughSleeping2020(movedOn("p", 5, LocalDate.of(2020, 6, 1)),
                new Drawdown("d1", ROUGH_SLEEPING_INITIATIVE, LocalDate.of(2017, 6, 30), new BigDecimal("100000")));

        assertThat(line.drawnDownToDatePounds()).isEqualByComparingTo("100000");
        assertThat(line.outcomesToDate().value()).isEqualTo(5);
        assertThat(line.costPerOutcomeToDatePounds()).isEqualByComparingTo("20000.00");
        assertThat(line.costPerOutcomePounds()).as("in the period, nothing was drawn").isNull();
    }

    @Test
    void suppressedOutcomesToDateShowNoCostPerOutcomeToDate() {
        List<OutcomeRow> enrolments = new ArrayList<>(movedOn("earlier", 3, LocalDate.of(2018, 6, 1)));

        FundingReport.Line line = roughSleeping2020(enrolments,
                new Drawdown("d1", ROUGH_SLEEPING_INITIATIVE, LocalDate.of(2020, 3, 31), new BigDecimal("30000")));

        assertThat(line.outcomes().value()).isZero();
        assertThat(line.costPerOutcomePounds()).isNull();
        assertThat(line.outcomesToDate().shown()).isEqualTo("<5");
        assertThat(line.costPerOutcomeToDatePounds()).isNull();
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
        assertThat(expansion.costPerOutcomeToDatePounds()).isNull();
        assertThat(expansion.fiscalBenefitPounds()).isNull();
        assertThat(line(report, THRIVE_INTO_WORK_TRIAL).outcomes().isSuppressed())
                .as("the trial's 20 would reveal the expansion's 3 from the Thrive into Work total").isTrue();
    }

    @Test
    void eachStreamJudgesThePersonsFirstJobOverAllTheirEnrolments() {
        // the same six people: a first job on a trial enrolment in March, a later one on an expansion enrolment
        List<OutcomeRow> work = new ArrayList<>(jobStarts(THRIVE_INTO_WORK_TRIAL, 6));
        for (int i = 0; i < 6; i++) {
            work.add(History.thriveIntoWork(THRIVE_INTO_WORK_TRIAL + "-p" + i, "WORK-WELL", DUDLEY,
                            THRIVE_INTO_WORK_EXPANSION, LocalDate.of(2025, 5, 1), null)
                    .enrolled(LocalDate.of(2025, 5, 1)).jobStarted("later" + i, LocalDate.of(2025, 6, 2), 20).row());
        }

        FundingReport report = FundingReports.of(CRITERIA, YEAR_2025, Map.of(Pathway.THRIVE_INTO_WORK, work), List.of());

        assertThat(line(report, THRIVE_INTO_WORK_TRIAL).outcomes().value()).isEqualTo(6);
        assertThat(line(report, THRIVE_INTO_WORK_EXPANSION).outcomes().value()).isZero();
        assertThat(line(report, THRIVE_INTO_WORK_EXPANSION).outcomesToDate().value()).isZero();
    }

    @Test
    void aReportOfAStreamWithoutJobStartsShowsOnlyThatStream() {
        ReportCriteria pilot = new ReportCriteria(FROM, TO, null, null, null, HOUSING_FIRST_PILOT);

        FundingReport report = FundingReports.of(pilot, ReportScope.of(pilot, TO),
                Map.of(Pathway.THRIVE_INTO_WORK, jobStarts(THRIVE_INTO_WORK_TRIAL, 10)), List.of());

        assertThat(report.lines()).extracting(FundingReport.Line::fundingStream).containsExactly(HOUSING_FIRST_PILOT);
        assertThat(report.lines().get(0).outcomes().value()).isZero();
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
        assertThat(report.lines().get(0).costPerOutcomeToDatePounds()).isNull();
    }
}
