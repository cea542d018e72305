package io.dfloverlay.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format writes and reads back the same graph; all but decentralizepy keep metadata. */
class GraphFilesRoundTripTest {
    @TempDir
    Path dir;

    static List<Object[]> graphs() {
        List<Object[]> out = new ArrayList<>(FixtureGraphs.connected());
        out.add(new Object[] {"two triangles + isolated", FixtureGraphs.twoTrianglesAndIsolated()});
        out.add(new Object[] {"isolated tail", new GraphBuilder(6).addEdge(0, 1).addEdge(1, 2).build()});
        out.add(new Object[] {"empty n=4", new GraphBuilder(4).build()});
        out.add(new Object[] {"single node", new GraphBuilder(1).build()});
        return out;
    }

    static Stream<Arguments> formatAndGraph() {
        List<Arguments> out = new ArrayList<>();
        for (GraphFormat f : GraphFormat.values()) for (Object[] g : graphs()) out.add(Arguments.of(f, g[0], g[1]));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("formatAndGraph")
    void roundTrip(GraphFormat format, String name, Graph g) throws IOException {
        Path file = dir.resolve("g." + format.extensions().get(0));
        GraphFiles.write(file, g, GraphMetadata.EMPTY);
        assertEquals(g, GraphFiles.read(file), format + " " + name);
        assertEquals(g, GraphFiles.read(file, format), format + " " + name);
    }

    @ParameterizedTest
    @EnumSource(value = GraphFormat.class, names = "DECENTRALIZEPY", mode = EnumSource.Mode.EXCLUDE)
    void metadataRoundTrip(GraphFormat format) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("n", "30");
        params.put("d", "8");
        params.put("steps", "1 4 7 11");
        params.put("label", "<a & \"b\">");
        GraphMetadata meta = GraphMetadata.of("circulant", params, 42L);
        Path file = dir.resolve("c." + format.extensions().get(0));
        Graph g = FixtureGraphs.circulant(30, 1, 4, 7, 11);
        GraphFiles.write(file, g, meta);
        AnnotatedGraph back = GraphFiles.readAnnotated(file, null);
        assertEquals(g, back.graph());
        assertEquals(meta, back.metadata());
        assertTrue(format.keepsMetadata());
        assertEquals(List.of("n", "d", "steps", "label"), List.copyOf(back.metadata().parameters().keySet()));
    }

    @Test
    void matrixMarketLayout() throws IOException {
        Path file = dir.resolve("p.mtx");
        GraphFiles.write(file, FixtureGraphs.path(3), new GraphMetadata("random-regular", Map.of("d", "8"), 1L));
        assertEquals(List.of("%%MatrixMarket matrix coordinate pattern symmetric", "% generator: random-regular", "% param d: 8",
                "% seed: 1", "3 3 2", "2 1", "3 2"), Files.readAllLines(file));
    }

    @Test
    void edgeListAndDecentralizepyLayout() throws IOException {
        Path el = dir.resolve("p.edges");
        GraphFiles.write(el, FixtureGraphs.path(3), GraphMetadata.EMPTY);
        assertEquals(List.of("# nodes: 3", "# edges: 2", "0 1", "1 2"), Files.readAllLines(el));
        Path dpy = dir.resolve("p.dpy");
        GraphFiles.write(dpy, FixtureGraphs.path(3), GraphMetadata.EMPTY);
        assertEquals(List.of("3", "0 1", "1 0", "1 2", "2 1"), Files.readAllLines(dpy));
    }

    @Test
    void readsForeignVariants() throws IOException {
        Graph p = FixtureGraphs.path(3);
        // edge list without header, CRLF, comments, blank lines, tabs, no final newline
        Path el = dir.resolve("x.txt");
        Files.writeString(el, "% comment\r\n\r\n0\t1\r\n  # another\r\n1 2");
        assertEquals(p, GraphFiles.read(el));
        // decentralizepy with one orientation only
        Path dpy = dir.resolve("x.dpy");
        Files.writeString(dpy, "3\n1 0\n1 2\n");
        assertEquals(p, GraphFiles.read(dpy));
        // Matrix Market: upper triangle, real values ignored, mixed-case banner
        Path mtx = dir.resolve("x.mtx");
        Files.writeString(mtx, "%%MatrixMarket Matrix Coordinate Real Symmetric\n%\n3 3 2\n1 2 1.0\n2 3 2.5\n");
        assertEquals(p, GraphFiles.read(mtx));
        // JSON with string ids that are not 0..n-1 gets nodes in order of appearance
        Path json = dir.resolve("x.json");
        Files.writeString(json, "{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}],"
                + "\"edges\":[{\"source\":\"a\",\"target\":\"b\"},{\"source\":\"c\",\"target\":\"b\"}]}");
        assertEquals(p, GraphFiles.read(json));
        // a comment longer than the scanner's 64 KiB buffer
        Path longComment = dir.resolve("long.edges");
        Files.writeString(longComment, "# " + "x".repeat(200_000) + "\n0 1\n1 2\n");
        assertEquals(p, GraphFiles.read(longComment));
        // DOT with explicit graph syntax
        Path dot = dir.resolve("x.gv");
        Files.writeString(dot, "graph G { 2 -- 1; 1 -- 0; }");
        assertEquals(p, GraphFiles.read(dot));
    }

    @Test
    void readsGeneralMatrixMarketAsScipyWritesIt() throws IOException, java.net.URISyntaxException {
        // i ~ i + 1 and i ~ i + 60 (mod 120): the Moebius ladder the SciPy script wrote (see the files' comment line)
        GraphBuilder b = new GraphBuilder(120);
        for (int i = 0; i < 120; i++) b.addEdge(i, (i + 1) % 120);
        for (int i = 0; i < 60; i++) b.addEdge(i, i + 60);
        Graph ladder = b.build();
        for (String name : List.of("scipy-moebius120-real-general.mtx", "scipy-moebius120-pattern-general.mtx")) {
            Path file = Path.of(getClass().getResource(name).toURI());
            assertTrue(Files.readAllLines(file).get(0).endsWith(" general"), name);
            assertEquals(ladder, GraphFiles.read(file), name);
        }
    }

    @Test
    void largeCirculantRoundTripsThroughStreamingFormats() throws IOException {
        Graph g = FixtureGraphs.circulant(20_000, 1, 2, 5, 11);
        for (String ext : List.of("edges", "mtx", "dpy")) {
            Path file = dir.resolve("big." + ext);
            GraphFiles.write(file, g, GraphMetadata.of("circulant", Map.of("n", "20000"), 7L));
            assertEquals(g, GraphFiles.read(file), ext);
        }
    }
}
