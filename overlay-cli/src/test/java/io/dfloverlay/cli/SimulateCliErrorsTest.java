package io.dfloverlay.cli;

import static io.dfloverlay.cli.CliHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input to simulate/compare: one line on stderr, non-zero exit, no output written. */
class SimulateCliErrorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "simulate --bogus                     | Unknown option",
        "simulate --rounds 0                  | --rounds: must be at least 1",
        "simulate --lr -1                     | --lr: must be > 0",
        "simulate --n x                       | 'x' is not an int",
        "simulate --momentum 1                | momentum",
        "simulate --config CFG --n 5          | malformed JSON at line 1",
        "simulate --partition zipf            | unknown partition 'zipf'",
        "simulate --dataset kjv-sample --model mlp | model: dataset kjv-sample is a text",
        "simulate --dataset kjv-sample --model char-mlp:ctx=0 | context: must be at least 1, got 0",
        "simulate --dataset fashion-mnist-sample --partition by-book | partition by-book needs a text",
        "simulate --config MISSING            | no such file",
        "simulate --config CFG                | malformed JSON",
        "compare --topologies ,               | at least one",
        "compare --eval-every 0               | eval-every",
        "bench simulate --rounds 0            | --rounds",
    })
    void badInputGivesOneLineAndNoOutput(String args, String expected, @TempDir Path dir) throws Exception {
        Path cfg = Files.writeString(dir.resolve("cfg.json"), "{ not json");
        Path outDir = dir.resolve("out");
        String[] argv = (args.strip() + " --out " + outDir).replace("CFG", cfg.toString())
                .replace("MISSING", dir.resolve("missing.json").toString()).split(" +");
        if (args.startsWith("bench")) argv = args.strip().split(" +");
        var r = run(argv);
        assertTrue(r.exit() != 0, args + " exit " + r.exit());
        assertEquals(1, r.err().lines().count(), args + ": " + r.err());
        assertTrue(r.err().contains(expected), args + ": " + r.err());
        assertFalse(Files.exists(outDir), args + " created output");
    }
}
