package io.dfloverlay.spectral.solver;

/**
 * Computes the two ends of the spectrum of a symmetric operator on the orthogonal complement of a
 * known eigenvector (deflation), or on the whole space. Numerical non-convergence is reported by
 * {@link SpectrumEnds#converged()}; only bad arguments throw. Implementations:
 * {@link DenseSymmetricEigenSolver} (all eigenvalues, small n) and {@link LanczosEigenSolver}
 * (sparse, large n); {@link EigenSolvers} picks one by size.
 */
public interface SymmetricEigenSolver {
    /**
     * Largest and smallest eigenvalue of {@code op} on the complement of {@code deflate}.
     *
     * @param op      the operator, dimension {@code >= 2}
     * @param deflate an eigenvector of {@code op} to project out (not necessarily normalized), or
     *                {@code null} for the whole space
     * @return both ends with their error bound and convergence flag
     * @throws IllegalArgumentException if the dimension is below 2, or {@code deflate} has the
     *                                  wrong length or is zero
     */
    SpectrumEnds extremes(SymmetricOperator op, double[] deflate);
}
