package io.dfloverlay.spectral.solver;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.function.BiConsumer;

/**
 * Matrix-free operators of a graph, working on a copy of its CSR arrays ({@link CsrRows}): adjacency
 * {@code A}, Laplacian {@code L = D − A} and a mixing matrix {@code W}. Each application costs
 * {@code O(n + m)}; from {@value #PARALLEL_MIN} nodes on, the rows of {@code A} and {@code L} are
 * split in two halves of equal edge count, the second applied by a persistent helper thread
 * ({@link SecondThread}; each entry of {@code y} is computed the same way either way, so results
 * do not change). {@code A} and {@code L} are {@link RowBlockOperator}s, so Lanczos fuses its
 * vector work into their products. Stateless and thread-safe.
 */
public final class GraphOperators {
    /**
     * Number of nodes from which {@code A x} and {@code L x} use two threads: below it {@code x}
     * (8 bytes a node) stays in one core's cache and a split only adds hand-over costs (Lanczos at
     * n = 10^5: 0.35 s on one thread, 0.58 s on two; at 3 x 10^5: 2.5 vs 1.7 s; at 10^6: 10-12 vs
     * 6-9 s).
     */
    public static final int PARALLEL_MIN = 1 << 18;

    private GraphOperators() {}

    /**
     * The adjacency operator {@code y = A x}.
     *
     * @param g the graph
     * @return the operator, of dimension {@code n}; it reads {@code g} at every application
     */
    public static SymmetricOperator adjacency(Graph g) {
        CsrRows rows = CsrRows.of(g);
        return rowwise(g, rows::sums);
    }

    /**
     * The Laplacian operator {@code y = (D − A) x}.
     *
     * @param g the graph
     * @return the operator, of dimension {@code n}; it reads {@code g} at every application
     */
    public static SymmetricOperator laplacian(Graph g) {
        CsrRows rows = CsrRows.of(g);
        return rowwise(g, (x, y, from, to) -> {
            for (int v = from; v < to; v++) y[v] = rows.degree(v) * x[v] - rows.sum(x, v);
        });
    }

    /** Rows {@code [from, to)} of {@code y = M x}. */
    private interface RowAction {
        void apply(double[] x, double[] y, int from, int to);
    }

    private static SymmetricOperator rowwise(Graph g, RowAction rows) {
        return new RowwiseOperator(g.numNodes(), edgeMidpoint(g), rows);
    }

    /**
     * A sparse operator given row by row; from {@value #PARALLEL_MIN} rows on {@link #apply} gives
     * the rows from {@code halfwayRow} (halves of equal edge count) to the helper thread.
     */
    private record RowwiseOperator(int dimension, int halfwayRow, RowAction rows) implements RowBlockOperator {
        @Override
        public void apply(double[] x, double[] y) {
            int n = dimension;
            if (n < PARALLEL_MIN) rows.apply(x, y, 0, n);
            else SecondThread.shared().runBeside(() -> rows.apply(x, y, 0, halfwayRow), () -> rows.apply(x, y, halfwayRow, n));
        }

        @Override
        public void applyRows(double[] x, double[] y, int from, int to) {
            rows.apply(x, y, from, to);
        }
    }

    /** The first node {@code v} with {@code offset(v) >= offset(n) / 2}: halves of equal edge count. */
    private static int edgeMidpoint(Graph g) {
        int n = g.numNodes();
        int half = g.offset(n) / 2;
        int lo = 0, hi = n;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (g.offset(m) < half) lo = m + 1;
            else hi = m;
        }
        return lo;
    }

    /**
     * The operator {@code y = W x} of a symmetric mixing matrix.
     *
     * @param w a symmetric mixing matrix
     * @return the operator, of dimension {@code w.size()}
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
