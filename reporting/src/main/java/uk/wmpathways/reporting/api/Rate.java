package uk.wmpathways.reporting.api;

/**
 * A proportion: {@code numerator} of {@code denominator}, as a percentage with its 95% confidence interval
 * (Wilson score interval). {@code percent} and the interval are null when there is nothing to divide by or
 * when showing them would reveal a suppressed count; the numerator is "[c]" when the base minus it would be
 * 1 to 4. {@code definition} is the key of what the rate counts ({@link Definition}); its numerator and base carry
 * the same key.
 */
public record Rate(Figure numerator, Figure denominator, Double percent, Double ciLowPercent,
                   Double ciHighPercent, String definition) {

    public Rate(Figure numerator, Figure denominator, Double percent, Double ciLowPercent, Double ciHighPercent) {
        this(numerator, denominator, percent, ciLowPercent, ciHighPercent, null);
    }

    /** The same rate, its numerator and base, saying what they count. */
    public Rate definedAs(Definition what) {
        return new Rate(numerator == null ? null : numerator.definedAs(what),
                denominator == null ? null : denominator.definedAs(what), percent, ciLowPercent, ciHighPercent,
                what.key());
    }
}
