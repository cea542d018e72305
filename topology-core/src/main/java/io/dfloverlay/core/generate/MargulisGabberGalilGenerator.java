package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GrowableEdgeList;
import java.util.random.RandomGenerator;

/**
 * The Margulis–Gabber–Galil expander on {@code Z_m × Z_m} (Gabber and Galil, "Explicit
 * constructions of linear-sized superconcentrators", JCSS 22, 1981), as in NetworkX's
 * {@code margulis_gabber_galil_graph}: node {@code (x, y)} (id {@code x·m + y}) is joined to
 * {@code (x + 2y, y)}, {@code (x + 2y + 1, y)}, {@code (x, y + 2x)}, {@code (x, y + 2x + 1)} (mod m)
 * and, by symmetry, to the four inverse images — an 8-regular multigraph with self-loops
 * (e.g. at {@code (0, 0)}) and parallel edges.
 *
 * <p>We return the SIMPLE graph: self-loops are dropped and parallel edges merged, so the result
 * has {@code n = m²} nodes and maximum degree at most 8; it is not regular in general (a map fixes
 * {@code (x, y)} where {@code 2y}, {@code 2y + 1}, {@code 2x} or {@code 2x + 1} is {@code ≡ 0 mod m},
 * and some images coincide), so use Metropolis–Hastings weights on it. The multigraph's second
 * adjacency eigenvalue is at most {@code 5√2 < 8} for every m (as NetworkX documents).
 * Deterministic, {@code O(m² log 8)} time.
 */
public final class MargulisGabberGalilGenerator implements GraphGenerator {
    /** Largest side length accepted ({@code 8m²} must fit one {@code int[]}). */
    public static final int MAX_SIDE = 16_000;

    private final int m;

    /**
     * A generator of the Margulis–Gabber–Galil graph on {@code m²} nodes.
     *
     * @param m side length of {@code Z_m × Z_m}, {@code 2..MAX_SIDE}
     * @throws IllegalArgumentException if {@code m < 2} or {@code m > MAX_SIDE}
     */
    public MargulisGabberGalilGenerator(int m) {
        if (m < 2 || m > MAX_SIDE)
            throw new IllegalArgumentException("margulis needs 2 <= m <= " + MAX_SIDE + ", got m=" + m);
        this.m = m;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        int n = m * m;
        var edges = new GrowableEdgeList(4L * n, MultigraphSimplifier.MAX_EDGES);
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                int v = x * m + y;
                long x2y = x + 2L * y, y2x = y + 2L * x;
                edges.add(v, (int) (x2y % m) * m + y);
                edges.add(v, (int) ((x2y + 1) % m) * m + y);
                edges.add(v, x * m + (int) (y2x % m));
                edges.add(v, x * m + (int) ((y2x + 1) % m));
            }
        }
        return MultigraphSimplifier.simplify(n, edges);
    }

    @Override
    public String toString() {
        return "margulis(m=" + m + ")";
    }
}
