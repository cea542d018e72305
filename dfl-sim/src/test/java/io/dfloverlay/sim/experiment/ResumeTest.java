package io.dfloverlay.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {
    static final String SPEC = """
            {"name": "c", "title": "consensus", "kind": "consensus",
             "base": {"topology": {"kind": "random-regular", "n": 16, "d": 4}, "execution": {"rounds": 40}},
             "axes": [{"name": "topology", "values": [
                 {"label": "random-regular"}, {"label": "ring", "overrides": {"topology": {"kind": "ring"}}},
                 {"label": "one-peer", "overrides": {"topology": {"kind": "one-peer-exponential"}}}]}],
             "seeds": 5, "metrics": ["roundsToTolerance", "measuredRate", "rho"],
             "consensus": {"dim": 4, "tolerance": 1e-6},
             "smoke": {"seeds": 2}}
            """;

    @Test
    void rerunSkipsFinishedRunsAndReproducesTheRest(@TempDir Path dir) throws Exception {
        ExperimentSpec spec = ExperimentSpec.fromJson(SPEC);
        ExperimentRunner runner = new ExperimentRunner(spec, false, 0);
        AtomicInteger started = new AtomicInteger();
        ExperimentRunner.Progress count = new ExperimentRunner.Progress() {
            @Override
            public void starting(int index, int total, String cell, long seed) {
                started.incrementAndGet();
            }
        };
        List<RunRecord> first = runner.run(dir, count, () -> false);
        assertEquals(15, first.size());
        assertEquals(15, started.get());
        List<String> lines = Files.readAllLines(dir.resolve(ExperimentRunner.RUNS_FILE));
        assertEquals(16, lines.size(), "header + 3 cells x 5 seeds");
        // an interrupted experiment: only the first 6 runs made it to runs.csv
        Files.write(dir.resolve(ExperimentRunner.RUNS_FILE), lines.subList(0, 7));
        started.set(0);
        AtomicInteger resumed = new AtomicInteger();
        List<RunRecord> second = new ExperimentRunner(spec, false, 0).run(dir, new ExperimentRunner.Progress() {
            @Override
            public void starting(int index, int total, String cell, long seed) {
                started.incrementAndGet();
            }

            @Override
            public void resuming(int done, int total) {
                resumed.set(done);
            }
        }, () -> false);
        assertEquals(6, resumed.get());
        assertEquals(9, started.get(), "only the missing runs ran");
        assertEquals(strip(first), strip(second), "same values, wall time aside");
        assertEquals(lines.size(), Files.readAllLines(dir.resolve(ExperimentRunner.RUNS_FILE)).size());
    }

    @Test
    void cancelledRunIsNotRecorded(@TempDir Path dir) throws Exception {
        ExperimentSpec spec = ExperimentSpec.fromJson(SPEC);
        AtomicInteger polls = new AtomicInteger();
        List<RunRecord> some = new ExperimentRunner(spec, false, 0).run(dir, new ExperimentRunner.Progress() {}, () -> polls.incrementAndGet() > 100);
        assertTrue(some.size() < 15, "stopped early");
        assertEquals(some.size() + 1, Files.readAllLines(dir.resolve(ExperimentRunner.RUNS_FILE)).size());
    }

    @Test
    void anotherSpecInTheSameDirectoryIsRefused(@TempDir Path dir) throws Exception {
        new ExperimentRunner(ExperimentSpec.fromJson(SPEC), true, 0).run(dir, new ExperimentRunner.Progress() {}, () -> false);
        ExperimentSpec other = ExperimentSpec.fromJson(SPEC.replace("\"rounds\": 40", "\"rounds\": 41"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExperimentRunner(other, true, 0).run(dir, new ExperimentRunner.Progress() {}, () -> false));
        assertTrue(e.getMessage().contains("holds runs of another spec"), e.getMessage());
    }

    @Test
    void consensusErrorFollowsTheMixingMatrixByHand(@TempDir Path dir) throws Exception {
        // complete graph with uniform weights: W = J/n, exact average after one round
        String json = SPEC.replace("{\"label\": \"random-regular\"}, ", "{\"label\": \"random-regular\", \"overrides\": {\"topology\": {\"kind\": \"complete\"}}}, ");
        List<RunRecord> runs = new ExperimentRunner(ExperimentSpec.fromJson(json), true, 0).run(dir, new ExperimentRunner.Progress() {}, () -> false);
        RunRecord complete = runs.get(0);
        assertEquals(1.0, complete.value(Metric.ROUNDS_TO_TOLERANCE));
        assertTrue(complete.series().get(Metric.ERROR_SERIES).get(1) < 1e-12);
        // ring: rho(W) of (A + I)/3 on C_16 is (1 + 2 cos(2 pi / 16)) / 3; the error never beats rho^t by much
        RunRecord ring = runs.get(2);
        double rho = (1 + 2 * Math.cos(2 * Math.PI / 16)) / 3;
        assertEquals(rho, ring.value(Metric.RHO), 1e-9);
        for (var e : ring.series().get(Metric.ERROR_SERIES).entrySet())
            assertTrue(e.getValue() <= Math.pow(rho, e.getKey()) * (1 + 1e-9), "round " + e.getKey());
    }

    private static List<String> strip(List<RunRecord> records) {
        List<String> out = new ArrayList<>();
        for (RunRecord r : records) {
            var v = new java.util.EnumMap<>(r.values());
            v.remove(Metric.WALL_SECONDS);
            out.add(r.cell() + " " + r.seed() + " " + v + " " + r.series());
        }
        return out;
    }
}
