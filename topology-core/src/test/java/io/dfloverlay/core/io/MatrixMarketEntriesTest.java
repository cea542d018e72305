package io.dfloverlay.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bulk entry parser of Matrix Market files: every accepted file gives the graph of its entries
 * (compared with neighbour sets built here from the written edges), in every layout the line reader
 * accepts; and malformed input deep inside a file that spans several blocks and both threads still
 * gets the line reader's message with the right line.
 */
class MatrixMarketEntriesTest {
    @TempDir
    Path dir;

    /** A random simple graph as its edge list, {@code u != v}, 1-based. */
    private static List<int[]> randomEdges(SplittableRandom rng, int n, int m) {
        TreeSet<Long> seen = new TreeSet<>();
        List<int[]> edges = new ArrayList<>();
        while (edges.size() < m) {
            int u = 1 + rng.nextInt(n), v = 1 + rng.nextInt(n);
            if (u == v || !seen.add((long) Math.min(u, v) * (n + 1) + Math.max(u, v))) continue;
            edges.add(new int[] {u, v});
        }
        return edges;
    }

    /** Sorted 0-based neighbour lists of an edge list, built without the code under test. */
    private static List<List<Integer>> neighbourLists(int n, List<int[]> edges) {
        List<TreeSet<Integer>> sets = new ArrayList<>();
        for (int v = 0; v < n; v++) sets.add(new TreeSet<>());
        for (int[] e : edges) {
            sets.get(e[0] - 1).add(e[1] - 1);
            sets.get(e[1] - 1).add(e[0] - 1);
        }
        return sets.stream().map(s -> (List<Integer>) new ArrayList<>(s)).toList();
    }

    private static List<List<Integer>> neighbourLists(Graph g) {
        return IntStream.range(0, g.numNodes()).mapToObj(v -> IntStream.of(g.neighbors(v)).boxed().toList()).toList();
    }

    private static String blank(SplittableRandom rng) {
        return switch (rng.nextInt(6)) {
            case 0 -> "  ";
            case 1 -> "\t";
            case 2 -> " \t ";
            default -> " ";
        };
    }

    private static String value(SplittableRandom rng, boolean integer) {
        if (integer) return Integer.toString(rng.nextInt(-50, 50));
        return switch (rng.nextInt(5)) {
            case 0 -> "1.0";
            case 1 -> "-.5";
            case 2 -> "3.25e-3";
            case 3 -> "+7E+2";
            default -> "2.";
        };
    }

    /** Writes the edges in a random accepted layout: field, symmetry, triangle, blanks, comments, CRLF, final newline. */
    private static String layout(SplittableRandom rng, int n, List<int[]> edges) {
        String field = new String[] {"pattern", "integer", "real"}[rng.nextInt(3)];
        boolean general = rng.nextBoolean();
        String eol = rng.nextInt(4) == 0 ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder("%%MatrixMarket matrix coordinate " + field + (general ? " general" : " symmetric") + eol);
        sb.append("% generator: test").append(eol);
        sb.append(n).append(' ').append(n).append(' ').append(general ? 2L * edges.size() : edges.size()).append(eol);
        List<String> lines = new ArrayList<>();
        for (int[] e : edges) {
            boolean swap = rng.nextBoolean();
            int a = swap ? e[1] : e[0], b = swap ? e[0] : e[1];
            lines.add(entry(rng, a, b, field));
            if (general) lines.add(entry(rng, b, a, field));
        }
        for (int i = lines.size() - 1; i > 0; i--) java.util.Collections.swap(lines, i, rng.nextInt(i + 1));
        for (String line : lines) {
            if (rng.nextInt(50) == 0) sb.append(rng.nextBoolean() ? "% a comment" : blank(rng)).append(eol);
            sb.append(line).append(eol);
        }
        if (rng.nextBoolean() && sb.length() > eol.length()) sb.setLength(sb.length() - eol.length());
        return sb.toString();
    }

