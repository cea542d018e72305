package io.dfloverlay.spectral.solver;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.function.BiConsumer;

/**
 * Matrix-free operators of a graph, working directly on its CSR arrays: adjacency {@code A},
 * Laplacian {@code L = D − A} and a mixing matrix {@code W}. Each application costs
 * {@code O(n + m)}; the operators are stateless and thread-safe.
 */
public final class GraphOperators {
    private GraphOperators() {}

    /** The adjacency operator {@code y = A x}. */
    public static SymmetricOperator adjacency(Graph g) {
        return new ActionOperator(g.numNodes(), (x, y) -> {
            for (int v = 0, n = g.numNodes(); v < n; v++) {
                double s = 0;
                for (int i = g.offset(v), end = g.offset(v + 1); i < end; i++) s += x[g.neighborAt(i)];
                y[v] = s;
            }
        });
    }

    /** The Laplacian operator {@code y = (D − A) x}. */
    public static SymmetricOperator laplacian(Graph g) {
        return new ActionOperator(g.numNodes(), (x, y) -> {
            for (int v = 0, n = g.numNodes(); v < n; v++) {
                int start = g.offset(v), end = g.offset(v + 1);
                double s = (end - start) * x[v];
                for (int i = start; i < end; i++) s -= x[g.neighborAt(i)];
                y[v] = s;
            }
        });
    }

    /**
     * The operator {@code y = W x} of a symmetric mixing matrix.
     *
     * @throws IllegalArgumentException if {@code w} is not symmetric
     */
    public static SymmetricOperator mixing(MixingMatrix w) {
        if (!w.isSymmetric()) throw new IllegalArgumentException("mixing matrix is not symmetric");
        return new ActionOperator(w.size(), w::multiply);
    }

    /** An operator of fixed dimension given by its action {@code (x, y) -> y = M x}. */
    private record ActionOperator(int dimension, BiConsumer<double[], double[]> action) implements SymmetricOperator {
        @Override
        public void apply(double[] x, double[] y) {
            action.accept(x, y);
        }
    }
}
