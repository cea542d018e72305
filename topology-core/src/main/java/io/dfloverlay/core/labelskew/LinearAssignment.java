package io.dfloverlay.core.labelskew;

/**
 * Minimum-cost perfect matching of an n × n cost matrix (the linear assignment problem) by the
 * Hungarian method with potentials and shortest augmenting paths (Kuhn–Munkres in the O(n³) form
 * of Jonker–Volgenant / Tomizawa). Used as STL-FW's linear minimization oracle over permutation
 * matrices. Stateless.
 */
final class LinearAssignment {
    private LinearAssignment() {}

    /**
     * A permutation σ minimizing {@code Σ_i cost[i][σ(i)]}.
     *
     * @param cost an n × n matrix of finite costs
     * @return σ, {@code σ[i]} the column assigned to row i
     */
    static int[] solve(double[][] cost) {
        int n = cost.length;
        double[] u = new double[n + 1], v = new double[n + 1];
        int[] p = new int[n + 1], way = new int[n + 1];
        double[] minv = new double[n + 1];
        boolean[] used = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0], j1 = -1;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= n; j++) {
                    if (used[j]) continue;
                    double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] sigma = new int[n];
        for (int j = 1; j <= n; j++) sigma[p[j] - 1] = j - 1;
        return sigma;
    }
}
