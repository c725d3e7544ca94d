package uk.wmpathways.reporting.api;

import java.util.List;

/**
 * One measure broken down by a dimension (local authority, provider, trial arm, ethnicity...). Each row has
 * the row's count and its base, and the rate between them when the measure is a rate (the row's count is its
 * rate's numerator, suppressed alike). Counts from 1 to 4 are "&lt;5"; rows whose counts would reveal one
 * (from the total, or from the base) are hidden too, as "[c]" (confidential). {@code definition} is the key of
 * what the breakdown counts ({@link Definition}); every row's figures carry it too.
 */
public record Breakdown(String dimension, String measure, List<Row> rows, String definition) {

    public Breakdown(String dimension, String measure, List<Row> rows) {
        this(dimension, measure, rows, null);
    }

    /** The same breakdown, and every figure in it, saying what it counts. */
    public Breakdown definedAs(Definition what) {
        return new Breakdown(dimension, measure, rows == null ? null : rows.stream()
                .map(row -> new Row(row.key(), row.label(), row.count() == null ? null : row.count().definedAs(what),
                        row.base() == null ? null : row.base().definedAs(what),
                        row.rate() == null ? null : row.rate().definedAs(what)))
                .toList(), what.key());
    }

    public record Row(String key, String label, Figure count, Figure base, Rate rate) {
    }
}
