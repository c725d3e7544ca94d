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
 *   <li>A zero is never shown in a column that has a hidden cell, nor as the count beside a hidden base: it
 *   would point at the category the few hidden people are in ("[c]" instead).</li>
 *   <li>A breakdown whose table holds fewer than 10 people (the sum of its bases) is hidden whole ("[c]"): a
 *   table of a handful of people describes each of them. An equality breakdown is also rounded to the nearest
 *   5 ({@link #roundedBreakdown}); headline figures stay exact. Why: docs/disclosure.md.</li>
 *   <li>A cost per outcome is not shown when the outcomes are suppressed, nor a median of fewer than 5
 *   values (a median of one to four values is a few people's own figure).</li>
 * </ul>
 */
final class Suppression {

    static final int FEWEST_SHOWN = 5;

    /** A breakdown of fewer people than this (the sum of its rows' bases) shows none of its cells. */
    static final int FEWEST_IN_TABLE = 10;

    /** Equality breakdowns show their counts rounded to a multiple of this (ONS and NHS Digital practice). */
    static final int ROUNDED_TO = 5;

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
        long total = rows.stream().mapToLong(Tally.Row::base).sum();
        if (total > 0 && total < FEWEST_IN_TABLE) {
            return hiddenTable(tally);
        }
        List<Figure> bases = column(rows.stream().map(Tally.Row::base).toList());
        // A count whose base is shown and exceeds it by 1 to 4 is withheld (its rate's numerator would be): it is
        // hidden in the count column too, and the column protected with it. A count of 0 beside a hidden base
        // is withheld as well: it would say that none of those few people had the outcome.
        Set<Integer> withheld = new TreeSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Tally.Row row = rows.get(i);
            if (!bases.get(i).isSuppressed() && !isSmall(row.count()) && isSmall(row.base() - row.count())) {
                withheld.add(i);
            }
            if (bases.get(i).isSuppressed() && row.count() == 0) {
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
        if (!hidden.isEmpty()) {
            // A 0 shown beside a hidden cell would say where the few people are not, and so, in a column with
            // one "<5", which category they are in: zeros are hidden as "[c]" too.
            IntStream.range(0, values.size()).filter(i -> values.get(i) == 0).forEach(hidden::add);
        }
        return IntStream.range(0, values.size())
                .mapToObj(i -> !hidden.contains(i) ? Figure.of(values.get(i))
                        : isSmall(values.get(i)) ? Figure.suppressed() : Figure.confidential())
                .toList();
    }

    /** Every cell of a table of fewer than {@link #FEWEST_IN_TABLE} people hidden: "[c]", no percent. */
    private static Breakdown hiddenTable(Tally tally) {
        return new Breakdown(tally.dimension(), tally.measure(), tally.rows().stream()
                .map(row -> new Breakdown.Row(row.category().key(), row.category().label(), Figure.confidential(),
                        Figure.confidential(),
                        new Rate(Figure.confidential(), Figure.confidential(), null, null, null)))
                .toList());
    }

    /**
     * A breakdown of personal characteristics (the equality report): suppressed as {@link #breakdown}, then
     * every count shown rounded to the nearest {@link #ROUNDED_TO}, and each percent (with its interval)
     * worked out from the rounded figures, so that two reports whose people differ by one rarely differ in a
     * cell, and never say by how much.
     */
    static Breakdown roundedBreakdown(Tally tally) {
        Breakdown exact = breakdown(tally);
        return new Breakdown(exact.dimension(), exact.measure(), exact.rows().stream().map(row -> {
            Figure count = rounded(row.count());
            Figure base = rounded(row.base());
            Rate rate = row.rate().percent() == null || base.value() == 0
                    ? new Rate(count, base, null, null, null)
                    : rateOf(count.value(), base.value());
            return new Breakdown.Row(row.key(), row.label(), count, base, rate);
        }).toList());
    }

    static Figure rounded(Figure figure) {
        return figure.isSuppressed() ? figure
                : Figure.of(Math.round(figure.value() / (double) ROUNDED_TO) * ROUNDED_TO);
    }

    private static Rate rateOf(long numerator, long base) {
        WilsonScore interval = WilsonScore.of(numerator, base);
        return new Rate(Figure.of(numerator), Figure.of(base), percent(interval.proportion()),
                percent(interval.low()), percent(interval.high()));
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
