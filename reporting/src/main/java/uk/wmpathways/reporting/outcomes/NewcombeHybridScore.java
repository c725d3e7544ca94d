package uk.wmpathways.reporting.outcomes;

/**
 * The 95% confidence interval for the difference of two independent proportions p1 - p2 by Newcombe's hybrid
 * score method (Newcombe 1998, "Interval estimation for the difference between independent proportions",
 * method 10): it combines the two Wilson score intervals (l1, u1) and (l2, u2) as
 * d - sqrt((p1 - l1)^2 + (u2 - p2)^2) to d + sqrt((u1 - p1)^2 + (p2 - l2)^2). It keeps good coverage for small
 * samples and proportions near 0 or 1, where the simple Wald interval does not.
 */
record NewcombeHybridScore(double difference, double low, double high) {

    static final String METHOD = "Newcombe hybrid score interval (method 10), 95%";

    static NewcombeHybridScore of(long successes1, long trials1, long successes2, long trials2) {
        WilsonScore first = WilsonScore.of(successes1, trials1);
        WilsonScore second = WilsonScore.of(successes2, trials2);
        double difference = first.proportion() - second.proportion();
        double low = difference - Math.sqrt(square(first.proportion() - first.low())
                + square(second.high() - second.proportion()));
        double high = difference + Math.sqrt(square(first.high() - first.proportion())
                + square(second.proportion() - second.low()));
        return new NewcombeHybridScore(difference, low, high);
    }

    private static double square(double value) {
        return value * value;
    }
}
