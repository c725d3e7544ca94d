package uk.wmpathways.reporting.api;

import java.util.List;

/**
 * One measure broken down by a dimension (local authority, provider, trial arm, ethnicity...). Each row has
 * the row's count and its base, and the rate between them when the measure is a rate. Rows whose counts would
 * reveal a suppressed count are suppressed too.
 */
public record Breakdown(String dimension, String measure, List<Row> rows) {

    public record Row(String key, String label, Figure count, Figure base, Rate rate) {
    }
}
