package uk.wmpathways.reporting.api;

/**
 * A proportion: {@code numerator} of {@code denominator}, as a percentage with its 95% confidence interval
 * (Wilson score interval). {@code percent} and the interval are null when there is nothing to divide by or
 * when showing them would reveal a suppressed count; the numerator is "[c]" when the base minus it would be
 * 1 to 4.
 */
public record Rate(Figure numerator, Figure denominator, Double percent, Double ciLowPercent,
                   Double ciHighPercent) {
}
