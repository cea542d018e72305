package io.dfloverlay.spectral.search;

import io.dfloverlay.core.labelskew.LabelHistograms;

/**
 * The closed-neighbourhood label sums of a d-regular graph under switches, with each node's TV skew
 * and the exact change of their mean for a candidate switch in O(K); the mean equals
 * {@link io.dfloverlay.core.labelskew.LabelSkew#neighbourhoodSkew}. Not thread-safe.
 */
final class NeighbourhoodMixes {
    private final double[][] pi;
    private final double[] global;
    private final double[][] sum;
    private final double[] skew;
    private final int d;
    private double total;
    private final double[] tmp;

    NeighbourhoodMixes(RegularSlots g, int d, LabelHistograms h) {
        this.pi = h.proportions();
        this.global = h.globalMix();
        this.d = d;
        int n = pi.length, k = global.length;
        sum = new double[n][k];
        skew = new double[n];
        tmp = new double[k];
        for (int v = 0; v < n; v++) {
            add(sum[v], pi[v], 1);
            for (int j = 0; j < d; j++) add(sum[v], pi[g.neighbor(v, j)], 1);
            skew[v] = tv(sum[v]);
            total += skew[v];
        }
    }

    /** Mean over nodes of the closed-neighbourhood TV skew. */
    double skew() {
        return total / pi.length;
    }

    /** Change of {@link #skew()} if {@code {a,b},{c,e} → {a,c},{b,e}}. */
    double delta(int a, int b, int c, int e) {
        return (change(a, b, c) + change(b, a, e) + change(c, e, a) + change(e, c, b)) / pi.length;
    }

    /** Applies the switch (the graph is switched separately). */
    void apply(int a, int b, int c, int e) {
        move(a, b, c);
        move(b, a, e);
        move(c, e, a);
        move(e, c, b);
    }

    private double change(int v, int lost, int gained) {
        for (int k = 0; k < tmp.length; k++) tmp[k] = sum[v][k] - pi[lost][k] + pi[gained][k];
        return tv(tmp) - skew[v];
    }

    private void move(int v, int lost, int gained) {
        add(sum[v], pi[lost], -1);
        add(sum[v], pi[gained], 1);
        total -= skew[v];
        skew[v] = tv(sum[v]);
        total += skew[v];
    }

    private double tv(double[] s) {
        double t = 0;
        for (int k = 0; k < s.length; k++) t += Math.abs(s[k] / (d + 1) - global[k]);
        return t / 2;
    }

    private static void add(double[] into, double[] x, double sign) {
        for (int k = 0; k < into.length; k++) into[k] += sign * x[k];
    }
}
