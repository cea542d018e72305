package io.dfloverlay.cli;

import static io.dfloverlay.cli.CliHarness.assertOneLineError;
import static io.dfloverlay.cli.CliHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChurnCommandTest {
    @TempDir
    Path dir;

    @Test
    void allStrategiesWriteCsvAndPlot() throws Exception {
        Path csv = dir.resolve("out.csv");
        Path png = dir.resolve("out.png");
        var r = run("churn", "--n", "60", "--d", "4", "--fail", "0.5", "--steps", "5", "--strategy", "all",
                "--seed", "2", "--csv", csv.toString(), "--plot", png.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> strategies = io.dfloverlay.maintenance.strategy.RepairStrategies.names();
        for (String s : strategies) assertTrue(r.out().contains("strategy " + s), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + strategies.size() * 6, lines.size(), "a header, then steps 0..5 per strategy");
        assertTrue(lines.get(0).startsWith("strategy,step,survivors,rho_W"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("pairing,5,30,")), String.join("\n", lines));
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void badArgumentsGiveOneLineErrors() {
        assertUsageError("even d", "churn", "--n", "30", "--d", "3", "--strategy", "cycle");
        assertUsageError("known: none, pairing", "churn", "--strategy", "magic", "--n", "20", "--d", "4");
        assertUsageError("n*d must be even", "churn", "--n", "21", "--d", "3");
    }

    /** Exit 2 with one error line containing {@code expected}. */
    private static void assertUsageError(String expected, String... args) {
        var r = run(args);
        assertEquals(2, r.exit(), r.err());
        String err = assertOneLineError(r);
        assertTrue(err.contains(expected), err);
    }
}
