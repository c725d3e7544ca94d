package uk.wmpathways.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 15's figures in one run, each beside the figure before and the goal: the store's raw insert rates,
 * commands/s with 1 and 8 clients and their ratio to the raw rates ({@link EventStoreBenchmark} {@code --quick}),
 * every projection's replay rate ({@link ReplayBenchmark}), and for each scale of the demo data set its load, the
 * time until its read models have caught up, the data file and every report's median and 95th percentile
 * ({@link DemoDataBenchmark}).
 * <p>
 * Each step runs in a JVM of its own ({@code java -jar} of this jar), so that one step's threads, caches and heap do
 * not weigh on the next; its whole output goes to a log file, and its figures ({@link FigureLines}) are collected.
 * "Before" is either a jar built from an earlier commit, run step by step beside this one ({@code --before-jar}:
 * the same machine at the same moment, the fair comparison on a noisy machine), or the figures file an earlier run
 * saved ({@code --before}).
 * <p>
 * Run: {@code java -jar pathways-benchmarks.jar summary [--scales=1,10] [--before-jar=JAR] [--before=FILE]
 * [--save=FILE] [--logs=DIR]}. The demo data set x1 is loaded into a journaled file, as {@code ./start.sh} does;
 * larger scales into memory (x10 journaled takes about 20 minutes to load here). x1 and x10 take about 20 minutes
 * on two cores, {@code --scales=1} about 8; twice that with {@code --before-jar}.
 */
final class SummaryBenchmark {

    record Step(String name, List<String> arguments) {
    }

    /** A goal of issue 15 for a figure: at least or at most {@code value}. */
    record Goal(double value, boolean atLeast) {

        boolean metBy(double figure) {
            return atLeast ? figure >= value : figure <= value;
        }

        String shown() {
            return String.format(Locale.ROOT, "%s %s", atLeast ? "≥" : "≤", number(value));
        }
    }

    private SummaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> scales = List.of(1, 10);
        Path before = null;
        Path beforeJar = null;
        Path save = Path.of("pathways-benchmark-figures.tsv");
        Path logs = Files.createTempDirectory("pathways-benchmark-logs");
        for (String arg : args) {
            if (arg.startsWith("--scales=")) {
                scales = List.of(arg.substring("--scales=".length()).split(",")).stream().map(Integer::parseInt)
                        .toList();
            } else if (arg.startsWith("--before=")) {
                before = Path.of(arg.substring("--before=".length()));
            } else if (arg.startsWith("--before-jar=")) {
                beforeJar = Path.of(arg.substring("--before-jar=".length()));
            } else if (arg.startsWith("--save=")) {
                save = Path.of(arg.substring("--save=".length()));
            } else if (arg.startsWith("--logs=")) {
                logs = Files.createDirectories(Path.of(arg.substring("--logs=".length())));
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
        }
        Path thisJar = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]);
        System.out.printf("Pathways benchmark summary (issue 15): %d cores, this jar %s, before: %s; step logs in %s%n",
                Runtime.getRuntime().availableProcessors(), thisJar,
                beforeJar != null ? beforeJar : before != null ? before : "nothing", logs);
        Map<String, FigureLines.Figure> now = new LinkedHashMap<>();
        Map<String, FigureLines.Figure> then = before != null ? FigureLines.read(before) : new LinkedHashMap<>();
        for (Step step : steps(scales)) {
            if (beforeJar != null) {
                then.putAll(run(beforeJar, step, logs.resolve(step.name() + "-before.log")));
            }
            now.putAll(run(thisJar, step, logs.resolve(step.name() + ".log")));
        }
        derive(now);
        derive(then);
        FigureLines.write(save, now);
        print(now, then, goals(now));
        System.out.printf("%nFigures saved to %s (compare a later run with --before=%s)%n", save.toAbsolutePath(),
                save);
        System.exit(0);
    }

    static List<Step> steps(List<Integer> scales) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("event-store", List.of("--quick")));
        // the second rebuild in the JVM is the one kept (FigureLines: the last value of a key), as in benchmarks.md
        steps.add(new Step("replay", List.of("replay", "--modes=batched,batched")));
        for (int scale : scales) {
            List<String> arguments = new ArrayList<>(List.of("demo-data", String.valueOf(scale), "--runs=20"));
            if (scale > 1) {
                arguments.add("--storage=memory");
            }
            steps.add(new Step("demo-data-x" + scale, arguments));
        }
        return steps;
    }

    private static Map<String, FigureLines.Figure> run(Path jar, Step step, Path log) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(step.arguments());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        Map<String, FigureLines.Figure> figures = FigureLines.parse(Files.readAllLines(log));
        String failed = exit == 0 ? "" : " (exit " + exit + ": see " + log + ")";
        System.out.printf(Locale.ROOT, "  %s with %s: %d figures in %.0f s%s%n", step.name(), jar.getFileName(),
                figures.size(), (System.nanoTime() - start) / 1e9, failed);
        return figures;
    }

    /** Figures computed from others: the ratio of commands to the store's raw inserts, which the issue asks for. */
    static void derive(Map<String, FigureLines.Figure> figures) {
        ratio(figures, "commands.1-client", "store.raw-inserts.1-client", "commands.1-client.to-raw-inserts");
        ratio(figures, "commands.8-clients", "store.raw-inserts.8-clients", "commands.8-clients.to-raw-inserts");
    }

    private static void ratio(Map<String, FigureLines.Figure> figures, String of, String to, String key) {
        if (figures.containsKey(of) && figures.containsKey(to)) {
            figures.put(key, new FigureLines.Figure(key, figures.get(of).value() / figures.get(to).value(), "x"));
        }
    }

    /** Issue 15's goals, for the figures this run has. */
    static Map<String, Goal> goals(Map<String, FigureLines.Figure> figures) {
        Map<String, Goal> goals = new LinkedHashMap<>();
        goals.put("replay.every-projection", new Goal(10_000, true));
        goals.put("commands.1-client", new Goal(400, true));
        goals.put("commands.8-clients", new Goal(1_000, true));
        goals.put("store.file", new Goal(20, false));
        for (String key : figures.keySet()) {
            if (key.startsWith("report.x1.") && key.endsWith(".median")) {
                goals.put(key, new Goal(50, false));
            } else if (key.startsWith("report.x10.") && key.endsWith(".median")) {
                goals.put(key, new Goal(100, false));
            } else if (key.equals("demo.x1.ready")) {
                goals.put(key, new Goal(60, false));
            } else if (key.startsWith("demo.x1.file")) {
                goals.put(key, new Goal(20, false));
            }
        }
        return goals;
    }

    private static void print(Map<String, FigureLines.Figure> now, Map<String, FigureLines.Figure> then,
                              Map<String, Goal> goals) {
        System.out.println();
        System.out.println("| figure | unit | before | now | now / before | goal | met |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (FigureLines.Figure figure : now.values()) {
            FigureLines.Figure earlier = then.get(figure.key());
            Goal goal = goals.get(figure.key());
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", figure.key(), figure.unit(),
                    earlier == null ? "" : number(earlier.value()), number(figure.value()),
                    earlier == null || earlier.value() == 0 ? ""
                            : String.format(Locale.ROOT, "%.2f", figure.value() / earlier.value()),
                    goal == null ? "" : goal.shown(), goal == null ? "" : goal.metBy(figure.value()) ? "yes" : "no");
        }
    }

    static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 1 ? "%.2f" : "%.4f", value);
    }
}
