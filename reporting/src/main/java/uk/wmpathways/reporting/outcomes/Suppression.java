package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.Figure;
import uk.wmpathways.reporting.api.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Small-number suppression of everything a programme manager sees (domain.md): no figure may identify a
 * person.
 * <ul>
 *   <li>A count from 1 to 4 is shown as "&lt;5" ({@link Figure#suppressed()}); 0 is shown.</li>
 *   <li>A count hidden only to protect another (secondary suppression) is shown as "[c]" (confidential,
 *   {@link Figure#confidential()}), never as "&lt;5", which would say it is 1 to 4.</li>
 *   <li>In a breakdown, whose total is shown elsewhere, a suppressed row must not be recoverable from the
 *   total and the other rows: while only one row of a column is suppressed, or the suppressed rows could only
 *   all be 1 (their sum is their number), the next smallest non-zero row is suppressed too ("[c]").</li>
 *   <li>A rate shows no percent (nor interval) when its numerator or base is suppressed, or when the numerator
 *   or the people without the outcome (base - numerator) number 1 to 4; in that last case the numerator is
 *   withheld too ("[c]"), since the base minus it would give those few people away.</li>
 *   <li>A figure withheld in one place is withheld everywhere it appears in the same answer: a breakdown row's
 *   count is its rate's numerator, so a numerator withheld is a count withheld, and the count column is then
 *   protected again as above.</li>
 *   <li>A cost per outcome is not shown when the outcomes are suppressed, nor a median of fewer than 5
 *   values (a median of one to four values is a few people's own figure).</li>
 * </ul>
 */
final class Suppression {

    static final int FEWEST_SHOWN = 5;

    private Suppression() {
    }

    static boolean isSmall(long count) {
        return count >= 1 && count < FEWEST_SHOWN;
    }

    static Figure figure(long count) {
        return isSmall(count) ? Figure.suppressed() : Figure.of(count);
    }

    static Rate rate(Proportion proportion) {
        return rate(proportion, figure(proportion.numerator()), figure(proportion.denominator()));
    }

    /** A rate whose numerator and base are shown as {@code numerator} and {@code base} (suppressed or not). */
    static Rate rate(Proportion proportion, Figure numerator, Figure base) {
        if (!numerator.isSuppressed() && !base.isSuppressed()
                && isSmall(proportion.denominator() - proportion.numerator())) {
            return new Rate(Figure.confidential(), base, null, null, null);
        }
        if (!showsPercent(proportion, numerator, base)) {
            return new Rate(numerator, base, null, null, null);
        }
        WilsonScore interval = WilsonScore.of(proportion.numerator(), proportion.denominator());
        return new Rate(numerator, base, percent(interval.proportion()), percent(interval.low()),
                percent(interval.high()));
    }

    static boolean showsPercent(Proportion proportion, Figure numerator, Figure base) {
        return proportion.denominator() > 0 && !numerator.isSuppressed() && !base.isSuppressed()
                && !isSmall(proportion.numerator()) && !isSmall(proportion.denominator() - proportion.numerator());
    }

    static Breakdown breakdown(Tally tally) {
        List<Tally.Row> rows = tally.rows();
        List<Figure> bases = column(rows.stream().map(Tally.Row::base).toList());
        // A count whose base is shown and exceeds it by 1 to 4 is withheld (its rate's numerator would be): it is
        // hidden in the count column too, and the column protected with it.
        Set<Integer> withheld = new TreeSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Tally.Row row = rows.get(i);
            if (!bases.get(i).isSuppressed() && !isSmall(row.count()) && isSmall(row.base() - row.count())) {
                withheld.add(i);
            }
        }
        List<Figure> counts = column(rows.stream().map(Tally.Row::count).toList(), withheld);
        List<Breakdown.Row> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Tally.Row row = rows.get(i);
            shown.add(new Breakdown.Row(row.category().key(), row.category().label(), counts.get(i), bases.get(i),
                    rate(new Proportion(row.count(), row.base()), counts.get(i), bases.get(i))));
        }
        return new Breakdown(tally.dimension(), tally.measure(), List.copyOf(shown));
    }

    /** One column of a breakdown: small counts suppressed, and as many more as keep them from being recovered. */
    static List<Figure> column(List<Long> values) {
        return column(values, Set.of());
    }

    /**
     * One column of a breakdown with the rows {@code withheld} hidden as well (to protect another column):
     * small counts are "&lt;5", and every other hidden row ("[c]") is hidden only to protect another.
     */
    static List<Figure> column(List<Long> values, Set<Integer> withheld) {
        TreeSet<Integer> hidden = new TreeSet<>(withheld);
        IntStream.range(0, values.size()).filter(i -> isSmall(values.get(i))).forEach(hidden::add);
        while (!hidden.isEmpty() && recoverable(values, hidden)) {
            Optional<Integer> next = IntStream.range(0, values.size()).boxed()
                    .filter(i -> !hidden.contains(i) && values.get(i) > 0)
                    .min(Comparator.comparing((Integer i) -> values.get(i)).thenComparing(i -> i));
            if (next.isEmpty()) {
                break;
            }
            hidden.add(next.get());
        }
        return IntStream.range(0, values.size())
                .mapToObj(i -> !hidden.contains(i) ? Figure.of(values.get(i))
                        : isSmall(values.get(i)) ? Figure.suppressed() : Figure.confidential())
                .toList();
    }

    /** With the total known, one hidden row is its difference from the others; hidden rows summing to their number are each 1. */
    private static boolean recoverable(List<Long> values, TreeSet<Integer> hidden) {
        long sum = hidden.stream().mapToLong(values::get).sum();
        return hidden.size() == 1 || sum == hidden.size();
    }

    /**
     * The cost of one outcome, in pounds and pence; null when there are no outcomes or they are suppressed, and
     * when nothing has been drawn down (£0 an outcome would read as outcomes that cost nothing).
     */
    static BigDecimal costPerOutcome(BigDecimal drawnDownPounds, Figure outcomes) {
        if (drawnDownPounds == null || drawnDownPounds.signum() == 0 || outcomes.isSuppressed()
                || outcomes.value() == 0) {
            return null;
        }
        return drawnDownPounds.divide(BigDecimal.valueOf(outcomes.value()), 2, RoundingMode.HALF_UP);
    }

    /** The median of {@code values}; null when there are fewer than 5. */
    static Double median(List<Long> values) {
        if (values.size() < FEWEST_SHOWN) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? (double) sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** A proportion as a percentage to one decimal place. */
    static double percent(double proportion) {
        return Math.round(proportion * 1000) / 10.0;
    }
}
