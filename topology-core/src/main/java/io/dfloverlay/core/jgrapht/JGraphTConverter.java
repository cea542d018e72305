package io.dfloverlay.core.jgrapht;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Converts between {@link Graph} and JGraphT graphs. Both directions take {@code O(n + m)} time
 * (plus hashing of the vertex objects) and are deterministic: nodes follow the JGraphT graph's
 * vertex iteration order unless an order is given. Stateless and thread-safe.
 */
public final class JGraphTConverter {
    private JGraphTConverter() {}

    /**
     * A new JGraphT {@link SimpleGraph} with vertices {@code 0..n-1} and the edges of {@code g}.
     *
     * @param g the graph
     * @return the JGraphT graph; node {@code v} is vertex {@code Integer.valueOf(v)}
     */
    public static org.jgrapht.Graph<Integer, DefaultEdge> toJGraphT(Graph g) {
        org.jgrapht.Graph<Integer, DefaultEdge> out = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0, n = g.numNodes(); v < n; v++) out.addVertex(v);
        g.forEachEdge((u, v) -> out.addEdge(u, v));
        return out;
    }

    /**
     * A new JGraphT {@link SimpleGraph} whose vertex for node {@code v} is {@code labels[v]}, e.g.
     * the client ids of a repaired overlay's snapshot (its {@code aliveNodes()}).
     *
     * @param g the graph
     * @param labels one distinct label per node
     * @return the labelled JGraphT graph
     * @throws IllegalArgumentException if {@code labels} has not one entry per node or repeats one
     */
    public static org.jgrapht.Graph<Integer, DefaultEdge> toJGraphT(Graph g, int[] labels) {
        if (labels.length != g.numNodes())
            throw new IllegalArgumentException("labels has " + labels.length + " entries, graph has " + g.numNodes() + " nodes");
        List<Integer> vertices = new ArrayList<>(labels.length);
        for (int label : labels) vertices.add(label);
        return toJGraphT(MappedGraph.of(g, vertices));
    }

    /**
     * A new JGraphT {@link SimpleGraph} on the original vertices of a mapped graph: node {@code i}
     * becomes {@code mapped.vertices().get(i)}.
     *
     * @param mapped the graph and its vertices
     * @param <V> the vertex type
     * @return the JGraphT graph
     */
    public static <V> org.jgrapht.Graph<V, DefaultEdge> toJGraphT(MappedGraph<V> mapped) {
        org.jgrapht.Graph<V, DefaultEdge> out = new SimpleGraph<>(DefaultEdge.class);
        List<V> vertices = mapped.vertices();
        for (V v : vertices) out.addVertex(v);
        mapped.graph().forEachEdge((u, v) -> out.addEdge(vertices.get(u), vertices.get(v)));
        return out;
    }

    /**
     * Converts an undirected simple JGraphT graph; node {@code i} is the {@code i}-th vertex of
     * {@code g.vertexSet()}.
     *
     * @param g an undirected simple JGraphT graph
     * @param <V> the vertex type
     * @param <E> the edge type
     * @return the CSR graph with the vertex of each node
     * @throws IllegalArgumentException if {@code g} is directed or mixed, or has a self-loop or
     *     parallel edges (naming the vertices)
     */
    public static <V, E> MappedGraph<V> fromJGraphT(org.jgrapht.Graph<V, E> g) {
        return fromJGraphT(g, new ArrayList<>(g.vertexSet()));
    }

    /**
     * As {@link #fromJGraphT(org.jgrapht.Graph)}, with node {@code i} standing for {@code order.get(i)}.
     *
     * @param g an undirected simple JGraphT graph
     * @param order every vertex of {@code g} exactly once, in the order to number them
     * @param <V> the vertex type
     * @param <E> the edge type
     * @return the CSR graph with the vertex of each node
     * @throws IllegalArgumentException as {@link #fromJGraphT(org.jgrapht.Graph)}, and if {@code order} is not exactly the vertex set
     */
    public static <V, E> MappedGraph<V> fromJGraphT(org.jgrapht.Graph<V, E> g, List<V> order) {
        if (!g.getType().isUndirected())
            throw new IllegalArgumentException("only undirected graphs can be converted, got a "
                    + (g.getType().isMixed() ? "mixed" : "directed") + " graph");
        if (order.size() != g.vertexSet().size())
            throw new IllegalArgumentException("vertex order lists " + order.size() + " vertices, graph has " + g.vertexSet().size());
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            V v = order.get(i);
            if (!g.containsVertex(v)) throw new IllegalArgumentException("vertex order names " + v + ", which is not in the graph");
            if (index.put(v, i) != null) throw new IllegalArgumentException("vertex order lists " + v + " twice");
        }
        GraphBuilder b = new GraphBuilder(order.size(), g.edgeSet().size());
        boolean multi = g.getType().isAllowingMultipleEdges();
        for (E e : g.edgeSet()) {
            V s = g.getEdgeSource(e), t = g.getEdgeTarget(e);
            if (s.equals(t)) throw new IllegalArgumentException("self-loop at vertex " + s + " is not supported");
            if (multi && g.getAllEdges(s, t).size() > 1)
                throw new IllegalArgumentException("parallel edges between vertices " + s + " and " + t + " are not supported");
            b.addEdge(index.get(s), index.get(t));
        }
        return new MappedGraph<>(b.build(), order, index);
    }
}
