package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChurnCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = OverlayCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(rc), out.toString(), err.toString()};
    }

    @Test
    void allStrategiesWriteCsvAndPlot() throws Exception {
        Path csv = dir.resolve("out.csv");
        Path png = dir.resolve("out.png");
        String[] r = run("churn", "--n", "60", "--d", "4", "--fail", "0.5", "--steps", "5", "--strategy", "all",
                "--seed", "2", "--csv", csv.toString(), "--plot", png.toString());
        assertEquals("0", r[0], r[2]);
        for (String s : List.of("none", "pairing", "cycle", "spectral", "rebalance")) assertTrue(r[1].contains("strategy " + s), r[1]);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 5 * 6, lines.size());
        assertTrue(lines.get(0).startsWith("strategy,step,survivors,lambda_w"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("pairing,5,30,")), String.join("\n", lines));
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void badArgumentsGiveOneLineErrors() {
        String[] r = run("churn", "--n", "30", "--d", "3", "--strategy", "cycle");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("even d") && r[2].strip().lines().count() == 1, r[2]);
        r = run("churn", "--strategy", "magic", "--n", "20", "--d", "4");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("valid: none, pairing"), r[2]);
        r = run("churn", "--n", "21", "--d", "3");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("n*d must be even"), r[2]);
    }
}
