package uk.wmpathways.reporting.api;

/**
 * Thrive into Work's trial effect on the job conversion rate: treatment minus control, in percentage points,
 * with a 95% confidence interval for the difference of two independent proportions ({@code method} names it).
 */
public record TrialEffect(Rate treatment, Rate control, Double differencePoints, Double ciLowPoints,
                          Double ciHighPoints, String method) {
}
