package io.dfloverlay.examples.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs a small comparison and checks the table against the topologies' known spectra. */
class CompareTopologiesTest {
    private static final int N = 16;

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = CompareTopologies.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void tableAndCsvHaveARowPerTopologyWithItsSpectrum() throws IOException {
        Path csv = dir.resolve("comparison.csv");
        Run r = run("--topologies", "ring,random-regular,complete", "--n", Integer.toString(N), "--d", "4",
                "--dataset", "gaussian-mixture", "--partition", "iid", "--rounds", "20", "--eval-every", "10", "--out", csv.toString());
        assertEquals(0, r.status, r.out + r.err);

        List<String> lines = Files.readAllLines(csv);
        assertEquals(ComparisonRow.CSV_HEADER, lines.get(0));
        assertEquals(4, lines.size(), lines.toString());
        Map<String, String[]> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) rows.put(line.split(",")[0], line.split(",", -1));
        for (String kind : List.of("ring", "random-regular", "complete"))
            assertTrue(r.out.lines().anyMatch(l -> l.startsWith(kind + " ")), "printed row of " + kind + ": " + r.out);

        // ring C_16 with W = (A + I)/3: eigenvalues (1 + 2cos(2πk/n))/3; adjacency 2cos(2πk/n), bipartite so λ = 2
        assertEquals(N, Long.parseLong(rows.get("ring")[1]));
        assertEquals((1 + 2 * Math.cos(2 * Math.PI / N)) / 3, Double.parseDouble(rows.get("ring")[2]), 1e-6);
        assertEquals(2, Double.parseDouble(rows.get("ring")[3]), 1e-6);
        // K_16: W = J/n, so ρ(W) = 0; adjacency eigenvalues n − 1 and −1, so λ = 1; one round reaches consensus
        assertEquals(N * (N - 1) / 2, Long.parseLong(rows.get("complete")[1]));
        assertEquals(0, Double.parseDouble(rows.get("complete")[2]), 1e-6);
        assertEquals(1, Double.parseDouble(rows.get("complete")[3]), 1e-6);
        assertTrue(Double.parseDouble(rows.get("complete")[7]) < Double.parseDouble(rows.get("ring")[7]),
                "exact averaging leaves a smaller consensus distance than the ring");
        // 4-regular: 2n edges, λ below d
        assertEquals(2 * N, Long.parseLong(rows.get("random-regular")[1]));
        assertTrue(Double.parseDouble(rows.get("random-regular")[3]) < 4);
        for (String[] row : rows.values()) {
            double accuracy = Double.parseDouble(row[5]);
            assertTrue(accuracy >= 0 && accuracy <= 1, "accuracy of " + row[0]);
            // every client sends its parameters to each neighbour every round: traffic grows with the edges
            assertTrue(Long.parseLong(row[8]) > 0, "bytes of " + row[0]);
        }
        assertTrue(Long.parseLong(rows.get("complete")[8]) > Long.parseLong(rows.get("ring")[8]), "K_16 sends more than C_16");
    }

    @Test
    void anUnknownTopologyIsOneLine() {
        Run r = run("--topologies", "no-such-kind", "--dataset", "gaussian-mixture", "--rounds", "2");
        assertEquals(2, r.status, r.out + r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
        assertTrue(r.err.contains("no-such-kind"), r.err);
        assertFalse(r.err.contains("Exception"), r.err);
    }
}
