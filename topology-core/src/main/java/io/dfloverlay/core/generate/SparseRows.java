package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GrowableEdgeList;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.Arrays;

/**
 * Accumulates the entries of a sparse n × n matrix row by row (repeated entries are summed) and
 * converts it to a {@link MixingMatrix} or to the undirected simple graph of its off-diagonal
 * support. Meant for per-round matrices with a few entries per row. Not thread-safe.
 */
final class SparseRows {
    private final int[][] cols;
    private final double[][] vals;
    private final int[] sizes;

    SparseRows(int n) {
        cols = new int[n][];
        vals = new double[n][];
        sizes = new int[n];
    }

    int size() {
        return sizes.length;
    }

    /** Adds {@code value} to entry {@code (i, j)}. */
    void add(int i, int j, double value) {
        int[] c = cols[i];
        int s = sizes[i];
        for (int k = 0; k < s; k++) {
            if (c[k] == j) {
                vals[i][k] += value;
                return;
            }
        }
        if (c == null || s == c.length) {
            int cap = c == null ? 4 : 2 * c.length;
            cols[i] = c = c == null ? new int[cap] : Arrays.copyOf(c, cap);
            vals[i] = vals[i] == null ? new double[cap] : Arrays.copyOf(vals[i], cap);
        }
        c[s] = j;
        vals[i][s] = value;
        sizes[i] = s + 1;
    }

    /** Rows with no entry get a 1 on the diagonal (the node keeps its value that round). */
    void fillEmptyRowsWithIdentity() {
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] == 0) add(i, i, 1.0);
        }
    }

    MixingMatrix toMatrix() {
        int n = sizes.length;
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) offsets[i + 1] = offsets[i] + sizes[i];
        int[] c = new int[offsets[n]];
        double[] v = new double[offsets[n]];
        for (int i = 0; i < n; i++) {
            int s = sizes[i];
            if (s == 0) continue;
            // Insertion sort of the (short) row by column.
            int base = offsets[i];
            for (int k = 0; k < s; k++) {
                int col = cols[i][k];
                double val = vals[i][k];
                int t = base + k - 1;
                while (t >= base && c[t] > col) {
                    c[t + 1] = c[t];
                    v[t + 1] = v[t];
                    t--;
                }
                c[t + 1] = col;
                v[t + 1] = val;
            }
        }
        return new MixingMatrix(offsets, c, v);
    }

    /** The undirected simple graph with an edge {i, j} wherever (i, j) or (j, i) holds a non-zero entry, i ≠ j. */
    static Graph supportGraph(MixingMatrix w) {
        int n = w.size();
        var edges = new GrowableEdgeList(w.numStored(), MultigraphSimplifier.MAX_EDGES);
        for (int i = 0; i < n; i++) {
            for (int k = w.rowStart(i), end = w.rowStart(i + 1); k < end; k++) {
                if (w.column(k) != i && w.value(k) != 0.0) edges.add(i, w.column(k));
            }
        }
        return MultigraphSimplifier.simplify(n, edges);
    }
}
