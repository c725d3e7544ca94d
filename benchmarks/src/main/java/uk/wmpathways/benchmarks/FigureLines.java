package uk.wmpathways.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures a benchmark prints for {@link SummaryBenchmark} to collect, one line each beside its human-readable
 * tables: {@code figure<TAB>key<TAB>value<TAB>unit}. A figures file ({@code --save}, {@code --before}) holds the same
 * lines, so that a run can be compared with an earlier one's figures.
 */
final class FigureLines {

    static final String PREFIX = "figure\t";

    record Figure(String key, double value, String unit) {
    }

    private FigureLines() {
    }

    static void print(String key, double value, String unit) {
        System.out.println(line(new Figure(key, value, unit)));
    }

    static String line(Figure figure) {
        return String.format(Locale.ROOT, "%s%s\t%.3f\t%s", PREFIX, figure.key(), figure.value(), figure.unit());
    }

    /** The figures among {@code lines} (other lines are skipped), by key; a key seen again keeps its last value. */
    static Map<String, Figure> parse(List<String> lines) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length == 4) {
                figures.put(parts[1], new Figure(parts[1], Double.parseDouble(parts[2]), parts[3]));
            }
        }
        return figures;
    }

    static Map<String, Figure> read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    static void write(Path file, Map<String, Figure> figures) throws IOException {
        List<String> lines = new ArrayList<>();
        figures.values().forEach(figure -> lines.add(line(figure)));
        Files.write(file, lines);
    }
}
