package io.dfloverlay.spectral;

import io.dfloverlay.spectral.solver.DenseEigenSolver;
import io.dfloverlay.spectral.solver.EigenSolvers;

/**
 * Which eigen-solver {@link Spectra} and {@link SpectralReport} use. {@link #AUTO} picks by size:
 * dense up to {@link EigenSolvers#DENSE_MAX_AUTO} nodes with the faster backend there (EJML, see
 * {@link EigenSolvers#fastestDense}), Lanczos above. {@link #DENSE} is our two-stage solver, the
 * default for explicit dense solves because it is 1.7-4× faster than EJML from n = 1000 on;
 * {@link #EJML} forces EJML, the reference of the dense tests.
 */
public enum SpectralMethod {
    /** Dense (the faster backend for the size) for {@code n <= }{@link EigenSolvers#DENSE_MAX_AUTO}, Lanczos above. */
    AUTO,
    /** Dense blocked two-stage tridiagonalization + rational QL: all eigenvalues, {@code O(n^3)}. */
    DENSE,
    /** EJML's dense symmetric QR: all eigenvalues, {@code O(n^3)}; the reference. */
    EJML,
    /** Sparse Lanczos over the CSR graph: extremes only, {@code O((n + m) k)}. */
    LANCZOS;

    /**
     * Whether this method solves densely for dimension {@code n}.
     *
     * @param n the dimension
     * @return true for DENSE and EJML, for AUTO up to {@link EigenSolvers#DENSE_MAX_AUTO}
     */
    public boolean dense(int n) {
        return this == DENSE || this == EJML || (this == AUTO && EigenSolvers.useDense(n));
    }

    /**
     * The dense solver of this method for dimension {@code n}: EJML's for {@link #EJML}, ours for
     * {@link #DENSE}, the faster one for the size otherwise.
     *
     * @param n the dimension
     * @return the dense solver
     */
    public DenseEigenSolver denseSolver(int n) {
        return switch (this) {
            case EJML -> EigenSolvers.ejml();
            case DENSE -> EigenSolvers.dense();
            default -> EigenSolvers.fastestDense(n);
        };
    }
}
