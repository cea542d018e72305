package io.dfloverlay.spectral.solver;

/**
 * The largest and smallest eigenvalue of a symmetric operator restricted to a subspace (the
 * orthogonal complement of a deflated vector, or the whole space), as computed by a
 * {@link SymmetricEigenSolver}.
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
}
