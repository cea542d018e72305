package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.cli.report.MetricsCsv;
import io.dfloverlay.sim.adversary.Aggregators;
import io.dfloverlay.sim.adversary.Attacks;
import io.dfloverlay.sim.config.RunConfigJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --byzantine}, {@code --attack}, {@code --aggregator}: one-line errors, honest columns, replay, help. */
class AdversaryOptionsTest {
    @TempDir
    Path dir;

    private static String[] args(Path out, String... extra) {
        List<String> a = new ArrayList<>(List.of("simulate", "--dataset", "gaussian-mixture", "--model", "softmax", "--n", "8",
                "--d", "2", "--topology", "ring", "--rounds", "4", "--eval-every", "2", "--engine", "cpu", "-q", "--no-plots",
                "--out", out.toString()));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--byzantine 0.5 | --byzantine: must be in [0, 0.5)",
        "--byzantine 0.2 --attack fgsm | --attack: unknown attack 'fgsm'; known: none, sign-flip",
        "--byzantine 0.2 --aggregator krum | --aggregator: unknown aggregator 'krum'; known: mean, clipped-gossip",
        "--byzantine 0.25 --aggregator trimmed-mean --aggregator-param b=2 | --aggregator-param b: trimming 2 values from each end",
        "--byzantine 0.2 --attack alie --attack-param zz=1 | --attack-param zz: is not a parameter (parameters: z)",
        "--attack alie | --byzantine: needed with --attack"})
    void badAdversaryFlagsExit2WithOneLine(String flags, String expected) {
        var r = CliHarness.run(args(dir.resolve("x"), flags.trim().split(" +")));
        assertEquals(2, r.exit(), r.err());
        String err = CliHarness.assertOneLineError(r);
        assertTrue(err.contains(expected), err);
    }

    @Test
    void anAdversarialRunWritesHonestColumnsAndReplays() throws Exception {
        Path out = dir.resolve("adv");
        var r = CliHarness.run(args(out, "--byzantine", "0.25", "--attack", "gaussian", "--aggregator", "median"));
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("metrics.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        List<String> expected = new ArrayList<>(MetricsCsv.COLUMNS);
        expected.addAll(MetricsCsv.HONEST_COLUMNS);
        assertEquals(expected, header);
        String[] last = lines.get(lines.size() - 1).split(",", -1);
        assertEquals("6", last[header.indexOf("honest_clients")]);
        assertEquals("2", last[header.indexOf("byzantine_clients")]);
        var adv = RunConfigJson.read(out.resolve("config.json")).adversary();
        assertEquals("gaussian", adv.attack());
        assertEquals("median", adv.aggregator());
        var again = CliHarness.run("simulate", "-q", "--no-plots", "--config", out.resolve("config.json").toString(), "--out",
                dir.resolve("again").toString());
        assertEquals(0, again.exit(), again.err());
        List<String> replay = Files.readAllLines(dir.resolve("again").resolve("metrics.csv"));
        int wall = header.indexOf("wall_s");
        for (int i = 1; i < lines.size(); i++) {
            List<String> a = new ArrayList<>(List.of(lines.get(i).split(",", -1))), b = new ArrayList<>(List.of(replay.get(i).split(",", -1)));
            a.remove(wall);
            b.remove(wall);
            assertEquals(a, b, "replayed row " + i);
        }
    }

    @Test
    void honestRunsKeepTheOldColumns() throws Exception {
        Path out = dir.resolve("honest");
        assertEquals(0, CliHarness.run(args(out)).exit());
        assertEquals(String.join(",", MetricsCsv.COLUMNS), Files.readAllLines(out.resolve("metrics.csv")).get(0));
    }

    @Test
    void helpListsEveryAttackAndAggregatorWithItsDescription() {
        for (String cmd : new String[] {"simulate", "compare"}) {
            var r = CliHarness.run(cmd, "--help");
            assertEquals(0, r.exit(), r.err());
            String help = r.out().replaceAll("\\s+", " ");
            for (var k : Attacks.kinds()) assertTrue(help.contains(k.name() + " ") && help.contains(k.description().substring(0, 20)), k.name());
            for (var k : Aggregators.kinds()) assertTrue(help.contains(k.name() + " ") && help.contains(k.description().substring(0, 20)), k.name());
        }
    }
}
