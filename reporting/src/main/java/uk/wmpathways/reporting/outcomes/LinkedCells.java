package uk.wmpathways.reporting.outcomes;

import uk.wmpathways.reporting.api.Figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Small-number suppression ({@link Suppression}'s rules) of counts linked by sums in both directions, for a table
 * whose rows and columns both add up to figures shown elsewhere in the same answer (the GP referral figures:
 * received = accepted + rejected + cancelled + awaiting a decision in each row, and each column adds up to the
 * headline figure, once per breakdown). {@link Suppression#column} protects one column; here every sum is
 * protected at once, so that no hidden count can be worked out along a row, along a column or from a headline.
 * <ul>
 *   <li>Counts from 1 to 4 are hidden ("&lt;5").</li>
 *   <li>While a sum has exactly one hidden member (its total or a part), or its total is shown and its hidden parts
 *   could only all be 1, its smallest non-zero shown member is hidden too ("[c]"); and again, until no sum changes.</li>
 *   <li>A zero in a sum with a hidden member is hidden ("[c]"): it would say where the few are not.</li>
 *   <li>Cells of a table of fewer than 10 people are all "[c]" ({@link #hideWhole}).</li>
 * </ul>
 */
final class LinkedCells {

    private record Sum(int total, List<Integer> parts) {
        Stream<Integer> members() {
            return Stream.concat(Stream.of(total), parts.stream());
        }
    }

    private final List<Long> values = new ArrayList<>();
    private final List<Sum> sums = new ArrayList<>();
    private final Set<Integer> wholeTablesHidden = new TreeSet<>();

    /** A cell holding {@code value}; the answer is its index. */
    int add(long value) {
        values.add(value);
        return values.size() - 1;
    }

    /** The cell {@code total} is the sum of the cells {@code parts}. */
    void sum(int total, List<Integer> parts) {
        sums.add(new Sum(total, List.copyOf(parts)));
    }

    /** Cells of a table too small to show: "[c]", whatever their value. */
    void hideWhole(Collection<Integer> cells) {
        wholeTablesHidden.addAll(cells);
    }

    long value(int cell) {
        return values.get(cell);
    }

    /** Every cell as it may be shown, in the order they were added. */
    List<Figure> shown() {
        TreeSet<Integer> hidden = new TreeSet<>(wholeTablesHidden);
        IntStream.range(0, values.size()).filter(i -> Suppression.isSmall(values.get(i))).forEach(hidden::add);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                if (recoverable(sum, hidden)) {
                    Optional<Integer> next = sum.members()
                            .filter(cell -> !hidden.contains(cell) && values.get(cell) > 0)
                            .min(Comparator.comparing((Integer cell) -> values.get(cell)).thenComparing(cell -> cell));
                    if (next.isPresent()) {
                        hidden.add(next.get());
                        changed = true;
                    }
                }
                if (sum.members().anyMatch(hidden::contains)) {
                    changed |= sum.members().filter(cell -> values.get(cell) == 0).toList().stream()
                            .map(hidden::add).reduce(false, Boolean::logicalOr);
                }
            }
        }
        return IntStream.range(0, values.size())
                .mapToObj(i -> wholeTablesHidden.contains(i) ? Figure.confidential()
                        : !hidden.contains(i) ? Figure.of(values.get(i))
                        : Suppression.isSmall(values.get(i)) ? Figure.suppressed() : Figure.confidential())
                .toList();
    }

    private boolean recoverable(Sum sum, Set<Integer> hidden) {
        List<Integer> hiddenMembers = sum.members().filter(hidden::contains).toList();
        if (hiddenMembers.isEmpty()) {
            return false;
        }
        if (hiddenMembers.size() == 1) {
            return true;
        }
        List<Integer> hiddenParts = sum.parts().stream().filter(hidden::contains).toList();
        long hiddenSum = hiddenParts.stream().mapToLong(values::get).sum();
        return !hidden.contains(sum.total()) && hiddenSum == hiddenParts.size();
    }
}
