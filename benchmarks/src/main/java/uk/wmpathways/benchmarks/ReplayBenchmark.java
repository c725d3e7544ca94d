package uk.wmpathways.benchmarks;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Controller;
import uk.wmpathways.app.demo.DemoDataLoader;
import uk.wmpathways.app.demo.DemoDataSet;
import uk.wmpathways.infra.access.SystemCallerForCallerless;
import uk.wmpathways.reporting.readmodel.ProjectionRebuilds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Projection replay (issue 15): fills the embedded journaled store with the demo data set (its real mix of
 * registrations, enrolments, contacts, outcomes, GP referrals and funding), then rebuilds every tracking
 * projection from all of its events, one after the other, and prints each one's time and events/s and the
 * total. Each mode ({@code --modes=}, by default {@code batched,per-event}) runs in its own application
 * context on the same store, back to back, so their ratio is measured on the same machine at the same moment.
 * <p>
 * Run: {@code java -jar benchmarks/target/pathways-benchmarks.jar replay [--scale=1] [--store=DIR]
 * [--events=N] [--modes=batched,per-event,split] [--only=participants,casework]}; {@code split} is {@code batched}
 * with the splittable projections in two segments. {@code --store=DIR} keeps the filled
 * store there and reuses it when run again (filling it takes minutes); without it a temporary one is made and
 * removed. {@code --events=N} stops filling after about N events (the first stories of the data set).
 */
@SpringBootApplication
@ComponentScan(basePackages = {"uk.wmpathways.caseservice", "uk.wmpathways.reporting", "uk.wmpathways.gpreferrals",
        "uk.wmpathways.app.demo"}, excludeFilters = {
        // Every projection and command handler, without the web layer (no web server is started)
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = {".*\\.web\\..*", ".*Security.*"})})
public class ReplayBenchmark {

    /** The benchmark acts as the application itself: nobody signs in. */
    @Bean
    SystemCallerForCallerless benchmarkActsAsTheSystem() {
        return new SystemCallerForCallerless("benchmark");
    }

    /** How a mode runs the projections: the properties it starts the application with. */
    record Mode(String label, List<String> properties) {
    }

    static final Map<String, Mode> MODES = Map.of(
            "batched", new Mode("batched", List.of()),
            "per-event", new Mode("per-event", List.of("--pathways.projections.staged-writes=false",
                    "--pathways.event-store.batch-size=100", "--pathways.projections.batch-size=100")),
            // Each projection that may be split, in two segments on this one instance
            "split", new Mode("split", List.of("--pathways.processing.segments.participants=2",
                    "--pathways.processing.segments.identity-decisions=2",
                    "--pathways.processing.segments.trial-arm-conflicts=2",
                    "--pathways.processing.segments.funding-drawdowns=2")));

    record Rebuilt(String projection, long events, double seconds) {
        double perSecond() {
            return events / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        int scale = 1;
        Path store = null;
        List<String> modes = List.of("batched", "per-event");
        List<String> only = List.of();
        long maxEvents = Long.MAX_VALUE;
        for (String arg : args) {
            if (arg.startsWith("--scale=")) {
                scale = Integer.parseInt(arg.substring("--scale=".length()));
            } else if (arg.startsWith("--store=")) {
                store = Path.of(arg.substring("--store=".length()));
            } else if (arg.startsWith("--modes=")) {
                modes = List.of(arg.substring("--modes=".length()).split(","));
            } else if (arg.startsWith("--events=")) {
                maxEvents = Long.parseLong(arg.substring("--events=".length()));
            } else if (arg.startsWith("--only=")) {
                only = List.of(arg.substring("--only=".length()).split(","));
            }
        }
        boolean temporary = store == null;
        Path folder = temporary ? Files.createTempDirectory("pathways-replay-benchmark") : store;
        Files.createDirectories(folder);
        System.out.printf("Pathways projection replay benchmark: %d cores, max heap %d MB, Java %s, demo data x%d, "
                        + "journaled file %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), scale, folder);
        try {
            fillIfEmpty(folder.resolve("pathways.mv"), scale, maxEvents);
            Map<String, List<Rebuilt>> results = new LinkedHashMap<>();
            for (String mode : modes) {
                Mode chosen = MODES.get(mode);
                if (chosen == null) {
                    throw new IllegalArgumentException("No mode " + mode + "; modes: " + MODES.keySet());
                }
                results.put(mode, run(chosen, folder.resolve("pathways.mv"), only));
                print(results);
            }
        } finally {
            if (temporary) {
                deleteRecursively(folder);
            }
        }
        System.exit(0); // library threads (Netty, Axon) would otherwise keep the JVM alive
    }

    private static List<String> properties(Path dataFile, String durability, List<String> more) {
        List<String> properties = new ArrayList<>(List.of(
                "--spring.main.web-application-type=none",
                "--pathways.embedded-mongo.storage=file",
                "--pathways.embedded-mongo.file=" + dataFile,
                "--pathways.embedded-mongo.durability=" + durability,
                "--pathways.trial.seed=" + DemoDataSet.SEED,
                "--pathways.trial.treatment-share=" + DemoDataSet.TREATMENT_SHARE,
                "--logging.level.uk.wmpathways.app.demo=INFO"));
        properties.addAll(more);
        return properties;
    }

    /**
     * Fills the store with the demo data set (up to {@code maxEvents}), with periodic commits: the fill is not what
     * is measured, and on a busy machine a journaled fill takes hours. The rebuilds then run journaled.
     */
    private static void fillIfEmpty(Path dataFile, int scale, long maxEvents) throws Exception {
        try (ConfigurableApplicationContext app = SpringApplication.run(ReplayBenchmark.class,
                properties(dataFile, "periodic", List.of()).toArray(String[]::new))) {
            EventStore eventStore = app.getBean(EventStore.class);
            // The organisations are recorded at the first start-up: a store of only those has not been filled.
            if (head(eventStore) >= 1_000) {
                return;
            }
            System.out.printf("%nFilling the store with the demo data set x%d (at most %,d events)...%n", scale, maxEvents);
            Thread load = new Thread(() -> {
                try {
                    System.out.printf("  %s%n", app.getBean(DemoDataLoader.class).load(scale, false, false));
                } catch (DemoDataLoader.DemoDataLoadException stopped) {
                    System.out.printf("  stopped: %s%n", stopped.safeSummary());
                }
            }, "replay-benchmark-fill");
            load.start();
            while (load.isAlive() && head(eventStore) < maxEvents) {
                load.join(1_000);
            }
            load.interrupt();
            load.join();
            System.out.printf("  %,d events stored%n", head(eventStore));
        }
    }

    /** A fill that was stopped can leave processors behind: they catch up first, so as not to compete with the rebuilds. */
    private static void awaitCaughtUp(EventProcessingConfiguration processing) throws InterruptedException {
        while (processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .anyMatch(processor -> processor.processingStatus().isEmpty()
                        || !processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp))) {
            Thread.sleep(200);
        }
    }

