package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.cli.report.MetricsCsv;
import io.dfloverlay.cli.report.ReportJson;
import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.RunHeader;
import io.dfloverlay.sim.config.ModelConfig;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.config.RunConfigJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The runner's files and its interrupt path, with a scripted trainer (no engine needed). */
class SimulationRunnerTest {
    static final RunHeader HEADER = new RunHeader("ring", 8, 8, 0.9, 2.0, "synthetic-logistic", 800, 200, "iid", 42, "cpu");

    static RunConfig config(int rounds, int evalEvery, Double target) {
        return RunConfig.builder().topology("ring").clients(8).degree(2).dataset("synthetic-logistic").model(new ModelConfig(List.of()))
                .rounds(rounds).batchSize(8).learningRate(0.1).evalEvery(evalEvery).engine("cpu").seed(1).targetAccuracy(target).build();
    }

    static RoundMetrics metrics(int round) {
        return new RoundMetrics(round, 1.0 / round, 1.2 / round, 1 - 1.0 / (round + 1), 0.5, 0.4, 0.6,
                Math.pow(0.5, round), 0.2 / round, 64L * round, 0.01 * round, 8);
    }

    /** Scripted like the engine: eval every k rounds and at the last; on cancel stop and return round metrics. */
    static SimulationRunner.Trainer scripted(RunConfig c) {
        return listener -> {
            RoundMetrics last = null;
            int rounds = c.execution().rounds(), every = c.execution().evaluation().every();
            for (int r = 1; r <= rounds; r++) {
                last = metrics(r);
                if (r % every == 0 || r == rounds) listener.onEval(last);
                listener.onRound(r, rounds);
                if (listener.cancelled()) break;
            }
            return last;
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 19, 20})
    void cancelledRunLeavesCompleteFiles(int cancelAfter, @TempDir Path dir) throws Exception {
        RunConfig c = config(20, 4, 0.6);
        AtomicInteger polls = new AtomicInteger();
        var settings = new SimulationRunner.Settings(true, true);
        var out = new StringWriter();
        var r = SimulationRunner.run(HEADER, scripted(c), c, dir, settings, new PrintWriter(out), new PrintWriter(new StringWriter()),
                () -> polls.incrementAndGet() >= cancelAfter);
        assertEquals(cancelAfter, r.roundsDone(), "cancel after " + cancelAfter);
        assertEquals(cancelAfter == 20, r.completed());
        List<String> lines = Files.readAllLines(dir.resolve("metrics.csv"));
        assertEquals(String.join(",", MetricsCsv.COLUMNS), lines.get(0));
        int evals = cancelAfter / 4 + (cancelAfter % 4 == 0 ? 0 : 1);
        assertEquals(evals, lines.size() - 1, "rows for cancel after " + cancelAfter + ": " + lines);
        assertEquals(String.join(",", MetricsCsv.cells(metrics(cancelAfter))), lines.get(lines.size() - 1));
        var summary = ReportJson.read(Files.readString(dir.resolve("summary.json")));
        assertEquals(cancelAfter == 20, summary.get("completed").asBoolean());
        assertEquals(cancelAfter, summary.get("rounds_done").asInt());
        assertEquals(0.6, summary.get("target_accuracy").asDouble());
        assertEquals(c, RunConfigJson.read(dir.resolve("config.json")));
        assertTrue(Files.size(dir.resolve("accuracy.png")) > 0);
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no temp files left");
        }
        assertTrue(out.toString().startsWith(cancelAfter == 20 ? "done: 20/20" : "interrupted: " + cancelAfter + "/20"), out.toString());
    }

    @Test
    void headerIsPrintedUnlessQuietAndPlotsCanBeSkipped(@TempDir Path dir) throws Exception {
        RunConfig c = config(5, 5, null);
        var out = new StringWriter();
        var settings = new SimulationRunner.Settings(false, false);
        var err = new StringWriter();
        SimulationRunner.run(HEADER, scripted(c), c, dir, settings, new PrintWriter(out), new PrintWriter(err), () -> false);
        assertTrue(out.toString().startsWith("topology  ring: n=8, edges=8, ρ(W)=0.9, λ(A)=2"), out.toString());
        assertTrue(!ReportJson.read(Files.readString(dir.resolve("summary.json"))).has("rounds_to_target"), "no target, no rounds_to_target");
        assertFalse(Files.exists(dir.resolve("loss.png")));
        assertEquals(2, Files.readAllLines(dir.resolve("metrics.csv")).size());
    }

    @Test
    void outputPathThatIsAFileIsRejected(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("f"), "x");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> SimulationRunner.checkOutputDir(f));
        assertTrue(e.getMessage().contains("not a directory"));
    }
}
