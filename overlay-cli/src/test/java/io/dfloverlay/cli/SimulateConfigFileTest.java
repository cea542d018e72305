package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.config.RunConfigJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code simulate --config}: bad files name the key and exit 2; replays refuse other data unless allowed. */
class SimulateConfigFileTest {
    @TempDir
    Path dir;

    /** A finished small run's config.json. */
    Path recorded() throws Exception {
        var r = SimulateCommandTest.run(dir.resolve("first"), SimulateCommandTest.concat(
                new String[] {"simulate", "--topology", "ring", "--no-plots"}, SimulateCommandTest.SMALL));
        assertEquals(0, r.exit(), r.err());
        return dir.resolve("first").resolve("config.json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"learningRate\" : 0.05 | \"learningRate\" : 0   | algorithm.learningRate: must be > 0",
        "\"n\" : 8               | \"n\" : -3             | topology.n: must be at least 1",
        "\"rounds\" : 6          | \"rounds\" : \"six\"   | execution.rounds: expected an integer",
        "\"rounds\" : 6          | \"rounds\" : 6, \"colour\" : 1 | execution.colour: unknown key",
        "\"kind\" : \"ring\"     | \"kind\" : \"moebius\" | topology.kind: unknown topology kind 'moebius'",
        "\"kind\" : \"ring\"     | \"kind\" : \"near-optimal\" | topology.d: must be at least 3, got 2 (near-optimal)",
    })
    void badConfigFilesNameTheKeyAndExit2(String from, String to, String expected) throws Exception {
        Path cfg = recorded();
        String json = Files.readString(cfg);
        assertTrue(json.contains(from), json);
        Path bad = Files.writeString(dir.resolve("bad.json"), json.replace(from, to));
        var r = CliHarness.run("simulate", "-q", "--config", bad.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.exit(), r.err());
        String err = CliHarness.assertOneLineError(r);
        assertTrue(err.contains(expected), err);
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void badFlagsNameTheFlag() {
        var r = CliHarness.run("simulate", "-q", "--lr", "-1", "--out", dir.resolve("x").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(CliHarness.assertOneLineError(r).contains("--lr: must be > 0"), r.err());
    }

    @Test
    void replayOnOtherDataIsRefusedUnlessAllowed() throws Exception {
        Path cfg = recorded();
        var recordedConfig = RunConfigJson.read(cfg);
        assertEquals("generated", recordedConfig.data().identity().copy());
        String sha = recordedConfig.data().identity().sha256();
        Path other = Files.writeString(dir.resolve("other.json"), Files.readString(cfg).replace(sha, "f".repeat(64)));
        var r = CliHarness.run("simulate", "-q", "--no-plots", "--config", other.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.exit(), r.err());
        String err = CliHarness.assertOneLineError(r);
        assertTrue(err.contains("data.identity: the data differ from the recorded run's: sha256 ffffffffffff… vs " + sha.substring(0, 12))
                && err.contains("--allow-other-data"), err);
        var allowed = CliHarness.run("simulate", "-q", "--no-plots", "--config", other.toString(), "--allow-other-data",
                "--out", dir.resolve("y").toString());
        assertEquals(0, allowed.exit(), allowed.err());
        assertEquals(sha, RunConfigJson.read(dir.resolve("y").resolve("config.json")).data().identity().sha256(),
                "the new config records the data that ran");
    }

    @Test
    void versionIsTheProjectVersion() throws Exception {
        var r = CliHarness.run("--version");
        assertEquals(0, r.exit());
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceAll("(?s).*?<parent>.*?<version>([^<]+)</version>.*", "$1");
        assertEquals("overlay " + version, r.out().strip());
    }

    @Test
    void progressPrintsTheFinalLineOnce() {
        String[] args = SimulateCommandTest.concat(new String[] {"simulate", "--topology", "ring", "--no-plots", "--out",
                dir.resolve("p").toString()}, SimulateCommandTest.SMALL);
        String[] loud = java.util.Arrays.stream(args).filter(a -> !a.equals("-q")).toArray(String[]::new);
        var r = CliHarness.run(loud);
        assertEquals(0, r.exit(), r.err());
        long full = r.err().lines().filter(l -> l.contains("100%")).count();
        assertEquals(1, full, "[" + r.err() + "]");
    }
}
