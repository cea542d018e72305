package io.dfloverlay.core.jgrapht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import java.util.List;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultUndirectedGraph;
import org.jgrapht.graph.Multigraph;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class JGraphTConverterTest {
    @Test
    void roundTripThroughJGraphT() {
        for (Object[] named : FixtureGraphs.connected()) {
            Graph g = (Graph) named[1];
            org.jgrapht.Graph<Integer, DefaultEdge> jg = JGraphTConverter.toJGraphT(g);
            assertEquals(g.numNodes(), jg.vertexSet().size(), named[0].toString());
            assertEquals(g.numEdges(), jg.edgeSet().size(), named[0].toString());
            MappedGraph<Integer> back = JGraphTConverter.fromJGraphT(jg);
            assertEquals(g, back.graph(), named[0].toString());
            for (int v = 0; v < g.numNodes(); v++) assertEquals(v, back.indexOf(v), named[0] + " vertex " + v);
        }
    }

    @Test
    void keepsIsolatedVertices() {
        Graph g = FixtureGraphs.twoTrianglesAndIsolated();
        assertEquals(g, JGraphTConverter.fromJGraphT(JGraphTConverter.toJGraphT(g)).graph());
    }

    @Test
    void stringVerticesMapInIterationOrder() {
        SimpleGraph<String, DefaultEdge> jg = new SimpleGraph<>(DefaultEdge.class);
        for (String v : List.of("alice", "bob", "carol", "dave")) jg.addVertex(v);
        jg.addEdge("alice", "bob");
        jg.addEdge("carol", "bob");
        jg.addEdge("dave", "alice");
        MappedGraph<String> m = JGraphTConverter.fromJGraphT(jg);
        assertEquals(List.of("alice", "bob", "carol", "dave"), m.vertices());
        assertEquals(2, m.indexOf("carol"));
        assertEquals("dave", m.vertex(3));
        Graph g = m.graph();
        assertTrue(g.hasEdge(0, 1) && g.hasEdge(1, 2) && g.hasEdge(0, 3));
        assertEquals(3, g.numEdges());
        assertThrows(IllegalArgumentException.class, () -> m.indexOf("eve"));
    }

    @Test
    void explicitOrder() {
        SimpleGraph<String, DefaultEdge> jg = new SimpleGraph<>(DefaultEdge.class);
        jg.addVertex("x");
        jg.addVertex("y");
        jg.addVertex("z");
        jg.addEdge("x", "z");
        MappedGraph<String> m = JGraphTConverter.fromJGraphT(jg, List.of("z", "y", "x"));
        assertTrue(m.graph().hasEdge(0, 2));
        assertEquals(0, m.graph().degree(1));
        assertThrows(IllegalArgumentException.class, () -> JGraphTConverter.fromJGraphT(jg, List.of("z", "y")));
        assertThrows(IllegalArgumentException.class, () -> JGraphTConverter.fromJGraphT(jg, List.of("z", "y", "w")));
        assertThrows(IllegalArgumentException.class, () -> JGraphTConverter.fromJGraphT(jg, List.of("z", "z", "x")));
    }

    @Test
    void rejectsDirectedLoopsAndParallelEdges() {
        SimpleDirectedGraph<Integer, DefaultEdge> directed = new SimpleDirectedGraph<>(DefaultEdge.class);
        directed.addVertex(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JGraphTConverter.fromJGraphT(directed));
        assertTrue(e.getMessage().contains("directed"), e.getMessage());

        Pseudograph<String, DefaultEdge> loop = new Pseudograph<>(DefaultEdge.class);
        loop.addVertex("a");
        loop.addEdge("a", "a");
        e = assertThrows(IllegalArgumentException.class, () -> JGraphTConverter.fromJGraphT(loop));
        assertEquals("self-loop at vertex a is not supported", e.getMessage());

        DefaultUndirectedGraph<String, DefaultEdge> loopAllowed = new DefaultUndirectedGraph<>(DefaultEdge.class);
        loopAllowed.addVertex("b");
        loopAllowed.addEdge("b", "b");
        assertThrows(IllegalArgumentException.class, () -> JGraphTConverter.fromJGraphT(loopAllowed));

        Multigraph<String, DefaultEdge> multi = new Multigraph<>(DefaultEdge.class);
        multi.addVertex("a");
        multi.addVertex("b");
        multi.addEdge("a", "b");
        multi.addEdge("b", "a");
        e = assertThrows(IllegalArgumentException.class, () -> JGraphTConverter.fromJGraphT(multi));
        assertTrue(e.getMessage().startsWith("parallel edges between vertices"), e.getMessage());
    }
}
