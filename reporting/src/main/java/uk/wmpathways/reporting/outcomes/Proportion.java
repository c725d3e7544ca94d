package uk.wmpathways.reporting.outcomes;

/** A count of some of a base, before suppression. */
record Proportion(long numerator, long denominator) {
}
