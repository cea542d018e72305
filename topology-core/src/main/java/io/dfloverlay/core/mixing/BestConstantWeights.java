package io.dfloverlay.core.mixing;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import java.util.Objects;

/**
 * Best constant edge weights {@code W = I − αL} with {@code α = 2/(λ2(L) + λn(L))}, the constant
 * that minimizes {@code ρ(W)} among all {@code I − αL} (Xiao and Boyd, "Fast linear iterations for
 * distributed averaging", Systems &amp; Control Letters 53, 2004, Sec. 4.1). Then
 * {@code ρ(W) = (λn − λ2)/(λn + λ2)}. W is symmetric and doubly stochastic but its diagonal
 * {@code 1 − α d_i} can be negative on irregular graphs.
 *
 * <p>Cost is that of the {@link LaplacianExtremes} solver (the spectral module's
 * {@code SparseLaplacianExtremes}: one Lanczos run) plus {@code O(n + m)}. Deterministic.
 */
public final class BestConstantWeights implements MixingWeights {
    private final LaplacianExtremes solver;

    /**
     * Uses {@code solver} for {@code λ2(L)} and {@code λn(L)}.
     *
     * @param solver computes the Laplacian extremes, e.g. the spectral module's sparse solver for large graphs
     */
    public BestConstantWeights(LaplacianExtremes solver) {
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    /**
     * The step {@code α = 2/(λ2 + λn)} for {@code g}.
     *
     * @param g a connected graph with at least 2 nodes
     * @return {@code α}, positive
     * @throws IllegalArgumentException if {@code g} has fewer than 2 nodes or is disconnected
     */
    public double alpha(Graph g) {
        int n = g.numNodes();
        if (n < 2) throw new IllegalArgumentException("best-constant weights need at least 2 nodes, got " + n);
        if (!Connectivity.isConnected(g))
            throw new IllegalArgumentException("best-constant weights need a connected graph (λ2(L) = 0), got "
                    + Connectivity.componentCount(Connectivity.componentLabels(g)) + " components");
        double[] ext = solver.algebraicConnectivityAndLargest(g);
        double l2 = ext[0], ln = ext[1];
        if (!(l2 > 1e-12 * Math.max(1.0, ln)))
            throw new IllegalArgumentException("algebraic connectivity λ2(L) = " + l2 + " is not positive: graph disconnected?");
        return 2.0 / (l2 + ln);
    }

    @Override
    public MixingMatrix of(Graph g) {
        if (g.numNodes() <= 1) return GraphWeighting.withSelfWeight(g, (i, j) -> 0.0); // I (or the empty matrix)
        double a = alpha(g);
        return GraphWeighting.withSelfWeight(g, (i, j) -> a);
    }

    @Override
    public String toString() {
        return "best-constant";
    }
}
