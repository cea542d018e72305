package io.dfloverlay.spectral;

/**
 * A reusable statement about the adjacency spectrum of a graph: enough to decide honestly whether
 * it is Ramanujan within a tolerance. Two-sided always: {@code lambda = max(|μ2|, |μn|)}, so a
 * bipartite graph ({@code μn = −d}) is never certified (unlike one-sided checks): right for gossip,
 * where the eigenvalue −d is an oscillating mode. For bipartite graphs (hypercubes, LPS graphs over
 * PGL(2, q)) the certificate also says whether the spectrum without ±d meets the bipartite
 * Ramanujan bound ({@link #isBipartiteRamanujan}) and what the −d mode does to gossip
 * ({@link #rhoRandomWalk}, {@link #rhoUniform}, {@link #rhoLazy}).
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

    /**
     * Whether the graph is a bipartite Ramanujan graph: regular, connected, bipartite, converged,
     * and every eigenvalue other than ±d has {@code |μ| + errorBound <= 2√(d−1) + tolerance}. The
     * spectrum of a bipartite graph is symmetric, so that is {@code |μ2|}.
     *
     * @param tolerance accepted excess, finite and {@code >= 0}
     * @return whether the non-trivial spectrum meets the bipartite Ramanujan bound
     * @throws IllegalArgumentException if {@code tolerance} is negative or not finite
     */
    public boolean isBipartiteRamanujan(double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance))
            throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tolerance);
        return regular && connected && bipartite && converged && d >= 2
                && Math.abs(mu2) + errorBound <= ramanujanBound + tolerance;
    }

    /**
     * ρ of the simple random walk {@code W = A/d} of a regular graph: 1 for a bipartite graph
     * (−1 is an eigenvalue: gossip oscillates and never converges).
     *
     * @return {@code max(|μ2|, |μn|)/d}, NaN if irregular
     */
    public double rhoRandomWalk() {
        return regular && d > 0 ? Math.max(Math.abs(mu2), Math.abs(muN)) / d : Double.NaN;
    }

    /**
     * ρ(W) of uniform weights {@code W = (A + I)/(d + 1)} of a regular graph. On a bipartite graph
     * the −d mode alone gives {@code (d − 1)/(d + 1)}, however good {@code μ2} is.
     *
     * @return {@code max(|μ2 + 1|, |μn + 1|)/(d + 1)}, NaN if irregular
     */
    public double rhoUniform() {
        return regular ? Math.max(Math.abs(mu2 + 1), Math.abs(muN + 1)) / (d + 1) : Double.NaN;
    }

    /**
     * ρ(W) of lazy uniform weights {@code (I + W)/2} of a regular graph: every eigenvalue moved
     * into [0, 1], so no oscillating mode is left.
     *
     * @return {@code max(|1 + (μ + 1)/(d + 1)|/2)} over μ2 and μn, NaN if irregular
     */
    public double rhoLazy() {
        if (!regular) return Double.NaN;
        double s = 1.0 / (d + 1);
        return Math.max(Math.abs(1 + (mu2 + 1) * s), Math.abs(1 + (muN + 1) * s)) / 2;
    }
}
