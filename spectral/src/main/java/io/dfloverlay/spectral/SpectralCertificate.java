package io.dfloverlay.spectral;

/**
 * A reusable statement about the adjacency spectrum of a graph: enough to decide honestly whether
 * it is Ramanujan within a tolerance. Two-sided always: {@code lambda = max(|μ2|, |μn|)}, so a
 * bipartite graph ({@code μn = −d}) is never certified (unlike one-sided checks).
 *
 * @param n              number of nodes
 * @param d              the degree (maximum degree if the graph is irregular)
 * @param regular        whether every node has degree {@code d}
 * @param connected      whether the graph is connected
 * @param bipartite      whether the graph is bipartite (exact, by 2-colouring)
 * @param mu2            second largest adjacency eigenvalue μ2
 * @param muN            smallest adjacency eigenvalue μn
 * @param lambda         two-sided {@code max(|μ2|, |μn|)}
 * @param ramanujanBound {@code 2√(d−1)}
 * @param margin         {@code ramanujanBound − lambda} (positive: below the bound)
 * @param method         solver that produced the eigenvalues
 * @param errorBound     bound on the absolute error of μ2 and μn, from residual norms
 * @param converged      whether the solver reached its tolerance
 */
public record SpectralCertificate(int n, int d, boolean regular, boolean connected, boolean bipartite, double mu2,
        double muN, double lambda, double ramanujanBound, double margin, String method, double errorBound,
        boolean converged) {
    /** Validates the fields. */
    public SpectralCertificate {
        if (n < 2) throw new IllegalArgumentException("n must be >= 2, got " + n);
        if (d < 0) throw new IllegalArgumentException("d must be >= 0, got " + d);
        if (method == null) throw new IllegalArgumentException("method is null");
        if (!(errorBound >= 0)) throw new IllegalArgumentException("errorBound must be >= 0, got " + errorBound);
    }

    /** {@code 2√(d−1)}, the Ramanujan bound for degree {@code d >= 1}. */
    public static double ramanujanBound(int d) {
        if (d < 1) throw new IllegalArgumentException("d must be >= 1, got " + d);
        return 2 * Math.sqrt(d - 1.0);
    }

    /**
     * Whether the graph is certified Ramanujan: regular, connected, not bipartite, the solver
     * converged, and {@code lambda + errorBound <= ramanujanBound + tolerance}.
     *
     * @throws IllegalArgumentException if {@code tolerance} is negative or not finite
     */
    public boolean isRamanujan(double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance))
            throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tolerance);
        return regular && connected && !bipartite && converged && d >= 2 && lambda + errorBound <= ramanujanBound + tolerance;
    }

    /** {@code λ / 2√(d−1)}: below 1 for Ramanujan graphs. */
    public double ratio() {
        return lambda / ramanujanBound;
    }
}
