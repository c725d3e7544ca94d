package uk.wmpathways.reporting.outcomes;

/**
 * The Wilson score interval for a proportion (Wilson 1927; Newcombe 1998, method 3): unlike the plain normal
 * approximation, it stays within 0..1 and behaves for small counts and proportions near 0 or 1.
 */
record WilsonScore(double proportion, double low, double high) {

    /** The normal quantile for a two-sided 95% interval. */
    static final double Z_95 = 1.959963984540054;

    /** The 95% interval for {@code successes} of {@code trials} (trials more than 0). */
    static WilsonScore of(long successes, long trials) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("A proportion needs 0 <= successes <= trials and trials > 0");
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z_95 * Z_95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double halfWidth = Z_95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new WilsonScore(p, Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
    }
}
