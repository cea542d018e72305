package io.dfloverlay.core.mixing;

import io.dfloverlay.core.graph.Graph;

/**
 * Computes the two Laplacian eigenvalues that best-constant weights need: the algebraic
 * connectivity {@code λ2(L)} and the largest eigenvalue {@code λn(L)} of {@code L = D − A}.
 * The spectral module supplies the implementation ({@code SparseLaplacianExtremes}: dense for
 * small graphs, Lanczos for large ones).
 */
@FunctionalInterface
public interface LaplacianExtremes {
    /**
     * Returns {@code {λ2(L), λn(L)}} of the Laplacian of {@code g} (nodes {@code >= 2}).
     *
     * @param g the graph, at least 2 nodes
     * @return a two-element array: the algebraic connectivity {@code λ2(L)} (zero, up to
     *     rounding, when {@code g} is disconnected), then the largest eigenvalue {@code λn(L)}
     * @throws IllegalArgumentException if the graph is too large for this implementation
     */
    double[] algebraicConnectivityAndLargest(Graph g);
}
