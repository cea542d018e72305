package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.cli.report.MetricsCsv;
import io.dfloverlay.cli.report.ReportJson;
import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.config.RunConfigJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code overlay simulate} and {@code overlay compare} end to end on small synthetic runs. */
class SimulateCommandTest {
    static final String[] SMALL = {"--dataset", "synthetic-logistic", "--model", "softmax", "--n", "8", "--d", "2",
            "--rounds", "6", "--eval-every", "2", "--batch", "8", "--engine", "cpu", "--seed", "3", "-q"};

    static CliHarness.Run run(Path out, String... args) {
        String[] argv = Arrays.copyOf(args, args.length + 2);
        argv[args.length] = "--out";
        argv[args.length + 1] = out.toString();
        return CliHarness.run(argv);
    }

    static String[] concat(String[] a, String... b) {
        String[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** metrics.csv without its wall_s column. */
    static List<String> withoutWallTime(Path csv) throws IOException {
        int wall = MetricsCsv.COLUMNS.indexOf("wall_s");
        return Files.readAllLines(csv).stream().map(l -> {
            String[] c = l.split(",", -1);
            c[wall] = "";
            return String.join(",", c);
        }).toList();
    }

    @Test
    void simulateWritesCompleteFilesAndReplaysExactly(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        var r = run(first, concat(new String[] {"simulate", "--topology", "ring"}, SMALL));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("done: 6/6 rounds"), r.out());
        List<String> lines = Files.readAllLines(first.resolve("metrics.csv"));
        assertEquals(1 + 3, lines.size(), "header + eval rounds 2, 4, 6: " + lines);
        for (String l : lines) assertEquals(12, l.split(",", -1).length, l);
        var summary = ReportJson.read(Files.readString(first.resolve("summary.json")));
        assertTrue(summary.get("completed").asBoolean());
        assertEquals(6, summary.get("final").get("round").asInt());
        for (String stem : List.of("loss", "accuracy", "consensus", "loss-vs-bytes", "accuracy-vs-bytes", "consensus-vs-bytes"))
            for (String ext : List.of(".png", ".svg")) assertTrue(Files.size(first.resolve(stem + ext)) > 0, stem + ext);

        Path replay = dir.resolve("replay");
        var r2 = run(replay, "simulate", "-q", "--no-plots", "--config", first.resolve("config.json").toString());
        assertEquals(0, r2.exit(), r2.err());
        assertEquals(withoutWallTime(first.resolve("metrics.csv")), withoutWallTime(replay.resolve("metrics.csv")));
        assertEquals(Files.readString(first.resolve("config.json")), Files.readString(replay.resolve("config.json")));
        assertFalse(Files.exists(replay.resolve("loss.png")));
    }

    @Test
    void interruptedRunLeavesCompleteFiles(@TempDir Path dir) throws Exception {
        RunConfig c = RunConfig.builder().topology("ring").clients(8).degree(2).dataset("synthetic-logistic")
                .model(new io.dfloverlay.sim.config.ModelConfig(List.of())).rounds(50).batchSize(8).learningRate(0.1).evalEvery(3)
                .engine("cpu").seed(5).build();
        AtomicInteger polls = new AtomicInteger();
        var settings = new SimulationRunner.Settings(true, false);
        Simulation sim = new Simulation(c);
        var res = SimulationRunner.run(sim, dir, settings, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), () -> polls.incrementAndGet() > 7);
        assertFalse(res.completed());
        assertTrue(res.roundsDone() < 50 && res.roundsDone() >= 7, "rounds done " + res.roundsDone());
        List<String> lines = Files.readAllLines(dir.resolve("metrics.csv"));
        assertEquals(res.metrics().size() + 1, lines.size());
        assertTrue(lines.size() >= 3, "eval rounds 3 and 6 at least: " + lines);
        for (String l : lines) assertEquals(12, l.split(",", -1).length, l);
        assertFalse(ReportJson.read(Files.readString(dir.resolve("summary.json"))).get("completed").asBoolean());
        assertEquals(sim.resolvedConfig(), RunConfigJson.read(dir.resolve("config.json")));
    }

    @Test
    void compareWritesTableAndOneDirectoryPerTopology(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        var r = run(out, concat(new String[] {"compare", "--topologies", "ring,complete", "--target-acc", "0.5", "--no-plots"}, SMALL));
        assertEquals(0, r.exit(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals(3, csv.size(), csv.toString());
        assertTrue(csv.get(1).startsWith("ring,") && csv.get(2).startsWith("complete,"), csv.toString());
        assertTrue(r.out().contains("| ring |") && r.out().contains("| complete |"), r.out());
        for (String t : List.of("ring", "complete")) {
            assertEquals(4, Files.readAllLines(out.resolve(t).resolve("metrics.csv")).size());
            assertTrue(Files.exists(out.resolve(t).resolve("summary.json")));
        }
        assertFalse(Files.exists(out.resolve("accuracy.png")), "--no-plots"); // combined plots: ReportTextTest
        // same seed and data: the two runs differ only in the topology
        var ring = RunConfigJson.read(out.resolve("ring").resolve("config.json"));
        var complete = RunConfigJson.read(out.resolve("complete").resolve("config.json"));
        assertEquals(ring, complete.withTopologyKind("ring"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "compare --topologies ring,no-such-graph | no-such-graph",
        "simulate --topology no-such-graph       | no-such-graph",
        "simulate --dataset no-such-data         | no-such-data",
        "simulate --model no-such-model          | no-such-model",
        "simulate --partition no-such-split      | no-such-split",
        "simulate --topology random-regular --n 7 --d 3 | 7",
        "simulate --dataset fashion-mnist --data-dir /no/such/dir | /no/such/dir",
    })
    void badInputFailsBeforeAnyOutput(String args, String expected, @TempDir Path dir) {
        Path out = dir.resolve("out");
        String[] given = args.strip().split(" +");
        Map<String, String> opts = new java.util.LinkedHashMap<>(Map.of("--dataset", "synthetic-logistic", "--model", "softmax",
                "--n", "8", "--d", "2", "--rounds", "2"));
        for (int i = 1; i < given.length; i += 2) opts.put(given[i], given[i + 1]);
        List<String> argv = new java.util.ArrayList<>(List.of(given[0], "-q"));
        opts.forEach((k, v) -> { argv.add(k); argv.add(v); });
        var r = run(out, argv.toArray(String[]::new));
        assertTrue(r.exit() != 0, args);
        assertEquals(1, r.err().lines().count(), args + ": " + r.err());
        assertTrue(r.err().contains(expected), args + ": " + r.err());
        assertFalse(Files.exists(out), args + " created output");
    }
}
