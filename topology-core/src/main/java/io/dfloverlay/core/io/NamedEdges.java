package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;

/**
 * The nodes and edges of a file that names nodes by strings (GraphML, DOT, JSON), collected as
 * they stream by: {@link VertexIds} numbers the names, an {@link EdgeAccumulator} keeps the edges
 * with their lines, and {@link #build()} makes the graph, naming a self-loop or a repeated edge
 * with its line. About {@code 16} bytes per edge and {@code 8} per node besides the graph. Not
 * thread-safe.
 */
final class NamedEdges {
    private final SourcePosition at;
    private final VertexIds ids = new VertexIds();
    private final EdgeAccumulator edges;

    /** @param at the reader's position, for error messages */
    NamedEdges(SourcePosition at) {
        this.at = at;
        this.edges = new EdgeAccumulator(at, 0);
    }

    /** Declares a node (isolated nodes count). */
    void node(String name) {
        ids.indexOf(name);
    }

    /**
     * Adds the undirected edge between the nodes named {@code a} and {@code b}.
     *
     * @throws GraphFormatException for a self-loop
     */
    void edge(String a, String b) throws GraphFormatException {
        if (a.equals(b)) throw at.error("self-loop at node " + a + " is not allowed");
        edges.addChecked(ids.indexOf(a), ids.indexOf(b));
    }

    /**
     * The graph: node ids are the names when they are exactly {@code 0..n-1}, else the order of first appearance.
     *
     * @throws GraphFormatException naming the line of a repeated edge
     */
    Graph build() throws GraphFormatException {
        edges.relabel(ids.finalIds(), ids::nameOf);
        return edges.build(ids.count(), false);
    }
}
