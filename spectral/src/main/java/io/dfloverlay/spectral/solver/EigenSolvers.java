package io.dfloverlay.spectral.solver;

/**
 * Factory of {@link SymmetricEigenSolver}s choosing the implementation by dimension, as EJML's
 * {@code DecompositionFactory_DDRM} does: dense (two-stage tridiagonalization + QL) up to {@link #DENSE_MAX_AUTO}, Lanczos above.
 */
public final class EigenSolvers {
    /**
     * Largest dimension for which the automatic choice is dense. Dense gives every eigenvalue at
     * machine precision; above this size Lanczos is much faster (see docs/benchmarks.md).
     */
    public static final int DENSE_MAX_AUTO = 200;

    private EigenSolvers() {}

    /** The automatic choice for dimension {@code n} with Lanczos' default tolerance. */
    public static SymmetricEigenSolver forDimension(int n) {
        return forDimension(n, LanczosEigenSolver.DEFAULT_TOLERANCE);
    }

    /** The automatic choice for dimension {@code n}; {@code tolerance} applies to Lanczos. */
    public static SymmetricEigenSolver forDimension(int n, double tolerance) {
        return useDense(n) ? dense() : lanczos(tolerance);
    }

    /** Whether the automatic choice for dimension {@code n} is dense. */
    public static boolean useDense(int n) {
        return n <= DENSE_MAX_AUTO;
    }

    /** The dense solver (two-stage tridiagonalization + rational QL). */
    public static DenseSymmetricEigenSolver dense() {
        return new DenseSymmetricEigenSolver();
    }

    /**
     * A Lanczos solver with relative tolerance {@code tolerance} and up to 20000 products.
     *
     * @throws IllegalArgumentException if {@code tolerance} is not in {@code (0, 1)}
     */
    public static LanczosEigenSolver lanczos(double tolerance) {
        return new LanczosEigenSolver(tolerance, 20_000, 1L);
    }
}
