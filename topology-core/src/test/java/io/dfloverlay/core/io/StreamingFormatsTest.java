package io.dfloverlay.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.nio.json.JSONExporter;
import org.jgrapht.nio.json.JSONImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The streamed GraphML, DOT and JSON codecs against jgrapht-io as an independent implementation
 * (each reads what the other writes), on foreign variants, and at n = 10^5 in a 64 MB heap.
 */
class StreamingFormatsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = GraphFormat.class, names = {"GRAPHML", "DOT", "JSON"})
    void jgraphtReadsWhatWeWriteAndWeReadWhatJgraphtWrites(GraphFormat format) throws IOException {
        Graph g = FixtureGraphs.petersen();
        Path ours = dir.resolve("ours." + format.extensions().get(0));
        GraphFiles.write(ours, g, GraphMetadata.of("petersen", Map.of("n", "10"), 3L));
        Pseudograph<String, DefaultEdge> read = new Pseudograph<>(DefaultEdge.class);
        try (Reader r = Files.newBufferedReader(ours, StandardCharsets.UTF_8)) {
            importer(format).importGraph(read, r);
        }
        assertEquals(edgeSet(g), edgeSet(read), format + ": JGraphT reads our file");

        SimpleGraph<Integer, DefaultEdge> jg = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < g.numNodes(); v++) jg.addVertex(v);
        g.forEachEdge((u, v) -> jg.addEdge(u, v));
        Path theirs = dir.resolve("theirs." + format.extensions().get(0));
        try (Writer w = Files.newBufferedWriter(theirs, StandardCharsets.UTF_8)) {
            exporter(format).exportGraph(jg, w);
        }
        assertEquals(g, GraphFiles.read(theirs), format + ": we read JGraphT's file");
    }

    @Test
    void foreignGraphmlWithNamespacesDataAndPortsIsRead() throws IOException {
        Path f = dir.resolve("yed.graphml");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key id="d0" for="node" attr.name="color" attr.type="string"><default>yellow</default></key>
                  <key id="g0" for="graph" attr.name="generator" attr.type="string"/>
                  <graph id="G" edgedefault="undirected">
                    <desc>a path</desc>
                    <data key="g0">hand-made</data>
                    <node id="n0"><data key="d0">green</data><y:ShapeNode/></node>
                    <node id="n1"/>
                    <node id="n2"><port name="p"/></node>
                    <edge source="n1" target="n0"/>
                    <edge id="e1" source="n1" target="n2"><data key="d0">x</data></edge>
                  </graph>
                </graphml>
                """);
        AnnotatedGraph back = GraphFiles.readAnnotated(f, null);
        assertEquals(FixtureGraphs.path(3), back.graph());
        assertEquals("hand-made", back.metadata().generator());
    }

    @Test
    void foreignDotWithAttributesChainsSubgraphsAndComments() throws IOException {
        Path f = dir.resolve("x.dot");
        Files.writeString(f, """
                # preprocessor-style line
                strict graph "my graph" {
                  graph [generator="hand", seed=5];
                  node [shape=box]; // a comment
                  "param.k" = 2
                  /* block
                     comment */
                  a [label="A \\"quoted\\""];
                  a -- b -- c [weight=2];
                  subgraph cluster_0 { d; c -- d }
                  e:port:n -- a
                }
                """);
        AnnotatedGraph back = GraphFiles.readAnnotated(f, null);
        GraphBuilder b = new GraphBuilder(5);
        // nodes in order of appearance: a=0, b=1, c=2, d=3, e=4
        b.addEdge(0, 1).addEdge(1, 2).addEdge(2, 3).addEdge(4, 0);
        assertEquals(b.build(), back.graph());
        assertEquals(new GraphMetadata("hand", Map.of("k", "2"), 5L), back.metadata());
    }

    @Test
    void hundredThousandNodesRoundTripInA64MegabyteHeap() throws Exception {
        // a separate JVM with -Xmx64m: the graph (n = 10^5, d = 8) is 3.6 MB, its GraphML about 20 MB
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                LargeGraphRoundTrip.class.getName(), dir.toString(), "100000")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "round trip did not finish");
        assertEquals(0, p.exitValue(), out);
        assertEquals(List.of("graphml ok", "dot ok", "json ok"), out.lines().filter(l -> l.endsWith(" ok")).toList(), out);
    }

    private static Set<String> edgeSet(Graph g) {
        Set<String> out = new HashSet<>();
        g.forEachEdge((u, v) -> out.add(Math.min(u, v) + "-" + Math.max(u, v)));
        return out;
    }

    private static Set<String> edgeSet(Pseudograph<String, DefaultEdge> g) {
        Set<String> out = new HashSet<>();
        for (DefaultEdge e : g.edgeSet()) {
            int u = Integer.parseInt(g.getEdgeSource(e)), v = Integer.parseInt(g.getEdgeTarget(e));
            out.add(Math.min(u, v) + "-" + Math.max(u, v));
        }
        return out;
    }

    private static GraphImporter<String, DefaultEdge> importer(GraphFormat f) {
        switch (f) {
            case GRAPHML -> {
                GraphMLImporter<String, DefaultEdge> im = new GraphMLImporter<>();
                im.setSchemaValidation(false);
                im.setVertexFactory(id -> id);
                return im;
            }
            case DOT -> {
                DOTImporter<String, DefaultEdge> im = new DOTImporter<>();
                im.setVertexFactory(id -> id);
                return im;
            }
            default -> {
                JSONImporter<String, DefaultEdge> im = new JSONImporter<>();
                im.setVertexFactory(id -> id);
                return im;
            }
        }
    }

    private static GraphExporter<Integer, DefaultEdge> exporter(GraphFormat f) {
        return switch (f) {
            case GRAPHML -> new GraphMLExporter<>(String::valueOf);
            case DOT -> new DOTExporter<>(String::valueOf);
            default -> new JSONExporter<>(String::valueOf);
        };
    }
}
