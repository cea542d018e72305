package io.dfloverlay.core.jgrapht;

import io.dfloverlay.core.graph.Graph;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Graph} converted from a graph with arbitrary vertex objects: node {@code i} stands for
 * {@code vertices.get(i)}.
 *
 * @param graph the CSR graph on nodes {@code 0..n-1}
 * @param vertices the original vertex of each node (copied, unmodifiable)
 * @param index the node of each original vertex (copied, unmodifiable)
 * @param <V> the original vertex type
 */
public record MappedGraph<V>(Graph graph, List<V> vertices, Map<V, Integer> index) {
    /**
     * Copies the vertex list and index and checks their sizes.
     *
     * @throws IllegalArgumentException if {@code vertices} or {@code index} has not one entry per node
     * @throws NullPointerException if a component is null
     */
    public MappedGraph {
        Objects.requireNonNull(graph, "graph");
        vertices = List.copyOf(vertices);
        index = Collections.unmodifiableMap(new HashMap<>(index));
        if (vertices.size() != graph.numNodes() || index.size() != graph.numNodes())
            throw new IllegalArgumentException("graph has " + graph.numNodes() + " nodes but " + vertices.size()
                    + " vertices and " + index.size() + " index entries");
    }

    /**
     * A mapping whose index is derived from {@code vertices}.
     *
     * @param graph the CSR graph
     * @param vertices the original vertex of each node, all distinct
     * @param <V> the original vertex type
     * @return the mapping
     * @throws IllegalArgumentException if a vertex is listed twice or the count differs from the node count
     */
    public static <V> MappedGraph<V> of(Graph graph, List<V> vertices) {
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            if (index.put(vertices.get(i), i) != null)
                throw new IllegalArgumentException("vertex " + vertices.get(i) + " is listed twice");
        }
        return new MappedGraph<>(graph, vertices, index);
    }

    /**
     * The node of {@code vertex}.
     *
     * @param vertex an original vertex
     * @return its node, {@code 0 <= i < n}
     * @throws IllegalArgumentException if it is not a vertex of this graph
     */
    public int indexOf(V vertex) {
        Integer i = index.get(vertex);
        if (i == null) throw new IllegalArgumentException("unknown vertex " + vertex);
        return i;
    }

    /**
     * The original vertex of a node.
     *
     * @param i a node, {@code 0 <= i < n}
     * @return {@code vertices().get(i)}
     */
    public V vertex(int i) {
        return vertices.get(i);
    }
}
