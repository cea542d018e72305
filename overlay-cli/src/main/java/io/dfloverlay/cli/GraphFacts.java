package io.dfloverlay.cli;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Diameter;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.SpectralReport;

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
 * @param spectrum the spectral report with uniform weights; null if not computed (too large, or no edge)
 */
record GraphFacts(int nodes, long edges, int minDegree, int maxDegree, double meanDegree, int components, Integer diameter,
        SpectralReport spectrum) {
    /** Largest graph whose diameter (all-pairs BFS, {@code O(nm)}) and spectral report are computed. */
    static final int MAX_DIAMETER_NODES = 10_000;

    static GraphFacts of(Graph g) {
        int n = g.numNodes();
        int components = Connectivity.componentCount(Connectivity.componentLabels(g));
        Integer diameter = n > MAX_DIAMETER_NODES ? null : (components > 1 ? -1 : Diameter.exact(g));
        SpectralReport spectrum = n > MAX_DIAMETER_NODES || n < 2 || g.numEdges() == 0 ? null : SpectralReport.of(g);
        return new GraphFacts(n, g.numEdges(), g.minDegree(), g.maxDegree(), n == 0 ? 0 : 2.0 * g.numEdges() / n,
                components, diameter, spectrum);
    }

    boolean regular() {
        return minDegree == maxDegree;
    }

    boolean connected() {
        return components <= 1;
    }
}
