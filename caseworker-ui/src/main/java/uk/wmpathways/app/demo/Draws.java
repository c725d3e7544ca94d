package uk.wmpathways.app.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo data set's chance: a seeded {@link Random} with the few draws the stories need. The same seed gives
 * the same draws in the same order, so every story is generated identically every time.
 */
final class Draws {

    private final Random random;

    Draws(long seed) {
        this.random = new Random(seed);
    }

    /** A generator of its own for one part of the data, so that changing one part does not shift the others. */
    static Draws of(long seed, int copy, String part) {
        return new Draws(seed * 1_000_003L + copy * 7_919L + part.hashCode());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** From {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double uniform() {
        return random.nextDouble();
    }

    /** A day from {@code first} to {@code last}, both included. */
    LocalDate dayBetween(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    /** Log-normally distributed days with the given median: most near it, a long tail of slow ones. */
    int logNormalDays(double median, double sigma, int atLeast, int atMost) {
        long days = Math.round(median * Math.exp(sigma * random.nextGaussian()));
        return (int) Math.max(atLeast, Math.min(atMost, days));
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of the keys, with chances proportional to the weights (iteration order must be fixed). */
    <T> T weighted(Map<T, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double point = random.nextDouble() * total;
        T last = null;
        for (Map.Entry<T, Double> entry : weights.entrySet()) {
            last = entry.getKey();
            point -= entry.getValue();
            if (point < 0) {
                return last;
            }
        }
        return last;
    }

    <T> List<T> shuffled(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }
}
