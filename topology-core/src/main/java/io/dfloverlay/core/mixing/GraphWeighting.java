package io.dfloverlay.core.mixing;

import io.dfloverlay.core.graph.Graph;

/** Builds the CSR of a mixing matrix whose pattern is the graph's edges plus the diagonal. */
final class GraphWeighting {
    private GraphWeighting() {}

    /** Off-diagonal weight of edge {@code (i, j)}. */
    @FunctionalInterface
    interface EdgeWeight {
        double weight(int i, int j);
    }

    /** W with the given off-diagonal weights and diagonal {@code 1 - row sum}. */
    static MixingMatrix withSelfWeight(Graph g, EdgeWeight w) {
        int n = g.numNodes();
        int[] rows = new int[n + 1];
        int nnz = (int) (2 * g.numEdges() + n);
        int[] cols = new int[nnz];
        double[] vals = new double[nnz];
        int k = 0;
        for (int i = 0; i < n; i++) {
            rows[i] = k;
            int diagAt = -1;
            double sum = 0;
            int deg = g.degree(i);
            for (int t = 0; t <= deg; t++) {
                int j = t < deg ? g.neighbor(i, t) : Integer.MAX_VALUE;
                if (diagAt < 0 && i < j) {
                    diagAt = k;
                    cols[k++] = i;
                }
                if (t < deg) {
                    double x = w.weight(i, j);
                    cols[k] = j;
                    vals[k++] = x;
                    sum += x;
                }
            }
            vals[diagAt] = 1.0 - sum;
        }
        rows[n] = k;
        return new MixingMatrix(rows, cols, vals);
    }
}
