package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** {@code overlay bench gpu}: a dry run on the Java twin, and the one-line error without a GPU. */
class BenchGpuCommandTest {
    @Test
    void dryRunOnTheTwinReportsRateAndTraffic() {
        var r = CliHarness.run("bench", "gpu", "--device", "java", "--n", "9", "--d", "4", "--rounds", "1", "--warmup", "0", "--batch", "4");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("device: java twin") && r.out().contains("n=9 d=4 batch=4: ") && r.out().contains("GB/round nominal"), r.out());
    }

    @Test
    void withoutAGpuItIsAOneLineError() {
        var r = CliHarness.run("bench", "gpu", "--n", "10", "--rounds", "1");
        assumeTrue(r.exit() != 0, "a GPU is present");
        String line = CliHarness.assertOneLineError(r);
        assertTrue(line.contains("GPU engine unavailable"), line);
        assertEquals(2, r.exit());
    }
}
