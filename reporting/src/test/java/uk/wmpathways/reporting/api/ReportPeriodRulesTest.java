package uk.wmpathways.reporting.api;

import org.junit.jupiter.api.Test;
import uk.wmpathways.infra.web.InvalidField;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The periods and as-at days a report may be asked for: the day-level attacks of the issue are refused. */
class ReportPeriodRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static List<String> fields(LocalDate from, LocalDate to, LocalDate asAt) {
        return ReportPeriodRules.problems(from, to, asAt, TODAY).stream().map(InvalidField::field).toList();
    }

    @Test
    void aOneDayPeriodIsRefusedOnBothEnds() {
        LocalDate day = LocalDate.of(2026, 6, 15);

        List<InvalidField> problems = ReportPeriodRules.problems(day, day, null, TODAY);

        assertThat(problems).extracting(InvalidField::field).containsExactly("from", "to");
        assertThat(problems.get(0).message()).contains("1st of a month", "2026-06-01");
        assertThat(problems.get(1).message()).contains("last day of a month", "2026-06-30");
    }

    @Test
    void noTwoAllowedPeriodsDifferByLessThanAMonth() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 6, 30);
        assertThat(fields(from, to, null)).isEmpty();

        // Every period a day longer or shorter, at either end, is refused.
        assertThat(fields(from, to.minusDays(1), null)).containsExactly("to");
        assertThat(fields(from, to.plusDays(1), null)).containsExactly("to");
        assertThat(fields(from.plusDays(1), to, null)).containsExactly("from");
        assertThat(fields(from.minusDays(1), to, null)).containsExactly("from");
        // And so for every start and end in a year: only the 1st and the month's last day are allowed.
        for (LocalDate day = from; day.isBefore(from.plusYears(1)); day = day.plusDays(1)) {
            assertThat(fields(day, LocalDate.of(2025, 12, 31), null).isEmpty()).as("from " + day)
                    .isEqualTo(day.getDayOfMonth() == 1);
            assertThat(fields(from, day, null).isEmpty()).as("to " + day)
                    .isEqualTo(day.plusDays(1).getDayOfMonth() == 1 && !day.isBefore(from));
        }
    }

    @Test
    void aMonthInProgressIsNotReported() {
        assertThat(fields(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null)).containsExactly("to");
        assertThat(ReportPeriodRules.problems(LocalDate.of(2026, 1, 1), TODAY, null, TODAY).get(0).message())
                .contains("2026-11-30");
        assertThat(fields(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), null)).isEmpty();
        assertThat(ReportPeriodRules.lastCompleteMonthEnd(TODAY)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void asAtIsTheLastDayOfAMonthOrToday() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);

        assertThat(fields(from, to, LocalDate.of(2026, 5, 31))).isEmpty();
        assertThat(fields(from, to, TODAY)).as("as known now").isEmpty();
        assertThat(fields(from, to, LocalDate.of(2026, 5, 30))).containsExactly("asAt");
        assertThat(fields(from, to, LocalDate.of(2026, 6, 1))).as("a day after an allowed as-at").containsExactly("asAt");
        assertThat(ReportPeriodRules.problems(from, to, LocalDate.of(2026, 11, 20), TODAY).get(0).message())
                .contains("last day of a month", "2026-10-31", "2026-11-30");
        assertThat(ReportPeriodRules.problems(from, to, TODAY.plusDays(1), TODAY).get(0).message())
                .isEqualTo("The as-at date cannot be in the future: use 2026-12-02 or earlier");
    }

    @Test
    void criteriaThatBreakTheRulesAreRefusedWithAMessagePerField() {
        ReportCriteria oneDay = new ReportCriteria(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 7, 16), null, null, null);

        assertThatThrownBy(() -> ReportPeriodRules.check(oneDay, TODAY))
                .isInstanceOfSatisfying(ReportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(InvalidField::field).containsExactly("from", "to", "asAt"));
    }
}
