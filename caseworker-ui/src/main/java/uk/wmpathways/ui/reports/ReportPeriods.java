package uk.wmpathways.ui.reports;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The periods a programme manager reports on, offered beside the From and To dates: the last 12 months, the UK
 * financial year so far (1 April to 31 March, the year funders account in) and each earlier financial year back to
 * the first the programmes ran in.
 */
final class ReportPeriods {

    /** A period to choose; "Custom" stands for dates typed by hand. */
    record Period(String label, LocalDate from, LocalDate to) {
    }

    static final Period CUSTOM = new Period("Custom dates", null, null);

    private static final int FIRST_FINANCIAL_YEAR = 2018;

    private ReportPeriods() {
    }

    static List<Period> on(LocalDate today) {
        List<Period> periods = new ArrayList<>();
        periods.add(new Period("Last 12 months", today.minusMonths(12).plusDays(1), today));
        int current = financialYearStarting(today);
        periods.add(new Period("Financial year " + yearLabel(current) + " so far",
                LocalDate.of(current, Month.APRIL, 1), today));
        for (int year = current - 1; year >= FIRST_FINANCIAL_YEAR; year--) {
            periods.add(new Period("Financial year " + yearLabel(year), LocalDate.of(year, Month.APRIL, 1),
                    LocalDate.of(year + 1, Month.MARCH, 31)));
        }
        periods.add(CUSTOM);
        return periods;
    }

    /** The offered period with exactly these dates, if there is one. */
    static Optional<Period> matching(List<Period> periods, LocalDate from, LocalDate to) {
        return periods.stream().filter(period -> period != CUSTOM)
                .filter(period -> period.from().equals(from) && period.to().equals(to)).findFirst();
    }

    private static int financialYearStarting(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    }

    private static String yearLabel(int startYear) {
        return startYear + "/" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }
}
