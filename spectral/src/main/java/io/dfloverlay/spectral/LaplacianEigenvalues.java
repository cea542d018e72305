package io.dfloverlay.spectral;

/**
 * The Laplacian eigenvalues that matter for overlays: the algebraic connectivity {@code λ2(L)}
 * (Fiedler 1973; 0 iff disconnected) and the largest eigenvalue {@code λn(L)} of {@code L = D − A}.
 *
 * @param algebraicConnectivity {@code λ2(L)}
 * @param largest               {@code λn(L)}
 * @param method                solver name
 * @param errorBound            bound on the absolute error of both values
 * @param converged             whether the iterative solver reached its tolerance
 */
public record LaplacianEigenvalues(double algebraicConnectivity, double largest, String method, double errorBound,
        boolean converged) {
    /** Validates the ordering and the bound. */
    public LaplacianEigenvalues {
        if (!(largest >= algebraicConnectivity - 1e-9))
            throw new IllegalArgumentException("λn(L) " + largest + " < λ2(L) " + algebraicConnectivity);
        if (method == null) throw new IllegalArgumentException("method is null");
        if (!(errorBound >= 0)) throw new IllegalArgumentException("errorBound must be >= 0, got " + errorBound);
    }
}
