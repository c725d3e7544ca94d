package uk.wmpathways.ui.reports;

import uk.wmpathways.reporting.api.ReportPeriodRules;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The periods a programme manager reports on, offered beside the From and To dates: the last 12 complete months,
 * the UK financial year so far (1 April to 31 March, the year funders account in; up to the end of last month) and
 * each earlier financial year back to the first the programmes ran in; and the programmes' own periods, whose
 * published figures a manager compares with (the Thrive into Work trial stage, the Housing First pilot, the Rough
 * Sleeping Initiative's first two years). Only whole months that have ended are
 * offered, and dates typed by hand are moved to a month's first or last day: the reporting module refuses any other
 * period (docs/disclosure.md, {@link ReportPeriodRules}).
 */
final class ReportPeriods {

    /** A period to choose; "Custom" stands for dates typed by hand. */
    record Period(String label, LocalDate from, LocalDate to) {
    }

    static final Period CUSTOM = new Period("Custom dates", null, null);

    private static final int FIRST_FINANCIAL_YEAR = 2018;

    /** The programmes' own periods (the domain's published figures are for these), most recent end first. */
    static final List<Period> PROGRAMME_PERIODS = List.of(
            new Period("Housing First pilot (May 2018 to March 2022)", LocalDate.of(2018, 5, 1),
                    LocalDate.of(2022, 3, 31)),
            new Period("Thrive into Work trial stage (June 2018 to October 2020)", LocalDate.of(2018, 6, 1),
                    LocalDate.of(2020, 10, 31)),
            new Period("Rough Sleeping Initiative (April 2018 to March 2020)", LocalDate.of(2018, 4, 1),
                    LocalDate.of(2020, 3, 31)));

    private ReportPeriods() {
    }

    static List<Period> on(LocalDate today) {
        List<Period> periods = new ArrayList<>();
        LocalDate lastMonthEnd = ReportPeriodRules.lastCompleteMonthEnd(today);
        periods.add(new Period("Last 12 complete months", lastMonthEnd.minusMonths(11).withDayOfMonth(1),
                lastMonthEnd));
        int current = financialYearStarting(today);
        LocalDate currentStart = LocalDate.of(current, Month.APRIL, 1);
        // In April no month of the year has ended yet: there is nothing "so far" to offer.
        if (lastMonthEnd.isAfter(currentStart)) {
            periods.add(new Period("Financial year " + yearLabel(current) + " to the end of "
                    + lastMonthEnd.getMonth().getDisplayName(TextStyle.FULL, Locale.UK), currentStart, lastMonthEnd));
        }
        PROGRAMME_PERIODS.stream().filter(period -> !period.to().isAfter(lastMonthEnd)).forEach(periods::add);
        for (int year = current - 1; year >= FIRST_FINANCIAL_YEAR; year--) {
            periods.add(new Period("Financial year " + yearLabel(year), LocalDate.of(year, Month.APRIL, 1),
                    LocalDate.of(year + 1, Month.MARCH, 31)));
        }
        periods.add(CUSTOM);
        return periods;
    }

    /**
     * The periods to fall back on, in order, when the default period has nothing recorded: the programmes' own
     * periods that have ended, most recent first, so that a dashboard over old records is never blank.
     */
    static List<Period> fallbacks(LocalDate today) {
        LocalDate lastMonthEnd = ReportPeriodRules.lastCompleteMonthEnd(today);
        return PROGRAMME_PERIODS.stream().filter(period -> !period.to().isAfter(lastMonthEnd)).toList();
    }

    /** The offered period with exactly these dates, if there is one. */
    static Optional<Period> matching(List<Period> periods, LocalDate from, LocalDate to) {
        return periods.stream().filter(period -> period != CUSTOM)
                .filter(period -> period.from().equals(from) && period.to().equals(to)).findFirst();
    }

    /** A From date typed by hand, moved to the 1st of its month. */
    static LocalDate steerFrom(LocalDate day) {
        return day == null ? null : ReportPeriodRules.monthStart(day);
    }

    /** A To date typed by hand, moved to the last day of its month, and no later than the last complete month. */
    static LocalDate steerTo(LocalDate day, LocalDate today) {
        if (day == null) {
            return null;
        }
        LocalDate end = ReportPeriodRules.monthEnd(day);
        LocalDate latest = ReportPeriodRules.lastCompleteMonthEnd(today);
        return end.isAfter(latest) ? latest : end;
    }

    /** An as-at date typed by hand, moved to the last day of its month; today (as known now) in this month. */
    static LocalDate steerAsAt(LocalDate day, LocalDate today) {
        if (day == null) {
            return null;
        }
        LocalDate end = ReportPeriodRules.monthEnd(day);
        return end.isBefore(today) ? end : today;
    }

    private static int financialYearStarting(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    }

    private static String yearLabel(int startYear) {
        return startYear + "/" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }
}
