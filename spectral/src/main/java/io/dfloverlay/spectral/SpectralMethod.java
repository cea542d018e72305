package io.dfloverlay.spectral;

import io.dfloverlay.spectral.solver.DenseEigenSolver;
import io.dfloverlay.spectral.solver.EigenSolvers;

/**
 * Which eigen-solver {@link Spectra} and {@link SpectralReport} use. The dense default is our
 * two-stage solver because it is faster than EJML's at every size where dense is worth running
 * (docs/benchmarks.md); EJML stays selectable and is the reference of the dense tests.
 */
public enum SpectralMethod {
    /** Dense ({@link #DENSE}) for {@code n <= }{@link EigenSolvers#DENSE_MAX_AUTO}, Lanczos above. */
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
     * The dense solver of this method: EJML's for {@link #EJML}, ours otherwise.
     *
     * @return the dense solver
     */
    public DenseEigenSolver denseSolver() {
        return this == EJML ? EigenSolvers.ejml() : EigenSolvers.dense();
    }
}
