package uk.wmpathways.app.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Days drawn from a period in which some months were busier than others (a programme's ramp-up, winter...). */
final class Months {

    private final LocalDate first;
    private final LocalDate last;
    private final Map<YearMonth, Double> weights = new LinkedHashMap<>();

    Months(LocalDate first, LocalDate last, ToDoubleFunction<YearMonth> weightOfMonth) {
        this.first = first;
        this.last = last;
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            LocalDate start = month.atDay(1).isBefore(first) ? first : month.atDay(1);
            LocalDate end = month.atEndOfMonth().isAfter(last) ? last : month.atEndOfMonth();
            // a month only partly in the period gets its share of the weight
            double share = (end.toEpochDay() - start.toEpochDay() + 1) / (double) month.lengthOfMonth();
            weights.put(month, weightOfMonth.applyAsDouble(month) * share);
        }
    }

    LocalDate day(Draws draws) {
        YearMonth month = draws.weighted(weights);
        LocalDate start = month.atDay(1).isBefore(first) ? first : month.atDay(1);
        LocalDate end = month.atEndOfMonth().isAfter(last) ? last : month.atEndOfMonth();
        return draws.dayBetween(start, end);
    }
}
