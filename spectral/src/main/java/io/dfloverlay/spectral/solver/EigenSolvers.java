package io.dfloverlay.spectral.solver;

/**
 * Factory of {@link SymmetricEigenSolver}s and the size rule of the automatic choice: dense
 * (two-stage tridiagonalization + QL) up to {@link #DENSE_MAX_AUTO}, Lanczos above.
 */
public final class EigenSolvers {
    /**
     * Largest dimension for which the automatic choice is dense. Dense gives every eigenvalue at
     * machine precision; above this size Lanczos is much faster (see docs/benchmarks.md).
     */
    public static final int DENSE_MAX_AUTO = 200;

    /**
     * Smallest dimension from which our two-stage dense solver beats EJML's symmetric QR: EJML is
     * faster below (about 2× at n = 200-400: fewer, simpler kernels), ours above (1.7× at 1000,
     * 4.3× at 2000; docs/benchmarks.md).
     */
    public static final int TWO_STAGE_MIN = 800;

    private EigenSolvers() {}

    /**
     * The faster dense solver for dimension {@code n}: EJML below {@link #TWO_STAGE_MIN} (ours where
     * EJML's QR does not converge, as on complete bipartite graphs), ours from there.
     *
     * @param n the dimension
     * @return the dense solver
     */
    public static DenseEigenSolver fastestDense(int n) {
        return n < TWO_STAGE_MIN ? new FallbackDenseSolver(ejml(), dense()) : dense();
    }

    /**
     * Whether the automatic choice for dimension {@code n} is dense.
     *
     * @param n the dimension
     * @return {@code n <= DENSE_MAX_AUTO}
     */
    public static boolean useDense(int n) {
        return n <= DENSE_MAX_AUTO;
    }

    /**
     * The default dense solver (two-stage tridiagonalization + rational QL).
     *
     * @return a {@link DenseSymmetricEigenSolver}
     */
    public static DenseEigenSolver dense() {
        return new DenseSymmetricEigenSolver();
    }

    /**
     * EJML's dense symmetric solver, the reference.
     *
     * @return an {@link EjmlEigenSolver}
     */
    public static DenseEigenSolver ejml() {
        return new EjmlEigenSolver();
    }

    /**
     * A Lanczos solver with relative tolerance {@code tolerance} and up to 20000 products.
     *
     * @param tolerance relative accuracy of both ends
     * @return the solver
     * @throws IllegalArgumentException if {@code tolerance} is not in {@code (0, 1)}
     */
    public static LanczosEigenSolver lanczos(double tolerance) {
        return new LanczosEigenSolver(tolerance, 20_000, 1L);
    }
}
