package uk.wmpathways.benchmarks;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import uk.wmpathways.infra.access.SystemCallerForCallerless;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.app.demo.DemoDataLoader;
import uk.wmpathways.app.demo.DemoDataSet;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportQueries;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Report latency with the demo data set and with ten times it: each scale is loaded through the command path
 * into a fresh embedded MongoDB (ten times = ten copies of the data set, each with ids and draws of its own),
 * the read models are awaited, then every report query of the demo's criteria is timed (the median of several
 * runs, after warm-up runs). Prints the load times, the latencies and the ratio of the largest scale to the
 * smallest.
 * <p>
 * Run: {@code java -jar benchmarks/target/pathways-benchmarks.jar demo-data [scales] [--storage=memory]
 * [--runs=N]}; scales default to {@code 1 10}; storage defaults to the application's own (a journaled file).
 */
@SpringBootApplication(scanBasePackages = {"uk.wmpathways.caseservice.access", "uk.wmpathways.caseservice.enrolment",
        "uk.wmpathways.caseservice.funding", "uk.wmpathways.caseservice.gpreferral",
        "uk.wmpathways.caseservice.identity", "uk.wmpathways.caseservice.organisation",
        "uk.wmpathways.caseservice.participant", "uk.wmpathways.caseservice.referral",
        "uk.wmpathways.reporting.access", "uk.wmpathways.reporting.casework", "uk.wmpathways.reporting.consent",
        "uk.wmpathways.reporting.funding", "uk.wmpathways.reporting.gpreferral", "uk.wmpathways.reporting.identity",
        "uk.wmpathways.reporting.outcomes", "uk.wmpathways.reporting.participant", "uk.wmpathways.reporting.readmodel",
        "uk.wmpathways.gpreferrals.intake", "uk.wmpathways.gpreferrals.status", "uk.wmpathways.gpreferrals.fhir",
        "uk.wmpathways.app.demo"})
public class DemoDataBenchmark {

    /** The benchmark asks for its reports as the application itself: nobody signs in. */
    @Bean
    SystemCallerForCallerless benchmarkActsAsTheSystem() {
        return new SystemCallerForCallerless("benchmark");
    }

    private static final int WARM_UP_RUNS = 3;
    /** How long after the load the data file is measured again, at rest. */
    private static final java.time.Duration AT_REST = java.time.Duration.ofSeconds(30);

    record Report(String name, Object query, Class<?> answer) {
    }

    /** firstMillis: each report's first answer after the load, before any report has read the read models. */
    record Figures(int scale, DemoDataLoader.LoadReport load, Map<String, Double> firstMillis,
                   Map<String, Double> medianMillis) {
    }

    static final List<Report> REPORTS = List.of(
            new Report("Thrive into Work, trial stage", new ReportQueries.ThriveIntoWorkOutcomes(trialStage(null)),
                    ThriveIntoWorkReport.class),
            new Report("Thrive into Work, trial stage, Walsall", new ReportQueries.ThriveIntoWorkOutcomes(
                    trialStage(LocalAuthority.WALSALL)), ThriveIntoWorkReport.class),
            new Report("Housing First, pilot", new ReportQueries.HousingFirstOutcomes(new ReportCriteria(
                    DemoDataSet.HF_FROM, DemoDataSet.HF_TO, null, null, null, FundingStream.HOUSING_FIRST_PILOT)),
                    HousingFirstReport.class),
            new Report("Rough Sleeping Initiative", new ReportQueries.RoughSleepingOutcomes(new ReportCriteria(
                    DemoDataSet.RSI_FROM, DemoDataSet.RSI_TO, null, null, null,
                    FundingStream.ROUGH_SLEEPING_INITIATIVE)), RoughSleepingReport.class),
            new Report("Funding, every stream", new ReportQueries.FundingOutcomes(new ReportCriteria(
                    DemoDataSet.RSI_FROM, DemoDataSet.HF_TO, null, null, null, null)), FundingReport.class),
            new Report("Equality, Thrive into Work", new ReportQueries.EqualityOutcomes(trialStage(null),
                    Pathway.THRIVE_INTO_WORK), EqualityReport.class),
            new Report("Equality, Housing First", new ReportQueries.EqualityOutcomes(new ReportCriteria(
                    DemoDataSet.HF_FROM, DemoDataSet.HF_TO, null, null, null, null), Pathway.HOUSING_FIRST),
                    EqualityReport.class));

