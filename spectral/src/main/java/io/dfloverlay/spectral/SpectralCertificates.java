package io.dfloverlay.spectral;

import io.dfloverlay.core.graph.BreadthFirstSearch;
import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.solver.LanczosEigenSolver;

/** Builds {@link SpectralCertificate}s. Stateless and thread-safe; deterministic. */
public final class SpectralCertificates {
    private SpectralCertificates() {}

    /** The certificate of {@code g} with the automatic method and Lanczos' default tolerance. */
    public static SpectralCertificate certify(Graph g) {
        return certify(g, SpectralMethod.AUTO, LanczosEigenSolver.DEFAULT_TOLERANCE);
    }

    /**
     * The certificate of {@code g}: adjacency extremes by {@link Spectra#adjacency(Graph, SpectralMethod, double)},
     * connectivity by BFS, bipartiteness by 2-colouring. {@code O(n + m)} plus the solver.
     *
     * @throws IllegalArgumentException if {@code g} has fewer than 2 nodes or no edge, or the tolerance is bad
     */
    public static SpectralCertificate certify(Graph g, SpectralMethod method, double solverTolerance) {
        int n = g.numNodes();
        if (n < 2) throw new IllegalArgumentException("need at least 2 nodes, got " + n);
        int d = g.maxDegree();
        if (d < 1) throw new IllegalArgumentException("graph has no edges");
        ExtremeEigenvalues e = Spectra.adjacency(g, method, solverTolerance);
        double bound = SpectralCertificate.ramanujanBound(d);
        double lambda = e.twoSided();
        return new SpectralCertificate(n, d, g.isRegular(), Connectivity.isConnected(g), isBipartite(g), e.second(),
                e.last(), lambda, bound, bound - lambda, e.method(), e.errorBound(), e.converged());
    }

    /** Whether {@code g} is bipartite, by BFS 2-colouring of every component; {@code O(n + m)}. */
    public static boolean isBipartite(Graph g) {
        int n = g.numNodes();
        boolean[] done = new boolean[n];
        BreadthFirstSearch bfs = new BreadthFirstSearch(n);
        for (int s = 0; s < n; s++) {
            if (done[s]) continue;
            // two-colour by the parity of the distance: an edge inside one layer or between layers of equal parity is odd
            for (int i = 0, r = bfs.run(g, s); i < r; i++) {
                int v = bfs.reachedAt(i);
                done[v] = true;
                for (int k = 0, deg = g.degree(v); k < deg; k++)
                    if (((bfs.distance(v) ^ bfs.distance(g.neighbor(v, k))) & 1) == 0) return false;
            }
        }
        return true;
    }

}