    private static long head(EventStore eventStore) {
        return eventStore.createHeadToken() == null ? 0 : eventStore.createHeadToken().position().orElse(-1) + 1;
    }

    private static List<Rebuilt> run(Mode mode, Path dataFile, List<String> only) throws Exception {
        try (ConfigurableApplicationContext app = SpringApplication.run(ReplayBenchmark.class,
                properties(dataFile, "journaled", mode.properties()).toArray(String[]::new))) {
            long events = head(app.getBean(EventStore.class));
            awaitCaughtUp(app.getBean(EventProcessingConfiguration.class));
            ProjectionRebuilds rebuilds = app.getBean(ProjectionRebuilds.class);
            System.out.printf("%nMode %s: %,d events in the store; rebuilding every projection%n", mode.label(), events);
            List<Rebuilt> rebuilt = new ArrayList<>();
            for (ProjectionRebuilds.Status status : rebuilds.all()) {
                String projection = status.projection();
                if (!only.isEmpty() && !only.contains(projection)) {
                    continue;
                }
                long start = System.nanoTime();
                rebuilds.start(projection);
                while (rebuilds.status(projection).state() != ProjectionRebuilds.State.IDLE) {
                    Thread.sleep(20);
                }
                rebuilt.add(new Rebuilt(projection, events, (System.nanoTime() - start) / 1e9));
                System.out.printf(Locale.ROOT, "  %s: %.2f s, %,.0f events/s%n", projection,
                        rebuilt.get(rebuilt.size() - 1).seconds(), rebuilt.get(rebuilt.size() - 1).perSecond());
            }
            return rebuilt;
        }
    }

    private static void print(Map<String, List<Rebuilt>> results) {
        List<String> modes = new ArrayList<>(results.keySet());
        StringBuilder header = new StringBuilder("| projection |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String mode : modes) {
            header.append(' ').append(mode).append(" s | ").append(mode).append(" events/s |");
            rule.append("---|---|");
        }
        boolean ratio = modes.size() > 1;
        if (ratio) {
            header.append(' ').append(modes.get(0)).append(" / ").append(modes.get(1)).append(" |");
            rule.append("---|");
        }
        System.out.println();
        System.out.println(header);
        System.out.println(rule);
        List<Rebuilt> first = results.get(modes.get(0));
        for (int i = 0; i < first.size(); i++) {
            int row = i;
            StringBuilder line = new StringBuilder("| " + first.get(i).projection() + " |");
            results.values().forEach(rebuilt -> line.append(String.format(Locale.ROOT, " %.2f | %,.0f |",
                    rebuilt.get(row).seconds(), rebuilt.get(row).perSecond())));
            if (ratio) {
                line.append(String.format(Locale.ROOT, " %.1fx |",
                        first.get(i).perSecond() / results.get(modes.get(1)).get(i).perSecond()));
            }
            System.out.println(line);
        }
        StringBuilder total = new StringBuilder("| **every projection** (events × projections / total time) |");
        Map<String, Double> totalRates = new LinkedHashMap<>();
        results.forEach((mode, rebuilt) -> {
            double seconds = rebuilt.stream().mapToDouble(Rebuilt::seconds).sum();
            double rate = rebuilt.stream().mapToLong(Rebuilt::events).sum() / seconds;
            totalRates.put(mode, rate);
            total.append(String.format(Locale.ROOT, " %.2f | %,.0f |", seconds, rate));
        });
        List<Rebuilt> last = results.get(modes.get(modes.size() - 1));
        last.forEach(rebuilt -> FigureLines.print("replay." + rebuilt.projection(), rebuilt.perSecond(), "events/s"));
        FigureLines.print("replay.every-projection", totalRates.get(modes.get(modes.size() - 1)), "events/s");
        if (ratio) {
            total.append(String.format(Locale.ROOT, " %.1fx |", totalRates.get(modes.get(0)) / totalRates.get(modes.get(1))));
        }
        System.out.println(total);
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
