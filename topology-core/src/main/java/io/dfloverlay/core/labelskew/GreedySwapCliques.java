package io.dfloverlay.core.labelskew;

import io.dfloverlay.core.generate.FisherYates;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Groups nodes into cliques whose label mix is close to the global one, by D-Cliques' Greedy Swap
 * (Bellet, Kermarrec, Lavoie, MLSys 2022, Algorithm "Greedy Swap", as we recall it): start from a
 * random partition into {@code ceil(n/c)} cliques of sizes {@code floor(n/m)} or {@code ceil(n/m)};
 * then, {@code steps} times, pick two different cliques and one random node in each, and swap the
 * two nodes if that lowers the sum of the two cliques' skews. A clique's skew here is the TV
 * distance ({@link LabelSkew#setSkew}) between the mean of its members' label proportions and the
 * global mix (the paper uses the L1 distance, twice TV: the same decisions). Each step costs O(K).
 * Deterministic for a seed.
 */
public final class GreedySwapCliques {
    private final int cliqueSize;
    private final long steps;

    /**
     * A Greedy Swap clique builder.
     *
     * @param cliqueSize target clique size c, at least 2
     * @param steps swap attempts, at least 0
     * @throws IllegalArgumentException if {@code cliqueSize < 2} or {@code steps < 0}
     */
    public GreedySwapCliques(int cliqueSize, long steps) {
        if (cliqueSize < 2) throw new IllegalArgumentException("clique size must be at least 2, got " + cliqueSize);
        if (steps < 0) throw new IllegalArgumentException("steps must be at least 0, got " + steps);
        this.cliqueSize = cliqueSize;
        this.steps = steps;
    }

    /**
     * Builds the cliques.
     *
     * @param h the nodes' label histograms
     * @param rng the randomness
     * @return {@code ceil(n/c)} cliques covering every node once, members sorted
     * @throws IllegalArgumentException if there are fewer nodes than the clique size
     */
    public int[][] build(LabelHistograms h, RandomGenerator rng) {
        int n = h.numNodes();
        if (n < cliqueSize) throw new IllegalArgumentException("n must be at least the clique size " + cliqueSize + ", got " + n);
        int m = (n + cliqueSize - 1) / cliqueSize;
        double[][] p = h.proportions();
        double[] global = h.globalMix();
        int kk = global.length;
        int[] order = FisherYates.permutation(n, rng);
        int[][] cliques = new int[m][];
        double[][] sums = new double[m][kk];
        for (int c = 0, next = 0; c < m; c++) {
            int size = n / m + (c < n % m ? 1 : 0);
            cliques[c] = Arrays.copyOfRange(order, next, next + size);
            next += size;
            for (int v : cliques[c]) for (int k = 0; k < kk; k++) sums[c][k] += p[v][k];
        }
        if (m >= 2) {
            double[] a = new double[kk], b = new double[kk];
            for (long s = 0; s < steps; s++) {
                int c1 = rng.nextInt(m), c2 = rng.nextInt(m - 1);
                if (c2 >= c1) c2++;
                int i1 = rng.nextInt(cliques[c1].length), i2 = rng.nextInt(cliques[c2].length);
                int u = cliques[c1][i1], v = cliques[c2][i2];
                double before = skew(sums[c1], cliques[c1].length, global) + skew(sums[c2], cliques[c2].length, global);
                for (int k = 0; k < kk; k++) {
                    a[k] = sums[c1][k] - p[u][k] + p[v][k];
                    b[k] = sums[c2][k] - p[v][k] + p[u][k];
                }
                double after = skew(a, cliques[c1].length, global) + skew(b, cliques[c2].length, global);
                if (after < before - 1e-12) {
                    cliques[c1][i1] = v;
                    cliques[c2][i2] = u;
                    System.arraycopy(a, 0, sums[c1], 0, kk);
                    System.arraycopy(b, 0, sums[c2], 0, kk);
                }
            }
        }
        for (int[] c : cliques) Arrays.sort(c);
        return cliques;
    }

    private static double skew(double[] sum, int size, double[] global) {
        double s = 0;
        for (int k = 0; k < global.length; k++) s += Math.abs(sum[k] / size - global[k]);
        return s / 2;
    }
}
