package io.dfloverlay.cli;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Diameter;
import io.dfloverlay.core.graph.Graph;

/**
 * The basic facts {@code overlay info} prints.
 *
 * @param nodes n
 * @param edges m
 * @param minDegree smallest degree
 * @param maxDegree largest degree
 * @param meanDegree 2m/n (0 for the empty graph)
 * @param components number of connected components
 * @param diameter exact diameter; -1 if disconnected, null if not computed (too large)
 */
record GraphFacts(int nodes, long edges, int minDegree, int maxDegree, double meanDegree, int components, Integer diameter) {
    /** Largest graph whose diameter is computed (all-pairs BFS is {@code O(nm)}). */
    static final int MAX_DIAMETER_NODES = 10_000;

    static GraphFacts of(Graph g) {
        int n = g.numNodes();
        int components = Connectivity.componentCount(Connectivity.componentLabels(g));
        Integer diameter = n > MAX_DIAMETER_NODES ? null : (components > 1 ? -1 : Diameter.exact(g));
        return new GraphFacts(n, g.numEdges(), g.minDegree(), g.maxDegree(), n == 0 ? 0 : 2.0 * g.numEdges() / n,
                components, diameter);
    }

    boolean regular() {
        return minDegree == maxDegree;
    }

    boolean connected() {
        return components <= 1;
    }
}
