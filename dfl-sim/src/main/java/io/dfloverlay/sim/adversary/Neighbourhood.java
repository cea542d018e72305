package io.dfloverlay.sim.adversary;

import io.dfloverlay.core.mixing.MixingMatrix;

/**
 * What one receiving node aggregates over in a gossip step: its in-neighbours in row {@code node}
 * of W (self excluded) with their weights {@code W_ij}, and its own weight {@code W_ii}.
 *
 * @param node       the receiving node (block row)
 * @param neighbours the other nodes j with a stored entry {@code W_ij}, in CSR order
 * @param weights    {@code W_ij} of each neighbour, aligned with {@code neighbours}
 * @param selfWeight {@code W_ii} (0 when not stored)
 */
public record Neighbourhood(int node, int[] neighbours, double[] weights, double selfWeight) {
    /**
     * Validates matching lengths.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public Neighbourhood {
        if (neighbours.length != weights.length)
            throw new IllegalArgumentException(neighbours.length + " neighbours but " + weights.length + " weights");
    }

    /**
     * Row {@code node} of {@code w}.
     *
     * @param w    a mixing matrix
     * @param node a row of it
     * @return the neighbourhood of {@code node}
     */
    public static Neighbourhood of(MixingMatrix w, int node) {
        int start = w.rowStart(node), end = w.rowStart(node + 1);
        int others = 0;
        for (int k = start; k < end; k++) if (w.column(k) != node) others++;
        int[] nb = new int[others];
        double[] wt = new double[others];
        double self = 0;
        int m = 0;
        for (int k = start; k < end; k++) {
            if (w.column(k) == node) {
                self = w.value(k);
            } else {
                nb[m] = w.column(k);
                wt[m++] = w.value(k);
            }
        }
        return new Neighbourhood(node, nb, wt, self);
    }

    /**
     * Number of neighbours (self excluded).
     *
     * @return the degree of the node in W
     */
    public int degree() {
        return neighbours.length;
    }

    /**
     * Sum of the neighbours' weights, {@code 1 − W_ii} for a stochastic row.
     *
     * @return {@code Σ_{j≠i} W_ij}
     */
    public double neighbourWeight() {
        double s = 0;
        for (double v : weights) s += v;
        return s;
    }
}
