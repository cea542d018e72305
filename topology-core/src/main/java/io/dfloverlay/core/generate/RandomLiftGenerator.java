package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Random {@code k}-lift (random {@code k}-fold covering) of a base graph: node {@code u} of the
 * base becomes the fibre {@code u*k .. u*k+k-1}, and each base edge {@code {u, v}} becomes the
 * perfect matching {@code {u*k+i, v*k+π(i)}} for an independent uniformly random permutation
 * {@code π} of {@code 0..k-1}.
 *
 * <p>A lift keeps every degree ({@code deg(u*k+i) = deg_base(u)}), so lifts of a {@code d}-regular
 * graph are {@code d}-regular on {@code nk} nodes with {@code mk} edges, and a lift of a simple
 * graph is simple. Its spectrum contains the base spectrum ("old" eigenvalues); the "new" ones of
 * a random lift are small with high probability, which makes lifts a route to large near-Ramanujan
 * graphs (Amit &amp; Linial, "Random graph coverings I", Combinatorica 22, 2002; Bilu &amp; Linial,
 * "Lifts, discrepancy and nearly optimal spectral gap", Combinatorica 26, 2006; Bordenave, 2015,
 * for new eigenvalues at most {@code 2√(d−1) + ε}). A lift of a connected graph may be
 * disconnected (rarely, for {@code d >= 3}).
 *
 * <p><b>Complexity.</b> {@code O(mk)} random draws and {@code O(mk log d)} to build; about
 * {@code 24mk} bytes. The base graph is immutable, so instances are thread-safe; output depends
 * only on the given generator.
 */
public final class RandomLiftGenerator implements GraphGenerator {
    private final Graph base;
    private final int k;

    /**
     * A generator of random {@code k}-lifts of {@code base}.
     *
     * @param base the graph to lift
     * @param k the fibre size (number of sheets), {@code k >= 1}
     * @throws IllegalArgumentException if {@code k < 1} or the lift has too many nodes or edges
     * @throws NullPointerException if {@code base} is null
     */
    public RandomLiftGenerator(Graph base, int k) {
        this.base = Objects.requireNonNull(base, "base graph");
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, got k=" + k);
        long nodes = (long) base.numNodes() * k;
        if (nodes > ArrayLimits.MAX_ARRAY)
            throw new IllegalArgumentException("lift has n*k = " + nodes + " nodes, more than fit in an int");
        long edges = base.numEdges() * k;
        if (edges > ArrayLimits.MAX_EDGES)
            throw new IllegalArgumentException("lift has m*k = " + edges + " edges, at most " + ArrayLimits.MAX_EDGES + " fit");
        this.k = k;
    }

    /** {@return the fibre size {@code k}} */
    public int sheets() {
        return k;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        GraphBuilder b = new GraphBuilder(base.numNodes() * k, base.numEdges() * k);
        int[] perm = new int[k];
        for (int i = 0; i < k; i++) perm[i] = i;
        base.forEachEdge((u, v) -> {
            // a Fisher–Yates shuffle of any arrangement yields a uniform permutation
            FisherYates.shuffle(perm, rng);
            for (int i = 0; i < k; i++) b.addEdge(u * k + i, v * k + perm[i]);
        });
        return b.build();
    }

    @Override
    public String toString() {
        return "RandomLiftGenerator[base=" + base + ", k=" + k + "]";
    }
}
