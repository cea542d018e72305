package io.dfloverlay.spectral;

/** Which eigen-solver {@link Spectra} uses. */
public enum SpectralMethod {
    /** Dense for {@code n <= }{@link io.dfloverlay.spectral.solver.EigenSolvers#DENSE_MAX_AUTO}, Lanczos above. */
    AUTO,
    /** Dense blocked Householder tridiagonalization + QL: all eigenvalues, {@code O(n^3)}. */
    DENSE,
    /** Sparse Lanczos over the CSR graph: extremes only, {@code O((n + m) k)}. */
    LANCZOS
}
