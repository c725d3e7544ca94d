package uk.wmpathways.benchmarks;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MongoDB commands the application sent (round trips), as Spring Boot's MongoDB command listener counts them
 * ({@code mongodb.driver.commands}, by command and collection). Unlike a time on a shared machine, the count
 * does not depend on the machine's load, so two jars compare on it exactly.
 */
final class RoundTrips {

    private static final String METER = "mongodb.driver.commands";

    private final Map<String, Long> counts;

    private RoundTrips(Map<String, Long> counts) {
        this.counts = counts;
    }

    /** The counts so far; empty when the application has no command listener. */
    static RoundTrips of(MeterRegistry registry) {
        Map<String, Long> counts = new TreeMap<>();
        for (Timer timer : registry.find(METER).timers()) {
            String key = timer.getId().getTag("command") + " " + timer.getId().getTag("collection");
            counts.merge(key, timer.count(), Long::sum);
        }
        return new RoundTrips(counts);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The commands sent since {@code before}. */
    RoundTrips since(RoundTrips before) {
        Map<String, Long> difference = new TreeMap<>();
        counts.forEach((key, count) -> {
            long added = count - before.counts.getOrDefault(key, 0L);
            if (added > 0) {
                difference.put(key, added);
            }
        });
        return new RoundTrips(difference);
    }

    /** The total, per application command, and the {@code top} commands by collection. */
    void print(String label, long applicationCommands, int top) {
        if (counts.isEmpty()) {
            System.out.printf("  %s: no MongoDB command counts (no command listener)%n", label);
            return;
        }
        System.out.printf(Locale.ROOT, "  %s: %,d MongoDB round trips, %.2f per command sent%n", label, total(),
                (double) total() / Math.max(applicationCommands, 1));
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(top)
                .forEach(entry -> System.out.printf(Locale.ROOT, "    %,9d  %s%n", entry.getValue(), entry.getKey()));
    }
}
