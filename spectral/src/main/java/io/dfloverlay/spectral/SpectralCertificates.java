package io.dfloverlay.spectral;

import io.dfloverlay.core.graph.BreadthFirstSearch;
import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.solver.LanczosEigenSolver;
import io.dfloverlay.spectral.solver.SpectrumEnds;

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
        return certify(g, method, solverTolerance, Double.NaN);
    }

    /**
     * The certificate of {@code g}, solved only as far as the verdict at {@code acceptance} needs:
     * Lanczos stops once the Ramanujan bound {@code 2√(d−1) + acceptance} lies outside
     * {@code [λ_lower, λ_upper]}, where the current Ritz values give {@code λ_lower} (they lie
     * inside the spectrum) and {@code λ_upper = λ_lower + errorBound}; for a bipartite graph the
     * same test is made on μ2 alone (μn = −d is known). The tolerance still caps the work when
     * λ sits at the bound. The reported error bound is the one reached.
     *
     * @param g               a graph with at least 2 nodes and an edge
     * @param method          the solver
     * @param solverTolerance relative accuracy of Lanczos at most, in (0, 1)
     * @param acceptance      the tolerance of {@link SpectralCertificate#isRamanujan}; NaN to solve to
     *                        {@code solverTolerance}
     * @return the certificate
     * @throws IllegalArgumentException if {@code g} has fewer than 2 nodes or no edge, or the tolerance is bad
     */
    public static SpectralCertificate certify(Graph g, SpectralMethod method, double solverTolerance, double acceptance) {
        int n = g.numNodes();
        if (n < 2) throw new IllegalArgumentException("need at least 2 nodes, got " + n);
        int d = g.maxDegree();
        if (d < 1) throw new IllegalArgumentException("graph has no edges");
        double bound = SpectralCertificate.ramanujanBound(d);
        boolean bipartite = isBipartite(g);
        double limit = bound + acceptance;
        LanczosEigenSolver.EarlyStop stop = Double.isNaN(acceptance) ? null : (max, min, err) -> {
            double low = bipartite ? Math.abs(max) : Math.max(Math.abs(max), Math.abs(min));
            return low > limit || low + err <= limit;
        };
        SpectrumEnds e = Spectra.adjacency(g, method, solverTolerance, stop, new double[1]);
        boolean connected = Connectivity.isConnected(g);
        // A connected bipartite d-regular graph has μn = −d exactly (simple): no need to trust an early-stopped estimate.
        double muN = bipartite && connected && g.isRegular() ? -d : e.smallest();
        double lambda = Math.max(Math.abs(e.largest()), Math.abs(muN));
        return new SpectralCertificate(n, d, g.isRegular(), connected, bipartite, e.largest(), muN, lambda, bound,
                bound - lambda, e.method(), e.errorBound(), e.converged());
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
