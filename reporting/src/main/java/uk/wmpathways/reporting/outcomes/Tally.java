package uk.wmpathways.reporting.outcomes;

import java.util.List;

/**
 * A measure broken down by a dimension, before suppression: each row has its count and its base (the people
 * the count is of).
 */
record Tally(String dimension, String measure, List<Row> rows) {

    record Row(Category category, long count, long base) {
    }
}
