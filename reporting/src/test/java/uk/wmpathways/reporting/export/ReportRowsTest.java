package uk.wmpathways.reporting.export;

import org.junit.jupiter.api.Test;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.Rate;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRowsTest {

    private static ReportRow find(List<ReportRow> rows, String section, String measure, String breakdownKey) {
        return rows.stream()
                .filter(r -> r.section().equals(section) && r.measure().startsWith(measure)
                        && r.breakdownKey().equals(breakdownKey))
                .findFirst().orElseThrow(() -> new AssertionError("No row " + section + " / " + measure + " / "
                        + breakdownKey + " in " + rows));
    }

    @Test
    void aRateBecomesItsCountBasePercentAndInterval() {
        ReportRow conversion = find(ReportRows.of(SampleReports.thriveIntoWork()), "Thrive into Work",
                "Job conversion rate", "");

        assertThat(conversion.value().text()).isEqualTo("1015");
        assertThat(conversion.base().text()).isEqualTo("3700");
        assertThat(conversion.percent()).isEqualByComparingTo("27.4");
        assertThat(conversion.ciLow()).isEqualByComparingTo("26.0");
        assertThat(conversion.ciHigh()).isEqualByComparingTo("28.9");
    }

    @Test
    void headlinesComeFirstThenEachBreakdownRowWithItsKeyAndLabel() {
        List<ReportRow> rows = ReportRows.of(SampleReports.thriveIntoWork());

        assertThat(rows.get(0).measure()).isEqualTo("Participants supported");
        assertThat(rows.get(0).value().number()).isEqualByComparingTo("3700");
        ReportRow dudley = find(rows, "Thrive into Work by local authority", "Job conversion rate", "DUDLEY");
        assertThat(dudley.breakdown()).isEqualTo("Dudley");
        assertThat(dudley.value().text()).isEqualTo("218");
        assertThat(dudley.base().text()).isEqualTo("815");
        assertThat(dudley.percent()).isEqualByComparingTo("26.7");
        assertThat(find(rows, "Thrive into Work by trial arm", "Job conversion rate", "TREATMENT").percent())
                .isEqualByComparingTo("30.0");
    }

    @Test
    void aSuppressedCountIsShownAsLessThanFiveWithNoNumberAndNoPercentage() {
        List<ReportRow> rows = ReportRows.of(SampleReports.thriveIntoWork());

        ReportRow walsall = find(rows, "Thrive into Work by local authority", "Job conversion rate", "WALSALL");
        assertThat(walsall.value()).isEqualTo(new ReportRow.Shown(null, "<5"));
        assertThat(walsall.base()).isEqualTo(new ReportRow.Shown(null, "<5"));
        assertThat(walsall.percent()).isNull();
        ReportRow sustained26 = find(rows, "Thrive into Work", "Job sustainment at 26 weeks", "");
        assertThat(sustained26.value().text()).isEqualTo("<5");
        assertThat(sustained26.value().number()).isNull();
        assertThat(sustained26.percent()).isNull();
        assertThat(sustained26.ciLow()).isNull();
    }

    @Test
    void aCountFromOneToFourThatAReportLeftUnsuppressedIsStillShownAsLessThanFive() {
        ThriveIntoWorkReport sample = SampleReports.thriveIntoWork();
        ThriveIntoWorkReport leaky = new ThriveIntoWorkReport(sample.criteria(), Figure.of(40), Figure.of(3),
                new Rate(Figure.of(3), Figure.of(40), 7.5, 2.6, 19.9), null, null, null, null, null, null, null,
                null, null, null, null, Map.of());

        List<ReportRow> rows = ReportRows.of(leaky);

        assertThat(find(rows, "Thrive into Work", "Job starts", "").value().text()).isEqualTo("<5");
        ReportRow conversion = find(rows, "Thrive into Work", "Job conversion rate", "");
        assertThat(conversion.value().text()).isEqualTo("<5");
        assertThat(conversion.percent()).as("7.5% of 40 would reveal the 3").isNull();
        assertThat(rows).noneSatisfy(row -> assertThat(row.value().number()).isEqualByComparingTo("3"));
    }

    @Test
    void zeroIsAFigureNotASuppressedOne() {
        ReportRow returned = find(ReportRows.of(SampleReports.roughSleeping()), "Rough Sleeping Initiative",
                "Returned to rough sleeping 366-730", "");

        assertThat(returned.value().number()).isEqualByComparingTo("0");
    }

    @Test
    void theTrialEffectIsADifferenceInPointsWithItsIntervalAndMethod() {
        List<ReportRow> rows = ReportRows.of(SampleReports.thriveIntoWork());

        ReportRow effect = find(rows, "Thrive into Work trial effect", "Trial effect", "");
        assertThat(effect.measure()).contains("percentage points").contains("Newcombe hybrid score interval");
        assertThat(effect.percent()).isEqualByComparingTo("7.0");
        assertThat(effect.ciLow()).isEqualByComparingTo("4.1");
        assertThat(effect.ciHigh()).isEqualByComparingTo("9.9");
        assertThat(find(rows, "Thrive into Work trial effect", "Job conversion rate", "CONTROL").value().text())
                .isEqualTo("305");
    }

    @Test
    void fundingShowsPoundsAndNoCostPerOutcomeWhenTheOutcomesAreSuppressed() {
        List<ReportRow> rows = ReportRows.of(SampleReports.funding());

        assertThat(find(rows, "Funding", "Funding drawn down", "THRIVE_INTO_WORK_TRIAL").value().number())
                .isEqualByComparingTo("10200000");
        assertThat(find(rows, "Funding", "Cost per outcome", "THRIVE_INTO_WORK_TRIAL").value().number())
                .isEqualByComparingTo("14366.20");
        assertThat(find(rows, "Funding", "Fiscal benefit", "THRIVE_INTO_WORK_TRIAL").value().number())
                .isEqualByComparingTo(BigDecimal.valueOf(710L * 12_035));
        assertThat(find(rows, "Funding", "Outcomes in the period (people moved on)", "ROUGH_SLEEPING_INITIATIVE")
                .value().text()).isEqualTo("<5");
        assertThat(find(rows, "Funding", "Cost per outcome in the period", "ROUGH_SLEEPING_INITIATIVE").value().text())
                .isEmpty();
        assertThat(find(rows, "Funding", "Allocation", "ROUGH_SLEEPING_INITIATIVE").value().number())
                .isEqualByComparingTo("1200000");
    }

    @Test
    void fundingShowsTheProgrammeToDateApartFromThePeriod() {
        List<ReportRow> rows = ReportRows.of(SampleReports.funding());

        assertThat(find(rows, "Funding", "Funding drawn down in the period", "THRIVE_INTO_WORK_TRIAL").value().number())
                .isEqualByComparingTo("10200000");
        assertThat(find(rows, "Funding", "Funding drawn down, programme to date", "THRIVE_INTO_WORK_TRIAL").value()
                .number()).isEqualByComparingTo("12000000");
        assertThat(find(rows, "Funding", "Outcomes, programme to date (job starts)", "THRIVE_INTO_WORK_TRIAL").value()
                .text()).isEqualTo("960");
        assertThat(find(rows, "Funding", "Cost per outcome, programme to date", "THRIVE_INTO_WORK_TRIAL").value()
                .number()).isEqualByComparingTo("12500");
        assertThat(find(rows, "Funding", "Cost per outcome, programme to date", "ROUGH_SLEEPING_INITIATIVE").value()
                .number()).as("the period's outcomes are suppressed, not those to date").isEqualByComparingTo("5000");
    }

    @Test
    void everyReportFlattensAndTheEqualityReportNamesItsPathway() {
        assertThat(ReportRows.of((Object) SampleReports.housingFirst())).extracting(ReportRow::measure)
                .contains("Referrals", "Accepted", "Accommodated", "Tenancy sustainment at 12 months");
        List<ReportRow> equality = ReportRows.of((Object) SampleReports.equality());
        assertThat(equality).extracting(ReportRow::section).containsOnly("Equality: Thrive into Work by sex");
        assertThat(equality).extracting(r -> r.value().text()).containsExactly("500", "<5");
    }
}
