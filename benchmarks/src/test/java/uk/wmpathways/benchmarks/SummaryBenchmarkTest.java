package uk.wmpathways.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SummaryBenchmarkTest {

    @Test
    void aStepsFiguresAreFoundAmongItsOtherOutputAndTheLastValueOfAKeyIsKept() {
        Map<String, FigureLines.Figure> figures = FigureLines.parse(List.of(
                "2026-12-05 INFO Started ReplayBenchmark in 9.1 seconds",
                "figure\treplay.every-projection\t8162.000\tevents/s",
                "| **every projection** | 2.00 | 8,162 |",
                "figure\treplay.every-projection\t10230.500\tevents/s",
                "figure\tbroken line"));

        assertThat(figures).containsOnlyKeys("replay.every-projection");
        assertThat(figures.get("replay.every-projection").value()).isEqualTo(10_230.5);
        assertThat(figures.get("replay.every-projection").unit()).isEqualTo("events/s");
    }

    @Test
    void savedFiguresReadBackAsTheyWere(@TempDir Path folder) throws Exception {
        Map<String, FigureLines.Figure> saved = FigureLines.parse(List.of(
                FigureLines.line(new FigureLines.Figure("report.x1.funding-every-stream.median", 109.84, "ms")),
                FigureLines.line(new FigureLines.Figure("demo.x1.ready", 116.2, "s"))));
        Path file = folder.resolve("figures.tsv");

        FigureLines.write(file, saved);

        assertThat(FigureLines.read(file)).isEqualTo(saved);
    }

    @Test
    void commandsAreSetAgainstTheStoresRawInsertsOfTheSameRun() {
        Map<String, FigureLines.Figure> figures = FigureLines.parse(List.of(
                "figure\tstore.raw-inserts.8-clients\t9000.000\tinserts/s",
                "figure\tcommands.8-clients\t300.000\tcommands/s",
                "figure\tcommands.1-client\t97.000\tcommands/s"));

        SummaryBenchmark.derive(figures);

        assertThat(figures.get("commands.8-clients.to-raw-inserts").value()).isCloseTo(0.0333, within(0.0001));
        assertThat(figures).doesNotContainKey("commands.1-client.to-raw-inserts");
    }

    @Test
    void eachReportsMedianIsHeldToTheGoalOfItsScale() {
        Map<String, FigureLines.Figure> figures = FigureLines.parse(List.of(
                "figure\treport.x1.funding-every-stream.median\t44.000\tms",
                "figure\treport.x1.funding-every-stream.p95\t80.000\tms",
                "figure\treport.x10.funding-every-stream.median\t429.000\tms",
                "figure\tdemo.x1.ready\t61.000\ts"));

        Map<String, SummaryBenchmark.Goal> goals = SummaryBenchmark.goals(figures);

        assertThat(goals.get("report.x1.funding-every-stream.median").metBy(44)).isTrue();
        assertThat(goals).doesNotContainKey("report.x1.funding-every-stream.p95");
        assertThat(goals.get("report.x10.funding-every-stream.median").metBy(429)).isFalse();
        assertThat(goals.get("demo.x1.ready").metBy(61)).isFalse();
        assertThat(goals.get("replay.every-projection").metBy(10_154)).isTrue();
    }

    @Test
    void aRatioOfCommandsToInsertsKeepsItsDigits() {
        assertThat(SummaryBenchmark.number(0.0125)).isEqualTo("0.0125");
        assertThat(SummaryBenchmark.number(42.876)).isEqualTo("42.88");
        assertThat(SummaryBenchmark.number(10_249.4)).isEqualTo("10,249");
    }

    @Test
    void aReportsNameBecomesAKey() {
        assertThat(DemoDataBenchmark.slug("Thrive into Work, trial stage, Walsall"))
                .isEqualTo("thrive-into-work-trial-stage-walsall");
    }

    @Test
    void theDemoDataSetIsLoadedIntoAJournaledFileAtX1AsStartShDoesAndIntoMemoryBeyond() {
        List<SummaryBenchmark.Step> steps = SummaryBenchmark.steps(List.of(1, 10));

        assertThat(steps).extracting(SummaryBenchmark.Step::name)
                .containsExactly("event-store", "replay", "demo-data-x1", "demo-data-x10");
        assertThat(steps.get(2).arguments()).doesNotContain("--storage=memory");
        assertThat(steps.get(3).arguments()).contains("--storage=memory");
    }
}
