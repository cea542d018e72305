package io.dfloverlay.spectral.solver;

/**
 * The two ends of a spectrum: the largest and smallest eigenvalue of a symmetric operator
 * restricted to a subspace (the orthogonal complement of a deflated vector, or the whole space),
 * as computed by a {@link SymmetricEigenSolver}, with an error bound. The one type for "ends of a
 * spectrum" in this project: for an adjacency matrix with its top eigenvector deflated it holds
 * {@code μ2} and {@code μn}; for a Laplacian with the all-ones vector deflated {@code λn(L)} and
 * {@code λ2(L)}; for a doubly stochastic W the second and last eigenvalue.
 *
 * @param largest      largest eigenvalue estimate
 * @param smallest     smallest eigenvalue estimate
 * @param errorBound   bound on the distance of each estimate to an eigenvalue (residual norm;
 *                     a few ulps of the norm for a dense direct solve)
 * @param converged    whether the requested tolerance was reached; {@code false} means the
 *                     iteration budget ran out and the estimates are the best available
 * @param iterations   matrix-vector products used (0 for dense)
 * @param method       name of the algorithm, e.g. {@code dense-two-stage-ql} or {@code lanczos}
 */
public record SpectrumEnds(double largest, double smallest, double errorBound, boolean converged, int iterations,
        String method) {
    /** Validates the ordering and the bound. */
    public SpectrumEnds {
        if (!(largest >= smallest)) throw new IllegalArgumentException("largest " + largest + " < smallest " + smallest);
        if (!(errorBound >= 0)) throw new IllegalArgumentException("errorBound must be >= 0, got " + errorBound);
        if (method == null) throw new IllegalArgumentException("method is null");
    }

    /**
     * The two-sided value {@code max(|largest|, |smallest|)}: λ(A) for the non-trivial adjacency
     * spectrum, ρ(W) for the non-trivial spectrum of a mixing matrix.
     *
     * @return {@code max(|largest|, |smallest|)}
     */
    public double twoSided() {
        return Math.max(Math.abs(largest), Math.abs(smallest));
    }

    /**
     * The same ends under the increasing affine map {@code x -> a + b x} ({@code b > 0}); the error
     * bound scales by {@code b}. Used for spectra known in closed form from another one (e.g. a
     * d-regular graph's {@code W = (A + I)/(d + 1)} from A).
     *
     * @param a    offset
     * @param b    positive scale
     * @param name method name of the result
     * @return the mapped ends
     * @throws IllegalArgumentException if {@code b} is not positive
     */
    public SpectrumEnds map(double a, double b, String name) {
        if (!(b > 0)) throw new IllegalArgumentException("scale must be positive, got " + b);
        return new SpectrumEnds(a + b * largest, Math.min(a + b * smallest, a + b * largest), b * errorBound, converged,
                iterations, name);
    }

    /**
     * The ends of {@code c − M} for this spectrum of M (largest and smallest swap), e.g. the
     * Laplacian {@code dI − A} of a d-regular graph.
     *
     * @param c    the shift
     * @param name method name of the result
     * @return the ends of {@code c − M}
     */
    public SpectrumEnds reflect(double c, String name) {
        return new SpectrumEnds(c - smallest, c - largest, errorBound, converged, iterations, name);
    }
}
