package uk.wmpathways.ui.reports;

import org.junit.jupiter.api.Test;

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
        assertThat(periods.get(2)).isEqualTo(new ReportPeriods.Period("Financial year 2025/26",
                LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertThat(periods.get(periods.size() - 2).label()).isEqualTo("Financial year 2018/19");
        assertThat(periods.get(periods.size() - 1)).isSameAs(ReportPeriods.CUSTOM);
    }

    @Test
    void inJanuaryToMarchTheFinancialYearBeganTheAprilAndInAprilNoMonthOfItHasEnded() {
        List<ReportPeriods.Period> periods = ReportPeriods.on(LocalDate.of(2027, 3, 31));

        assertThat(periods.get(1)).isEqualTo(new ReportPeriods.Period("Financial year 2026/27 to the end of February",
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 2, 28)));
        assertThat(ReportPeriods.on(LocalDate.of(2099, 4, 1)).get(1).label()).isEqualTo("Financial year 2098/99");
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
}