    private static String entry(SplittableRandom rng, int a, int b, String field) {
        String lead = rng.nextInt(10) == 0 ? blank(rng) : "";
        String tail = rng.nextInt(10) == 0 ? blank(rng) : "";
        String v = field.equals("pattern") ? "" : blank(rng) + value(rng, field.equals("integer"));
        return lead + a + blank(rng) + b + v + tail;
    }

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 200).mapToObj(s -> Arguments.of((long) s));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyAcceptedLayoutGivesTheWrittenGraph(long seed) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 2 + rng.nextInt(60);
        int m = rng.nextInt((int) Math.min(120, (long) n * (n - 1) / 2) + 1);
        List<int[]> edges = randomEdges(rng, n, m);
        Path file = dir.resolve("g" + seed + ".mtx");
        Files.writeString(file, layout(rng, n, edges), StandardCharsets.US_ASCII);
        Graph g = GraphFiles.read(file);
        assertEquals(n, g.numNodes(), "seed " + seed);
        assertEquals(neighbourLists(n, edges), neighbourLists(g), "seed " + seed);
    }

    /** A file of several 1 MiB blocks, parsed on two threads when the machine has two cores. */
    private Path bigFile(String name, int n, List<String> entryLines, String field) throws IOException {
        StringBuilder sb = new StringBuilder("%%MatrixMarket matrix coordinate " + field + " symmetric\n");
        sb.append(n).append(' ').append(n).append(' ').append(entryLines.size()).append('\n');
        for (String l : entryLines) sb.append(l).append('\n');
        Path file = dir.resolve(name);
        Files.writeString(file, sb, StandardCharsets.US_ASCII);
        return file;
    }

    private static List<String> plainLines(List<int[]> edges) {
        List<String> lines = new ArrayList<>();
        for (int[] e : edges) lines.add(e[0] + " " + e[1]);
        return lines;
    }

    @Test
    void largeFileAcrossBlocksAndThreadsGivesTheWrittenGraph() throws IOException {
        int n = 200_000;
        List<int[]> edges = randomEdges(new SplittableRandom(7), n, 500_000);
        Path file = bigFile("big.mtx", n, plainLines(edges), "pattern");
        long bytes = Files.size(file);
        assertTrue(bytes > MatrixMarketEntries.PARALLEL_MIN_BYTES + (1 << 20), "file of " + bytes + " bytes");
        assertNotNull(MatrixMarketEntries.tryRead(file, headerBytes(n, edges.size(), "pattern"), n, edges.size(), true, false));
        assertEquals(neighbourLists(n, edges), neighbourLists(GraphFiles.read(file)));
    }

    private static long headerBytes(int n, int entries, String field) {
        return ("%%MatrixMarket matrix coordinate " + field + " symmetric\n" + n + " " + n + " " + entries + "\n").length();
    }

    static Stream<Arguments> deepErrors() {
        return Stream.of(
                Arguments.of("x y", "expected 2 integers, got 'x y'"),
                Arguments.of("5 5", "self-loop at node 5 is not allowed"),
                Arguments.of("0 4", "node id 0 out of range [1, 200001)"),
                Arguments.of("200001 4", "node id 200001 out of range [1, 200001)"),
                Arguments.of("99999999999 4", "node id 99999999999 out of range [1, 200001)"),
                Arguments.of("1 2 3", "expected 2 integers, got '1 2 3'"),
                Arguments.of("-3 4", "node id -3 out of range [1, 200001)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepErrors")
    void malformedLineDeepInALargeFileIsNamedWithItsLine(String bad, String problem) throws IOException {
        int n = 200_000;
        List<int[]> edges = randomEdges(new SplittableRandom(11), n, 400_000);
        for (int at : new int[] {3, 250_000}) {
            List<String> lines = plainLines(edges);
            lines.set(at, bad);
            Path file = bigFile("bad.mtx", n, lines, "pattern");
            GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphFiles.read(file));
            assertEquals(file + ":" + (at + 3) + ": " + problem, e.getMessage(), "entry " + at);
        }
    }

    @Test
    void repeatedEdgeAcrossTheThreadSplitNamesBothLines() throws IOException {
        int n = 200_000;
        List<int[]> edges = randomEdges(new SplittableRandom(13), n, 400_000);
        List<String> lines = plainLines(edges);
        int[] first = edges.get(100);
        lines.set(390_000, first[1] + " " + first[0]);
        Path file = bigFile("dup.mtx", n, lines, "pattern");
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphFiles.read(file));
        assertEquals(file + ":" + (390_000 + 3) + ": duplicate edge {" + first[1] + ", " + first[0] + "} (first at line " + (100 + 3) + ")",
                e.getMessage());
    }

    @Test
    void entryCountMismatchInALargeFileIsNamed() throws IOException {
        int n = 200_000;
        List<int[]> edges = randomEdges(new SplittableRandom(17), n, 400_000);
        StringBuilder sb = new StringBuilder("%%MatrixMarket matrix coordinate pattern symmetric\n");
        sb.append(n).append(' ').append(n).append(' ').append(edges.size() - 1).append('\n');
        for (String l : plainLines(edges)) sb.append(l).append('\n');
        Path file = dir.resolve("many.mtx");
        Files.writeString(file, sb);
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphFiles.read(file));
        assertEquals(file + ":" + (edges.size() + 2) + ": more entries than the " + (edges.size() - 1) + " declared on the size line",
                e.getMessage());
    }

    @Test
    void unusualButAcceptedInputFallsBackToTheLineReader() throws IOException {
        String head = "%%MatrixMarket matrix coordinate real symmetric\n4 4 3\n";
        String body = "+2 1 0x1p3\n3 2 Infinity\n4 1 1e5\n";
        Path file = dir.resolve("odd.mtx");
        Files.writeString(file, head + body);
        assertNull(MatrixMarketEntries.tryRead(file, head.length(), 4, 3, false, false));
        Graph g = GraphFiles.read(file);
        assertEquals(List.of(List.of(1, 3), List.of(0, 2), List.of(1), List.of(0)), neighbourLists(g));
    }

    @Test
    void notANumberValueIsRejected() throws IOException {
        Path file = dir.resolve("nan.mtx");
        Files.writeString(file, "%%MatrixMarket matrix coordinate real symmetric\n3 3 1\n2 1 NaN\n");
        assertEquals(file + ":3: expected 2 integers and a value, got '2 1 NaN'",
                assertThrows(GraphFormatException.class, () -> GraphFiles.read(file)).getMessage());
    }

    @Test
    void hugeDeclaredCountsNeitherAllocateNorPass() throws IOException {
        Path file = dir.resolve("bogus.mtx");
        Files.writeString(file, "%%MatrixMarket matrix coordinate pattern symmetric\n3 3 1000000000000000\n2 1\n");
        assertEquals(file + ":3: found 1 entries, size line declares 1000000000000000",
                assertThrows(GraphFormatException.class, () -> GraphFiles.read(file)).getMessage());
        Path wide = dir.resolve("wide.mtx");
        Files.writeString(wide, "%%MatrixMarket matrix coordinate pattern symmetric\n2147483646 2147483646 1\n2147483647 1\n");
        assertEquals(wide + ":3: node id 2147483647 out of range [1, 2147483647)",
                assertThrows(GraphFormatException.class, () -> GraphFiles.read(wide)).getMessage());
    }

    @Test
    void emptyMatrixAndCommentOnlyBody() throws IOException {
        Path file = dir.resolve("empty.mtx");
        Files.writeString(file, "%%MatrixMarket matrix coordinate pattern symmetric\n5 5 0\n% nothing\n\n");
        Graph g = GraphFiles.read(file);
        assertEquals(5, g.numNodes());
        assertEquals(0, g.numEdges());
    }
}
