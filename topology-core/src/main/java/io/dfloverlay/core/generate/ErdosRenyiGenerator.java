package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.random.RandomGenerator;

/**
 * Erdős–Rényi random graphs: {@code G(n, p)} (each of the {@code n(n-1)/2} pairs is an edge
 * independently with probability {@code p}) or, via {@link #withEdges}, {@code G(n, m)} (a
 * uniformly random set of exactly {@code m} edges).
 *
 * <p><b>G(n, p) algorithm:</b> geometric skipping over the pairs in row order, drawing only one
 * random number per edge (Batagelj &amp; Brandes, "Efficient generation of large random networks",
 * Phys. Rev. E 71, 036113, 2005), {@code O(n + m)} expected time. <b>G(n, m):</b> {@code m}
 * distinct pair indices drawn by rejection into a hash set (or the {@code N - m} excluded ones when
 * {@code m > N/2}), {@code O(n + m)} expected time and about {@code 16 min(m, N-m)} extra bytes.
 * Immutable and thread-safe; output depends only on the given generator.
 */
public final class ErdosRenyiGenerator implements GraphGenerator {

    private final int n;
    private final double p;
    private final long m; // -1 for G(n, p)

    /**
     * A {@code G(n, p)} generator.
     *
     * @param n number of nodes, {@code >= 1}
     * @param p probability of each edge, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code n < 1}, {@code p} is outside {@code [0, 1]}, or the
     *     expected edge count {@code p n(n-1)/2} is too large for one array
     */
    public ErdosRenyiGenerator(int n, double p) {
        this(n, p, -1);
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("p must be in [0, 1], got p=" + p);
        double expected = p * pairs(n);
        if (expected + 6 * Math.sqrt(expected) > ArrayLimits.MAX_EDGES)
            throw new IllegalArgumentException("expected edge count p*n(n-1)/2 = " + (long) expected
                    + " is too large (at most about " + ArrayLimits.MAX_EDGES + " edges fit)");
    }

    private ErdosRenyiGenerator(int n, double p, long m) {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got n=" + n);
        this.n = n;
        this.p = p;
        this.m = m;
    }

    /**
     * A {@code G(n, m)} generator: uniform over graphs with exactly {@code m} edges.
     *
     * @param n number of nodes, {@code >= 1}
     * @param m number of edges, {@code 0..n(n-1)/2}
     * @return the generator
     * @throws IllegalArgumentException if {@code n < 1}, {@code m < 0}, {@code m > n(n-1)/2},
     *     {@code m} is too large for one array, or {@code min(m, n(n-1)/2 - m) > 2^29}
     */
    public static ErdosRenyiGenerator withEdges(int n, long m) {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got n=" + n);
        long pairs = pairs(n);
        if (m < 0 || m > pairs)
            throw new IllegalArgumentException("m must be in [0, n(n-1)/2 = " + pairs + "], got n=" + n + ", m=" + m);
        if (m > ArrayLimits.MAX_EDGES) throw new IllegalArgumentException("m must be <= " + ArrayLimits.MAX_EDGES + ", got m=" + m);
        if (Math.min(m, pairs - m) > ArrayLimits.MAX_HASHED_KEYS)
            throw new IllegalArgumentException("G(n, m) sampling needs min(m, n(n-1)/2 - m) <= " + ArrayLimits.MAX_HASHED_KEYS
                    + ", got n=" + n + ", m=" + m);
        return new ErdosRenyiGenerator(n, Double.NaN, m);
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        return m < 0 ? gnp(rng) : gnm(rng);
    }

    private Graph gnp(RandomGenerator rng) {
        double expected = p * pairs(n);
        GraphBuilder b = new GraphBuilder(n, (long) Math.min(ArrayLimits.MAX_EDGES, expected + 6 * Math.sqrt(expected) + 16));
        if (p == 0) return b.build();
        double logq = Math.log1p(-p); // -infinity for p = 1: every skip is 0
        long v = 1, w = -1;
        while (v < n) {
            double skip = Math.floor(Math.log1p(-rng.nextDouble()) / logq);
            w += 1 + (long) Math.min(skip, 1e18);
            while (w >= v && v < n) {
                w -= v;
                v++;
            }
            if (v < n) b.addEdge((int) v, (int) w);
        }
        return b.build();
    }

    private Graph gnm(RandomGenerator rng) {
        long total = pairs(n);
        GraphBuilder b = new GraphBuilder(n, m);
        if (m > total / 2) {
            // draw the N - m missing pairs, then add every other pair: O(N) = O(m) here
            LongHashSet excluded = new LongHashSet(total - m);
            while (excluded.size() < total - m) excluded.add(rng.nextLong(total));
            for (int v = 1; v < n; v++) {
                long base = (long) v * (v - 1) / 2;
                for (int w = 0; w < v; w++) if (!excluded.contains(base + w)) b.addEdge(v, w);
            }
            return b.build();
        }
        LongHashSet chosen = new LongHashSet(m);
        while (chosen.size() < m) {
            long t = rng.nextLong(total);
            if (chosen.add(t)) {
                // pair index t = v(v-1)/2 + w with 0 <= w < v
                long v = (long) ((1 + Math.sqrt(1 + 8.0 * t)) / 2);
                while (v * (v - 1) / 2 > t) v--;
                while ((v + 1) * v / 2 <= t) v++;
                b.addEdge((int) v, (int) (t - v * (v - 1) / 2));
            }
        }
        return b.build();
    }

    private static long pairs(int n) {
        return (long) n * (n - 1) / 2;
    }

    @Override
    public String toString() {
        return m < 0 ? "ErdosRenyiGenerator[n=" + n + ", p=" + p + "]" : "ErdosRenyiGenerator[n=" + n + ", m=" + m + "]";
    }
}
