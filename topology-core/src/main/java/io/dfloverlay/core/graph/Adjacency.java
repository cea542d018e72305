package io.dfloverlay.core.graph;

/**
 * Read access to an undirected graph's adjacency by {@code int} node id, without boxing: the
 * degree of a node and its {@code k}-th neighbour. Implemented by the immutable {@link Graph} and
 * by mutable overlays, so one {@link BreadthFirstSearch} serves both.
 */
public interface Adjacency {
    /**
     * Degree of node {@code v}.
     *
     * @param v a node id
     * @return the number of neighbours of {@code v}
     */
    int degree(int v);

    /**
     * The {@code k}-th neighbour of {@code v} (the order is the implementation's).
     *
     * @param v a node id
     * @param k an index, {@code 0 <= k < degree(v)}
     * @return the neighbour's id
     */
    int neighbor(int v, int k);
}
