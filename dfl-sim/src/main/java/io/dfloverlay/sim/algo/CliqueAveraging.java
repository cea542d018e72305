package io.dfloverlay.sim.algo;

import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.Arrays;

/**
 * Clique Averaging (Bellet, Kermarrec, Lavoie, D-Cliques, MLSys 2022): before its local update a
 * node replaces its gradient by the mean of its clique's gradients,
 * {@code g_i ← (1/|C(i)|) Σ_{j ∈ C(i)} ∇F_j}, so that every update follows a label-balanced
 * gradient and the inter-clique edges' weights do not bias the average. As a matrix: block
 * averaging {@code C_ij = 1/|C(i)|} for j in i's clique (nodes outside every clique keep their
 * own gradient). Each averaging costs {@code |C(i)| − 1} gradient messages per node.
 */
public final class CliqueAveraging {
    private CliqueAveraging() {}

    /**
     * The block-averaging matrix.
     *
     * @param groups disjoint cliques
     * @param n number of nodes
     * @return C, symmetric and doubly stochastic
     * @throws IllegalArgumentException if a node is out of range or in two cliques
     */
    public static MixingMatrix matrix(int[][] groups, int n) {
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int g = 0; g < groups.length; g++)
            for (int v : groups[g]) {
                if (v < 0 || v >= n) throw new IllegalArgumentException("clique " + g + " holds node " + v + ", out of range [0, " + n + ")");
                if (groupOf[v] >= 0) throw new IllegalArgumentException("node " + v + " is in two cliques");
                groupOf[v] = g;
            }
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) offsets[i + 1] = offsets[i] + (groupOf[i] < 0 ? 1 : groups[groupOf[i]].length);
        int[] cols = new int[offsets[n]];
        double[] vals = new double[offsets[n]];
        for (int i = 0; i < n; i++) {
            int[] members = groupOf[i] < 0 ? new int[] {i} : groups[groupOf[i]].clone();
            Arrays.sort(members);
            for (int k = 0; k < members.length; k++) {
                cols[offsets[i] + k] = members[k];
                vals[offsets[i] + k] = 1.0 / members.length;
            }
        }
        return new MixingMatrix(offsets, cols, vals);
    }
}
