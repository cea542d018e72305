package io.dfloverlay.examples.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the example on the shipped node list and checks the written overlay from the file alone. */
class CertifyOverlayTest {
    private static final Path NODES = Path.of("nodes.txt");
    private static final Pattern LAMBDA = Pattern.compile("lambda\\(A\\) = ([0-9.]+) .* Ramanujan: (true|false)");
    private static final Pattern RHO = Pattern.compile("rho\\(W\\) = ([0-9.]+), spectral gap");

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = CertifyOverlay.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0} d={1} seed={2}")
    @CsvSource({"near-optimal, 8, 1", "near-optimal, 6, 2", "random-regular, 8, 3", "random-regular, 4, 4"})
    void writesAConnectedRegularOverlayOverTheNodeIdsWithTheCertifiedLambda(String kind, int d, long seed) throws IOException {
        Path edges = dir.resolve("overlay.edges");
        Run r = run("--nodes", NODES.toString(), "--kind", kind, "--d", Integer.toString(d), "--seed", Long.toString(seed),
                "--out", edges.toString());
        String context = "seed " + seed + ": " + r.out + r.err;
        assertEquals(0, r.status, context);

        List<String> ids = Files.readAllLines(NODES).stream().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        Map<String, Set<String>> adj = new HashMap<>();
        for (String line : Files.readAllLines(edges)) {
            if (line.startsWith("#")) continue;
            String[] uv = line.split(" ");
            assertEquals(2, uv.length, "edge line '" + line + "'");
            assertFalse(uv[0].equals(uv[1]), "self-loop " + line);
            assertTrue(adj.computeIfAbsent(uv[0], k -> new HashSet<>()).add(uv[1]), "repeated edge " + line);
            assertTrue(adj.computeIfAbsent(uv[1], k -> new HashSet<>()).add(uv[0]), "repeated edge " + line);
        }
        assertEquals(Set.copyOf(ids), adj.keySet(), "every listed node, and only those, is in the overlay");
        for (String id : ids) assertEquals(d, adj.get(id).size(), "degree of " + id);
        assertEquals(ids.size(), reachable(adj, ids.get(0)), "connected");

        double[] eig = JacobiEigenvalues.of(adjacency(adj, ids));
        double lambda = Math.max(Math.abs(eig[eig.length - 2]), Math.abs(eig[0]));
        Matcher m = LAMBDA.matcher(r.out);
        assertTrue(m.find(), context);
        assertEquals(lambda, Double.parseDouble(m.group(1)), 1e-5, context);
        boolean belowBound = lambda <= 2 * Math.sqrt(d - 1.0);
        assertEquals(belowBound, Boolean.parseBoolean(m.group(2)), context);
        Matcher rho = RHO.matcher(r.out);
        assertTrue(rho.find(), context);
        assertEquals(Math.max((eig[eig.length - 2] + 1) / (d + 1), Math.abs(eig[0] + 1) / (d + 1)),
                Double.parseDouble(rho.group(1)), 1e-5, "rho(W) of W = (A + I)/(d + 1); " + context);
        assertTrue(r.out.contains("wrote " + edges + " (" + ids.size() * d / 2 + " edges)"), context);
    }

    @Test
    void nearOptimalOverTheSampleIsCertifiedRamanujan() {
        Run r = run("--out", dir.resolve("o.edges").toString());
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("Ramanujan: true"), r.out);
    }

    @Test
    void aRepeatedNodeIdIsOneLineNamingItsLine() throws IOException {
        Path nodes = dir.resolve("nodes.txt");
        Files.writeString(nodes, "a\nb\n# comment\na\n");
        Run r = run("--nodes", nodes.toString(), "--out", dir.resolve("o.edges").toString());
        assertEquals(2, r.status);
        assertEquals(nodes + ":4: node id 'a' already listed on line 1", r.err.strip().replace("certify-overlay: ", ""));
        assertFalse(Files.exists(dir.resolve("o.edges")), "nothing written");
    }

    @Test
    void impossibleDegreeAndMissingFileAreOneLineErrors() {
        Run tooHigh = run("--nodes", NODES.toString(), "--d", "60", "--kind", "random-regular",
                "--out", dir.resolve("o.edges").toString());
        Run missing = run("--nodes", dir.resolve("none.txt").toString());
        Run unknown = run("--kind", "ring");
        for (Run r : List.of(tooHigh, missing, unknown)) {
            assertEquals(2, r.status, r.err);
            assertEquals(1, r.err.strip().lines().count(), r.err);
            assertFalse(r.err.contains("Exception"), r.err);
        }
        assertTrue(missing.err.contains("no such file"), missing.err);
        assertTrue(unknown.err.contains("unknown --kind 'ring'"), unknown.err);
    }

    private static int reachable(Map<String, Set<String>> adj, String start) {
        Set<String> seen = new HashSet<>(List.of(start));
        ArrayDeque<String> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) for (String v : adj.get(queue.poll())) if (seen.add(v)) queue.add(v);
        return seen.size();
    }

    private static double[][] adjacency(Map<String, Set<String>> adj, List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) index.put(ids.get(i), i);
        double[][] a = new double[ids.size()][ids.size()];
        adj.forEach((u, vs) -> vs.forEach(v -> a[index.get(u)][index.get(v)] = 1));
        return a;
    }
}
