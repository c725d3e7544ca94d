package uk.wmpathways.reporting.api;

import java.util.List;

/**
 * One measure broken down by a dimension (local authority, provider, trial arm, ethnicity...). Each row has
 * the row's count and its base, and the rate between them when the measure is a rate (the row's count is its
 * rate's numerator, suppressed alike). Counts from 1 to 4 are "&lt;5"; rows whose counts would reveal one
 * (from the total, or from the base) are hidden too, as "[c]" (confidential).
 */
public record Breakdown(String dimension, String measure, List<Row> rows) {

    public record Row(String key, String label, Figure count, Figure base, Rate rate) {
    }
}
