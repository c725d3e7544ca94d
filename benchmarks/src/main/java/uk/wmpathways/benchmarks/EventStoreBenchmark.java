package uk.wmpathways.benchmarks;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import uk.wmpathways.infra.access.SystemCallerForCallerless;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.participant.GpReferralSubjects;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.reporting.readmodel.ProjectionRebuilds;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Figures for the event store on the embedded MongoDB: commands per second (one client, and eight at once)
 * at several store sizes, projection catch-up (a full rebuild) time and replay rate, and file size per
 * 10,000 events. Everything is measured twice in one run: with journaled durability (the default: an
 * acknowledged command survives kill -9) and with mongo-java-server's own periodic commits (the baseline),
 * and the ratio is printed.
 * <p>
 * Run: {@code mvn -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/pathways-benchmarks.jar}
 * (the jar's {@link Benchmarks} starts this one unless asked for another)
 * Arguments: store sizes in events (default {@code 10000 100000}); {@code --quick} measures 10,000 only;
 * {@code --encryption} compares personal data encrypted (the default) with plain, both journaled, instead.
 */
@SpringBootApplication(scanBasePackages = {"uk.wmpathways.caseservice.participant", "uk.wmpathways.caseservice.enrolment",
        "uk.wmpathways.caseservice.identity", "uk.wmpathways.reporting.identity", "uk.wmpathways.reporting.participant",
        "uk.wmpathways.reporting.readmodel", "uk.wmpathways.reporting.access", "uk.wmpathways.reporting.casework",
        "uk.wmpathways.reporting.consent"})
public class EventStoreBenchmark {

    /** The benchmark sends its commands as the application itself: nobody signs in. */
    @Bean
    SystemCallerForCallerless benchmarkActsAsTheSystem() {
        return new SystemCallerForCallerless("benchmark");
    }

    /** The benchmark accepts no GP referrals (their package is not scanned), so no participant has any. */
    @Bean
    GpReferralSubjects noGpReferrals() {
        return participantId -> List.of();
    }

    private static final int MEASURED_COMMANDS = 1_000;
    private static final int CLIENTS = 8;
    private static final int EVENTS_PER_REGISTRATION = 2;

    /** What one half of the run measures: the durability, and whether personal data is encrypted. */
    record Mode(String label, String durability, boolean encryption) {
    }

    /**
     * {@code sequentialPerSecond} is measured at once after the fill, while the projections still catch up with it
     * (as every run before 2026-12-05 measured it); {@code sequentialCaughtUpPerSecond} once they have, as a
     * caseworker's command finds the application on an ordinary day.
     */
    record Figures(String mode, long events, double sequentialPerSecond, double sequentialCaughtUpPerSecond,
                   double concurrentPerSecond, double catchUpSeconds, double replayPerSecond, double megabytesPer10k,
                   RawInserts raw) {
    }

    public static void main(String[] args) throws Exception {
        // The application switches Axon's update checker off itself; this launcher did not always see that in
        // time (not understood yet), so it says so explicitly: a benchmark must make no outbound calls either.
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<Long> sizes = new ArrayList<>();
        List<Mode> modes = List.of(new Mode("journaled", "journaled", true), new Mode("periodic", "periodic", true));
        String cost = "durability";
        boolean commandsOnly = false;
        for (String arg : args) {
            if (arg.equals("--encryption")) {
                modes = List.of(new Mode("encrypted", "journaled", true), new Mode("plain", "journaled", false));
                cost = "encrypting personal data";
            } else if (arg.equals("--commands")) {
                // issue 15: the write-ahead log (journaled) against the commit per write it replaced, no rebuild
                modes = List.of(new Mode("journaled", "journaled", true),
                        new Mode("commit-per-write", "commit-per-write", true));
                cost = "the write-ahead log";
                commandsOnly = true;
            } else if (arg.equals("--quick")) {
                sizes.add(10_000L);
            } else if (arg.matches("\\d+")) {
                sizes.add(Long.parseLong(arg));
            }
        }
        if (sizes.isEmpty()) {
            sizes = commandsOnly ? List.of(10_000L) : List.of(10_000L, 100_000L);
        }
        System.out.printf("Pathways event store benchmark: %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        List<Figures> results = new ArrayList<>();
        for (Mode mode : modes) {
            results.addAll(run(mode, sizes, commandsOnly));
        }
        print(results, modes, cost);
        printFigures(results.get(0));
        System.exit(0); // library threads (Netty, Axon) would otherwise keep the JVM alive
    }

    private static List<Figures> run(Mode mode, List<Long> sizes, boolean commandsOnly) throws Exception {
        Path folder = Files.createTempDirectory("pathways-benchmark-" + mode.label());
        Path dataFile = folder.resolve("pathways.mv");
        List<Figures> figures = new ArrayList<>();
        try (ConfigurableApplicationContext app = SpringApplication.run(EventStoreBenchmark.class,
                "--pathways.embedded-mongo.storage=file",
                "--pathways.embedded-mongo.file=" + dataFile,
                "--pathways.embedded-mongo.durability=" + mode.durability(),
                "--pathways.personal-data.encryption=" + mode.encryption())) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            Load load = new Load(commands);
            for (long size : sizes) {
                load.fillTo(size, mongo);
                double sequential = load.sequential(MEASURED_COMMANDS);
                waitUntilProjected(app, load.registered());
                double sequentialCaughtUp = load.sequential(MEASURED_COMMANDS);
                double concurrent = load.concurrent(MEASURED_COMMANDS, CLIENTS);
                long events = eventCount(mongo);
                Duration catchUp = commandsOnly ? Duration.ZERO : rebuild(app, load.registered());
                double megabytes = storeBytes(dataFile) / 1024.0 / 1024.0;
                // after the file is measured: its documents are not events
                RawInserts raw = RawInserts.measure(mongo, CLIENTS);
                double catchUpSeconds = catchUp.toMillis() / 1000.0;
                figures.add(new Figures(mode.label(), events, sequential, sequentialCaughtUp, concurrent, catchUpSeconds,
                        catchUpSeconds == 0 ? 0 : events / catchUpSeconds, megabytes * 10_000 / events, raw));
                System.out.printf(Locale.ROOT, "  measured: %s%n", figures.get(figures.size() - 1));
            }
        } finally {
            deleteRecursively(folder);
        }
        return figures;
    }

    /** The data file and, when there is one, the write-ahead log beside it. */
    private static long storeBytes(Path dataFile) throws IOException {
        Path log = dataFile.resolveSibling(dataFile.getFileName() + ".wal");
        return Files.size(dataFile) + (Files.exists(log) ? Files.size(log) : 0);
    }

    /**
     * The count from collection metadata: countDocuments() would scan every document while holding the
     * embedded server's collection lock, which slows the very writers being measured.
     */
    private static long eventCount(MongoTemplate mongo) {
        return mongo.getCollection(GlobalSequenceMongoEventStorageEngine.EVENTS).estimatedDocumentCount();
    }

    /** Rebuilds the participant projection from every event: the time a new projection needs to catch up. */
    private static Duration rebuild(ConfigurableApplicationContext app, long registered) throws InterruptedException {
        ProjectionRebuilds rebuilds = app.getBean(ProjectionRebuilds.class);
        waitUntilProjected(app, registered);
        long start = System.nanoTime();
        rebuilds.start("participants");
        while (rebuilds.status("participants").state() != ProjectionRebuilds.State.IDLE) {
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** A registration records two events (the person, and the basis the record is held on): one document. */
    private static void waitUntilProjected(ConfigurableApplicationContext app, long registered)
            throws InterruptedException {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        ReadModelCollections collections = app.getBean(ReadModelCollections.class);
        while (mongo.getCollection(collections.live("participants")).estimatedDocumentCount() < registered) {
            Thread.sleep(1000);
        }
    }

    /** Registrations of obviously fictitious people, sent through the real command path. */
    static final class Load {
        private final CommandGateway commands;
        private final AtomicLong sent = new AtomicLong();
        private final Random random = new Random(42);

        Load(CommandGateway commands) {
            this.commands = commands;
        }

        void fillTo(long events, MongoTemplate mongo) throws Exception {
            long missing = (events - eventCount(mongo)) / EVENTS_PER_REGISTRATION - 3L * MEASURED_COMMANDS;
            if (missing > 0) {
                concurrent((int) missing, CLIENTS);
            }
        }

        long registered() {
            return sent.get();
        }

        double sequential(int count) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                register();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }

        double concurrent(int count, int clients) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            AtomicLong remaining = new AtomicLong(count);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        register();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();
            return count / ((System.nanoTime() - start) / 1e9);
        }

        private void register() {
            long n = sent.incrementAndGet();
            LocalAuthority area = LocalAuthority.values()[(int) (n % LocalAuthority.values().length)];
            commands.sendAndWait(new RegisterParticipant(UUID.randomUUID().toString(), "Bench" + (n % 997),
                    "Testperson" + n, LocalDate.of(1950 + (int) (n % 50), 1 + (int) (n % 12), 1 + (int) (n % 28)),
                    nhsNumber(n), area, null, null, "benchmark"));
        }

        /** A valid, unique NHS number for every registration (numbers with a check digit of 10 are skipped). */
        private static String nhsNumber(long n) {
            for (long candidate = n * 11; ; candidate++) {
                String nine = String.format("%09d", candidate % 1_000_000_000L);
                int sum = 0;
                for (int i = 0; i < 9; i++) {
                    sum += (nine.charAt(i) - '0') * (10 - i);
                }
                int check = 11 - sum % 11;
                if (check == 11) {
                    check = 0;
                }
                if (check != 10) {
                    return nine + check;
                }
            }
        }
    }

    /** The first mode's figures at the first size, for {@link SummaryBenchmark}. */
    private static void printFigures(Figures f) {
        FigureLines.print("store.raw-inserts.1-client", f.raw().journaledOne(), "inserts/s");
        FigureLines.print("store.raw-inserts.8-clients", f.raw().journaledMany(), "inserts/s");
        FigureLines.print("commands.1-client", f.sequentialCaughtUpPerSecond(), "commands/s");
        FigureLines.print("commands.1-client.right-after-fill", f.sequentialPerSecond(), "commands/s");
        FigureLines.print("commands.8-clients", f.concurrentPerSecond(), "commands/s");
        FigureLines.print("store.file", f.megabytesPer10k(), "MB per 10,000 events");
    }

    private static void print(List<Figures> results, List<Mode> modes, String cost) {
        System.out.println();
        System.out.println("| mode | events in store | commands/s, 1 client, right after the fill "
                + "| 1 client, read models caught up | commands/s, 8 clients "
                + "| projection catch-up (full rebuild) | replay rate (events/s) | file MB per 10k events |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        results.stream().sorted(Comparator.comparing(Figures::events).thenComparing(Figures::mode))
                .forEach(f -> System.out.printf(Locale.ROOT, "| %s | %,d | %.0f | %.0f | %.0f | %.1f s | %.0f | %.1f |%n",
                        f.mode(), f.events(), f.sequentialPerSecond(), f.sequentialCaughtUpPerSecond(),
                        f.concurrentPerSecond(),
                        f.catchUpSeconds(), f.replayPerSecond(), f.megabytesPer10k()));
        System.out.println();
        System.out.println("| mode | events in store | raw inserts/s journaled, 1 client | raw, 8 clients "
                + "| raw inserts/s periodic (w:1), 1 client | commands/s 1 client (caught up) / raw 1 client "
                + "| commands/s 8 clients / raw 8 clients |");
        System.out.println("|---|---|---|---|---|---|---|");
        results.stream().sorted(Comparator.comparing(Figures::events).thenComparing(Figures::mode))
                .forEach(f -> System.out.printf(Locale.ROOT, "| %s | %,d | %.0f | %.0f | %.0f | %.2f | %.2f |%n",
                        f.mode(), f.events(), f.raw().journaledOne(), f.raw().journaledMany(),
                        f.raw().periodicOne(), f.sequentialCaughtUpPerSecond() / f.raw().journaledOne(),
                        f.concurrentPerSecond() / f.raw().journaledMany()));
        System.out.println();
        String measured = modes.get(0).label();
        String baseline = modes.get(1).label();
        System.out.printf("Cost of %s (%s / %s, same store size):%n", cost, measured, baseline);
        for (Figures one : results.stream().filter(f -> f.mode().equals(measured)).toList()) {
            results.stream().filter(f -> f.mode().equals(baseline) && f.events() / 10_000 == one.events() / 10_000)
                    .findFirst().ifPresent(base -> System.out.printf(Locale.ROOT,
                            "  ~%,d events: raw journaled insert %.2fx, 1 client %.2fx, 8 clients %.2fx, replay %.2fx,"
                                    + " file size %.2fx%n",
                            one.events(), one.raw().journaledOne() / base.raw().journaledOne(),
                            one.sequentialCaughtUpPerSecond() / base.sequentialCaughtUpPerSecond(),
                            one.concurrentPerSecond() / base.concurrentPerSecond(),
                            one.replayPerSecond() / base.replayPerSecond(),
                            one.megabytesPer10k() / base.megabytesPer10k()));
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
