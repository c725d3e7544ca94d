package uk.wmpathways.ui.reports;

import org.junit.jupiter.api.Test;
import uk.wmpathways.app.demo.DemoDataSet;
import uk.wmpathways.reporting.api.ReportPeriodRules;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPeriodsTest {

    @Test
    void onlyWholeMonthsThatHaveEndedAreOffered() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        List<ReportPeriods.Period> periods = ReportPeriods.on(today);

        assertThat(periods.get(0)).isEqualTo(new ReportPeriods.Period("Last 12 complete months",
                LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 31)));
        assertThat(periods.get(1)).isEqualTo(new ReportPeriods.Period("Financial year 2026/27 to the end of October",
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 31)));
        assertThat(periods.subList(2, 5)).isEqualTo(ReportPeriods.PROGRAMME_PERIODS);
        assertThat(periods.get(5)).isEqualTo(new ReportPeriods.Period("Financial year 2025/26",
                LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertThat(periods.get(periods.size() - 2).label()).isEqualTo("Financial year 2018/19");
        assertThat(periods.get(periods.size() - 1)).isSameAs(ReportPeriods.CUSTOM);
    }

    @Test
    void inJanuaryToMarchTheFinancialYearBeganTheAprilAndInAprilNoMonthOfItHasEnded() {
        List<ReportPeriods.Period> periods = ReportPeriods.on(LocalDate.of(2027, 3, 31));

        assertThat(periods.get(1)).isEqualTo(new ReportPeriods.Period("Financial year 2026/27 to the end of February",
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 2, 28)));
        assertThat(ReportPeriods.on(LocalDate.of(2099, 4, 1)).get(1 + ReportPeriods.PROGRAMME_PERIODS.size()).label())
                .isEqualTo("Financial year 2098/99");
        assertThat(ReportPeriods.on(LocalDate.of(2099, 5, 1)).get(1).label())
                .isEqualTo("Financial year 2099/00 to the end of April");
    }

    @Test
    void datesTypedByHandMatchAPeriodOnlyWhenBothDaysAreItsOwn() {
        List<ReportPeriods.Period> periods = ReportPeriods.on(LocalDate.of(2026, 11, 22));

        assertThat(ReportPeriods.matching(periods, LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31)))
                .map(ReportPeriods.Period::label).contains("Financial year 2019/20");
        assertThat(ReportPeriods.matching(periods, LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 30))).isEmpty();
    }

    @Test
    void datesTypedByHandAreMovedToTheBoundariesOfTheirMonth() {
        LocalDate today = LocalDate.of(2026, 11, 22);

        assertThat(ReportPeriods.steerFrom(LocalDate.of(2025, 6, 15))).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(ReportPeriods.steerTo(LocalDate.of(2025, 6, 15), today)).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(ReportPeriods.steerTo(LocalDate.of(2026, 11, 3), today)).as("this month has not ended")
                .isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(ReportPeriods.steerAsAt(LocalDate.of(2026, 2, 3), today)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ReportPeriods.steerAsAt(LocalDate.of(2026, 11, 3), today)).as("as known now").isEqualTo(today);
        assertThat(ReportPeriods.steerFrom(null)).isNull();
    }

    @Test
    void theProgrammesOwnPeriodsAreOfferedWithTheDatesOfTheirPublishedFigures() {
        List<ReportPeriods.Period> periods = ReportPeriods.on(LocalDate.of(2026, 11, 22));

        assertThat(ReportPeriods.matching(periods, DemoDataSet.TIW_FROM, DemoDataSet.TIW_TO))
                .map(ReportPeriods.Period::label).contains("Thrive into Work trial stage (June 2018 to October 2020)");
        assertThat(ReportPeriods.matching(periods, DemoDataSet.HF_FROM, DemoDataSet.HF_TO))
                .map(ReportPeriods.Period::label).contains("Housing First pilot (May 2018 to March 2022)");
        assertThat(ReportPeriods.matching(periods, DemoDataSet.RSI_FROM, DemoDataSet.RSI_TO))
                .map(ReportPeriods.Period::label).contains("Rough Sleeping Initiative (April 2018 to March 2020)");
        for (ReportPeriods.Period period : ReportPeriods.PROGRAMME_PERIODS) {
            assertThat(ReportPeriodRules.problems(period.from(), period.to(), null, LocalDate.of(2026, 11, 22)))
                    .as(period.label()).isEmpty();
        }
    }

    @Test
    void anEmptyDefaultFallsBackToTheProgrammePeriodsMostRecentFirstAndOnlyThoseThatHaveEnded() {
        assertThat(ReportPeriods.fallbacks(LocalDate.of(2026, 11, 22))).extracting(ReportPeriods.Period::to)
                .containsExactly(LocalDate.of(2022, 3, 31), LocalDate.of(2020, 10, 31), LocalDate.of(2020, 3, 31));
        assertThat(ReportPeriods.fallbacks(LocalDate.of(2021, 6, 10))).extracting(ReportPeriods.Period::to)
                .as("the pilot had not ended yet").containsExactly(LocalDate.of(2020, 10, 31), LocalDate.of(2020, 3, 31));
        assertThat(ReportPeriods.on(LocalDate.of(2021, 6, 10))).extracting(ReportPeriods.Period::label)
                .doesNotContain("Housing First pilot (May 2018 to March 2022)");
    }
}
