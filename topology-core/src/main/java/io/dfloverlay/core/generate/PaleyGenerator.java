package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.random.RandomGenerator;

/**
 * The Paley graph on {@code Z_q} (Paley 1933): {@code x ~ y} iff {@code x − y} is a non-zero
 * square mod q. For a prime {@code q ≡ 1 (mod 4)}, −1 is a square, so the relation is symmetric;
 * the graph is strongly regular, {@code (q−1)/2}-regular with {@code q(q−1)/4} edges, and its
 * non-trivial adjacency eigenvalues are {@code (−1 ± √q)/2} (a near-optimal dense expander).
 * Prime powers (the field {@code F_q}) are not supported. Deterministic, {@code O(q²)} time.
 */
public final class PaleyGenerator implements GraphGenerator {
    /** Largest q accepted ({@code q(q−1)/2} adjacency entries must fit one {@code int[]}). */
    public static final int MAX_Q = 65_000;

    private final int q;

    /**
     * A generator of the Paley graph on {@code q} nodes.
     *
     * @param q number of nodes, a prime {@code ≡ 1 (mod 4)}, at most {@link #MAX_Q}
     * @throws IllegalArgumentException if q is not a prime {@code ≡ 1 (mod 4)} or exceeds {@link #MAX_Q}
     */
    public PaleyGenerator(int q) {
        if (q > MAX_Q) throw new IllegalArgumentException("paley needs q <= " + MAX_Q + ", got q=" + q);
        if (!PrimeFields.isPrime(q) || q % 4 != 1)
            throw new IllegalArgumentException("paley needs q to be a prime with q = 1 mod 4, got q=" + q);
        this.q = q;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        boolean[] square = new boolean[q];
        for (long x = 1; x < q; x++) square[(int) (x * x % q)] = true;
        GraphBuilder b = new GraphBuilder(q, (long) q * (q - 1) / 4);
        for (int u = 0; u < q; u++) {
            for (int v = u + 1; v < q; v++) {
                if (square[v - u]) b.addEdge(u, v);
            }
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "paley(q=" + q + ")";
    }
}
