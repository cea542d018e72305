package io.dfloverlay.core.graph;

/**
 * Exact diameter (largest shortest-path distance) by a breadth-first search from every node:
 * {@code O(n(n + m))} time, {@code O(n)} memory, deterministic. Meant for graphs up to about
 * {@code 10^4} nodes. Stateless and thread-safe.
 */
public final class Diameter {
    private Diameter() {}

    /**
     * The diameter of {@code g}.
     *
     * @param g the graph
     * @return the diameter: 0 for graphs with at most one node, {@code -1} if {@code g} is disconnected
     */
    public static int exact(Graph g) {
        int n = g.numNodes();
        BreadthFirstSearch bfs = new BreadthFirstSearch(n);
        int diameter = 0;
        for (int s = 0; s < n; s++) {
            int ecc = eccentricity(g, s, bfs);
            if (ecc < 0) return -1;
            diameter = Math.max(diameter, ecc);
        }
        return diameter;
    }

    /**
     * Eccentricity of {@code s} by one search with the caller's (reused) {@code bfs}; afterwards
     * {@code bfs} holds the distances from {@code s}.
     *
     * @param g   the graph
     * @param s   the source node
     * @param bfs a search with capacity at least {@code g.numNodes()}
     * @return the largest distance from {@code s}, or {@code -1} if some node is unreachable
     */
    public static int eccentricity(Graph g, int s, BreadthFirstSearch bfs) {
        int reached = bfs.run(g, s);
        return reached < g.numNodes() ? -1 : bfs.distance(bfs.farthest());
    }
}
