package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.random.RandomGenerator;

/**
 * Watts–Strogatz small-world graph: a ring lattice in which each node is joined to its {@code k/2}
 * nearest neighbours on each side, after which each lattice edge is rewired with probability
 * {@code beta} (Watts &amp; Strogatz, "Collective dynamics of 'small-world' networks", Nature 393,
 * 1998).
 *
 * <p><b>Algorithm</b> (the paper's, as in NetworkX's {@code watts_strogatz_graph}): for
 * {@code j = 1..k/2}, for each node {@code u} in order, the edge {@code {u, u+j mod n}} is, with
 * probability {@code beta}, replaced by {@code {u, w}} for {@code w} uniform among nodes other than
 * {@code u} not already adjacent to it; if {@code u} is adjacent to every node the edge stays.
 * The edge count stays {@code nk/2} and every node keeps degree {@code >= k/2}; {@code beta = 0}
 * gives the {@code k}-regular ring lattice.
 *
 * <p><b>Complexity.</b> Expected {@code O(nk)} time when {@code k} is well below {@code n}
 * (rejection draws of {@code w}); an open-addressing edge set of {@code long}s uses about
 * {@code 16nk} bytes. Immutable and thread-safe; output depends only on the given generator.
 */
public final class WattsStrogatzGenerator implements GraphGenerator {
    private final int n;
    private final int k;
    private final double beta;

    /**
     * A Watts–Strogatz generator.
     *
     * @param n number of nodes, {@code n >= 1}
     * @param k lattice degree, even, {@code 0 <= k < n}
     * @param beta rewiring probability in {@code [0, 1]}
     * @throws IllegalArgumentException on any parameter outside those ranges, or more than
     *     {@code 2^29} edges
     */
    public WattsStrogatzGenerator(int n, int k, double beta) {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got n=" + n);
        if (k < 0 || k % 2 != 0) throw new IllegalArgumentException("k must be even and >= 0, got k=" + k);
        if (k >= n) throw new IllegalArgumentException("k must be < n, got n=" + n + ", k=" + k);
        if (!(beta >= 0 && beta <= 1)) throw new IllegalArgumentException("beta must be in [0, 1], got beta=" + beta);
        if ((long) n * k > ArrayLimits.MAX_ARRAY)
            throw new IllegalArgumentException("n*k must be <= " + ArrayLimits.MAX_ARRAY + ", got n*k=" + (long) n * k);
        if ((long) n * (k / 2) > ArrayLimits.MAX_HASHED_KEYS)
            throw new IllegalArgumentException("n*k/2 = " + (long) n * (k / 2) + " edges exceed the rewiring edge set's limit of "
                    + ArrayLimits.MAX_HASHED_KEYS);
        this.n = n;
        this.k = k;
        this.beta = beta;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        int half = k / 2;
        int m = n * half;
        int[] us = new int[m];
        int[] vs = new int[m];
        int[] deg = new int[n];
        LongHashSet edges = new LongHashSet(m);
        for (int j = 1, e = 0; j <= half; j++) {
            for (int u = 0; u < n; u++, e++) {
                us[e] = u;
                vs[e] = (u + j) % n;
                edges.add(key(u, vs[e]));
            }
        }
        java.util.Arrays.fill(deg, k);
        for (int e = 0; e < m; e++) {
            if (beta == 0 || rng.nextDouble() >= beta) continue;
            int u = us[e];
            if (deg[u] >= n - 1) continue;
            int w;
            do {
                w = rng.nextInt(n);
            } while (w == u || edges.contains(key(u, w)));
            edges.remove(key(u, vs[e]));
            edges.add(key(u, w));
            deg[vs[e]]--;
            deg[w]++;
            vs[e] = w;
        }
        GraphBuilder b = new GraphBuilder(n, m);
        for (int e = 0; e < m; e++) b.addEdge(us[e], vs[e]);
        return b.build();
    }

    private long key(int u, int v) {
        return u < v ? (long) u * n + v : (long) v * n + u;
    }

    @Override
    public String toString() {
        return "WattsStrogatzGenerator[n=" + n + ", k=" + k + ", beta=" + beta + "]";
    }
}
