package uk.wmpathways.ui.reports;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPeriodsTest {

    @Test
    void theFinancialYearRunsFromAprilToMarchAndTheCurrentOneEndsToday() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        List<ReportPeriods.Period> periods = ReportPeriods.on(today);

        assertThat(periods.get(0)).isEqualTo(new ReportPeriods.Period("Last 12 months", LocalDate.of(2025, 11, 23),
                today));
        assertThat(periods.get(1)).isEqualTo(new ReportPeriods.Period("Financial year 2026/27 so far",
                LocalDate.of(2026, 4, 1), today));
        assertThat(periods.get(2)).isEqualTo(new ReportPeriods.Period("Financial year 2025/26",
                LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertThat(periods.get(periods.size() - 2).label()).isEqualTo("Financial year 2018/19");
        assertThat(periods.get(periods.size() - 1)).isSameAs(ReportPeriods.CUSTOM);
    }

    @Test
    void inJanuaryToMarchTheFinancialYearBeganTheApril() {
        List<ReportPeriods.Period> periods = ReportPeriods.on(LocalDate.of(2027, 3, 31));

        assertThat(periods.get(1)).isEqualTo(new ReportPeriods.Period("Financial year 2026/27 so far",
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
        assertThat(ReportPeriods.on(LocalDate.of(2099, 4, 1)).get(1).label())
                .isEqualTo("Financial year 2099/00 so far");
    }

    @Test
    void datesTypedByHandMatchAPeriodOnlyWhenBothDaysAreItsOwn() {
        List<ReportPeriods.Period> periods = ReportPeriods.on(LocalDate.of(2026, 11, 22));

        assertThat(ReportPeriods.matching(periods, LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31)))
                .map(ReportPeriods.Period::label).contains("Financial year 2019/20");
        assertThat(ReportPeriods.matching(periods, LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 30))).isEmpty();
    }
}
