package io.dfloverlay.spectral;

/**
 * The extreme eigenvalues of a real symmetric matrix: the largest {@code first}, the second
 * largest {@code second} and the smallest {@code last} (so {@code first >= second >= last}), with
 * the method that computed them, an upper bound on their absolute error (from residual norms; a
 * few ulps for a dense direct solve) and whether the iterative solver reached its tolerance.
 */
public record ExtremeEigenvalues(double first, double second, double last, String method, double errorBound,
        boolean converged) {
    /** Validates the ordering. */
    public ExtremeEigenvalues {
        if (!(first >= second - 1e-9 && second >= last - 1e-9))
            throw new IllegalArgumentException("eigenvalues not ordered: " + first + ", " + second + ", " + last);
        if (method == null) throw new IllegalArgumentException("method is null");
        if (!(errorBound >= 0)) throw new IllegalArgumentException("errorBound must be >= 0, got " + errorBound);
    }

    /** A converged result. */
    public ExtremeEigenvalues(double first, double second, double last, String method, double errorBound) {
        this(first, second, last, method, errorBound, true);
    }

    /**
     * Two-sided second eigenvalue {@code max(|second|, |last|)}: λ(A) for an adjacency matrix,
     * ρ(W) for a mixing matrix.
     */
    public double twoSided() {
        return Math.max(Math.abs(second), Math.abs(last));
    }
}