    private static ReportCriteria trialStage(LocalAuthority area) {
        return new ReportCriteria(DemoDataSet.TIW_FROM, DemoDataSet.TIW_TO, null, area, null,
                FundingStream.THRIVE_INTO_WORK_TRIAL);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<Integer> scales = new ArrayList<>();
        String storage = "file";
        int runs = 9;
        for (String arg : args) {
            if (arg.matches("\\d+")) {
                scales.add(Integer.parseInt(arg));
            } else if (arg.startsWith("--storage=")) {
                storage = arg.substring("--storage=".length());
            } else if (arg.startsWith("--runs=")) {
                runs = Integer.parseInt(arg.substring("--runs=".length()));
            }
        }
        if (scales.isEmpty()) {
            scales = List.of(1, 10);
        }
        System.out.printf("Pathways demo data benchmark: %d cores, max heap %d MB, Java %s, %s storage, median of %d "
                        + "runs after %d warm-up runs%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), storage, runs, WARM_UP_RUNS);
        List<Figures> results = new ArrayList<>();
        for (int scale : scales) {
            results.add(run(scale, storage, runs));
            print(results);
        }
        System.exit(0); // library threads (Netty, Axon) would otherwise keep the JVM alive
    }

    private static Figures run(int scale, String storage, int runs) throws Exception {
        Path folder = Files.createTempDirectory("pathways-demo-benchmark");
        try (ConfigurableApplicationContext app = SpringApplication.run(DemoDataBenchmark.class,
                "--pathways.embedded-mongo.storage=" + storage,
                "--pathways.embedded-mongo.file=" + folder.resolve("pathways.mv"),
                "--pathways.trial.seed=" + DemoDataSet.SEED,
                "--pathways.trial.treatment-share=" + DemoDataSet.TREATMENT_SHARE,
                "--logging.level.uk.wmpathways.app.demo=INFO")) {
            System.out.printf("%nLoading the demo data set x%d...%n", scale);
            MeterRegistry meters = app.getBean(MeterRegistry.class);
            RoundTrips beforeLoad = RoundTrips.of(meters);
            DemoDataLoader.LoadReport load = app.getBean(DemoDataLoader.class).load(scale, false, true);
            System.out.printf("  x%d loaded: %s%n", scale, load);
            printFigures(scale, load);
            RoundTrips.of(meters).since(beforeLoad).print("x" + scale + " load and catch-up", load.commands(), 14);
            printDataFile(scale, folder, app.getBean(MongoTemplate.class));
            QueryGateway queries = app.getBean(QueryGateway.class);
            Map<String, Double> firsts = new LinkedHashMap<>();
            Map<String, Double> medians = new LinkedHashMap<>();
            for (Report report : REPORTS) {
                for (int i = 0; i < WARM_UP_RUNS; i++) {
                    long start = System.nanoTime();
                    ask(queries, report);
                    if (i == 0) {
                        firsts.put(report.name(), (System.nanoTime() - start) / 1e6);
                    }
                }
                double[] millis = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    ask(queries, report);
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                medians.put(report.name(), millis[runs / 2]);
                String key = "report.x" + scale + "." + slug(report.name());
                FigureLines.print(key + ".first", firsts.get(report.name()), "ms");
                FigureLines.print(key + ".median", millis[runs / 2], "ms");
                // the nearest rank: with 20 runs, the 19th
                FigureLines.print(key + ".p95", millis[(int) Math.ceil(runs * 0.95) - 1], "ms");
                System.out.printf(Locale.ROOT, "  x%d %s: first %.1f ms, median %.1f ms%n", scale, report.name(),
                        firsts.get(report.name()), millis[runs / 2]);
            }
            return new Figures(scale, load, firsts, medians);
        } finally {
            deleteRecursively(folder);
        }
    }

    private static void printFigures(int scale, DemoDataLoader.LoadReport load) {
        String key = "demo.x" + scale;
        FigureLines.print(key + ".load", load.commandSeconds(), "s");
        FigureLines.print(key + ".commands-per-second", load.commands() / load.commandSeconds(), "commands/s");
        FigureLines.print(key + ".caught-up-after", load.readModelSeconds(), "s");
        FigureLines.print(key + ".ready", load.commandSeconds() + load.readModelSeconds(), "s");
        FigureLines.print(key + ".cpu", load.cpuSeconds(), "s");
    }

    /** A report's name as a figure's key: "Funding, every stream" is "funding-every-stream". */
    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The data file with its write-ahead log, after the load and the read models' catching up (file storage), and
     * again at rest: once the store has been quiet for a few seconds it rewrites and moves its chunks
     * (DataFileUpkeep), which takes the demo data set about 10 s here.
     */
    private static void printDataFile(int scale, Path folder, MongoTemplate mongo) throws Exception {
        long loaded = dataFileBytes(folder);
        if (loaded == 0) {
            return; // memory storage
        }
        long events = mongo.getCollection(GlobalSequenceMongoEventStorageEngine.EVENTS).countDocuments();
        printDataFile(scale, "after the load", loaded, events);
        FigureLines.print("demo.x" + scale + ".file.after-load", megabytesPer10k(loaded, events),
                "MB per 10,000 events");
        Thread.sleep(AT_REST.toMillis());
        long atRest = dataFileBytes(folder);
        printDataFile(scale, "at rest (" + AT_REST.toSeconds() + " s later)", atRest, events);
        FigureLines.print("demo.x" + scale + ".file.at-rest", megabytesPer10k(atRest, events), "MB per 10,000 events");
    }

    private static long dataFileBytes(Path folder) throws IOException {
        long bytes = 0;
        for (String name : List.of("pathways.mv", "pathways.mv.wal")) {
            Path file = folder.resolve(name);
            bytes += Files.exists(file) ? Files.size(file) : 0;
        }
        return bytes;
    }

    private static void printDataFile(int scale, String when, long bytes, long events) {
        System.out.printf(Locale.ROOT, "  x%d data file %s: %.1f MB for %,d events, %.1f MB per 10,000 events%n",
                scale, when, bytes / 1e6, events, megabytesPer10k(bytes, events));
    }

    private static double megabytesPer10k(long bytes, long events) {
        return bytes / 1e6 * 10_000 / Math.max(events, 1);
    }

    private static void ask(QueryGateway queries, Report report) {
        if (queries.query(report.query(), ResponseTypes.instanceOf(report.answer())).join() == null) {
            throw new IllegalStateException("No answer to " + report.name());
        }
    }

    private static void print(List<Figures> results) {
        System.out.println();
        System.out.println("| scale | participants | commands | load (commands) | read models caught up after | CPU |");
        System.out.println("|---|---|---|---|---|---|");
        for (Figures figures : results) {
            DemoDataLoader.LoadReport load = figures.load();
            System.out.printf(Locale.ROOT, "| x%d | %,d | %,d | %.0f s (%.0f/s) | %.0f s | %.0f s |%n", figures.scale(),
                    load.participants(), load.commands(), load.commandSeconds(),
                    load.commands() / load.commandSeconds(), load.readModelSeconds(), load.cpuSeconds());
        }
        System.out.println();
        StringBuilder header = new StringBuilder("| report |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Figures figures : results) {
            header.append(" x").append(figures.scale()).append(" first |")
                    .append(" x").append(figures.scale()).append(" median |");
            rule.append("---|---|");
        }
        boolean ratio = results.size() > 1;
        Figures smallest = results.get(0);
        Figures largest = results.get(results.size() - 1);
        if (ratio) {
            header.append(" x").append(largest.scale()).append(" / x").append(smallest.scale()).append(" |");
            rule.append("---|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (Report report : REPORTS) {
            StringBuilder line = new StringBuilder("| " + report.name() + " |");
            for (Figures figures : results) {
                line.append(String.format(Locale.ROOT, " %.1f ms | %.1f ms |", figures.firstMillis().get(report.name()),
                        figures.medianMillis().get(report.name())));
            }
            if (ratio) {
                line.append(String.format(Locale.ROOT, " %.1f |", largest.medianMillis().get(report.name())
                        / smallest.medianMillis().get(report.name())));
            }
            System.out.println(line);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
