package io.dfloverlay.spectral.solver;

/**
 * The sparse product kernel of a d-regular graph stored as flat slots (the neighbours of {@code v}
 * at {@code slots[v·d .. v·d + d)}): {@code y[v] = Σ x[u]} over those neighbours, read without row
 * offsets, in chunks of four with a pairwise sum; degree 8, the most common, is unrolled
 * completely (the same additions in the same order, so the same sums). Shared by the graph
 * operators and the near-optimal search's mutable slots. Stateless.
 */
public final class RegularRowSums {
    private RegularRowSums() {}

    /**
     * Rows {@code [from, to)} of {@code y = A x}.
     *
     * @param slots the neighbours, {@code d} per node
     * @param d     the degree, {@code >= 0}
     * @param x     the input vector
     * @param y     receives rows {@code [from, to)}
     * @param from  first row
     * @param to    one past the last row
     */
    public static void sums(int[] slots, int d, double[] x, double[] y, int from, int to) {
        int[] a = slots;
        if (d == 8) {
            for (int v = from, p = 8 * from; v < to; v++, p += 8)
                y[v] = ((x[a[p]] + x[a[p + 1]]) + (x[a[p + 2]] + x[a[p + 3]])) + ((x[a[p + 4]] + x[a[p + 5]]) + (x[a[p + 6]] + x[a[p + 7]]));
        } else {
            for (int v = from; v < to; v++) y[v] = sum(x, a, d * v, d * v + d);
        }
    }

    /** {@code Σ x[a[p]]} for {@code p} in {@code [p, end)}, in chunks of four with a pairwise sum. */
    static double sum(double[] x, int[] a, int p, int end) {
        double s = 0;
        for (; p + 3 < end; p += 4) s += (x[a[p]] + x[a[p + 1]]) + (x[a[p + 2]] + x[a[p + 3]]);
        for (; p < end; p++) s += x[a[p]];
        return s;
    }
}
