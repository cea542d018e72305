package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.random.RandomGenerator;

/**
 * The complete graph {@code K_n}: {@code (n−1)}-regular, {@code n(n−1)/2} edges; with uniform
 * weights {@code W = J} (exact averaging in one round), the communication-heavy ideal.
 * Deterministic, {@code O(n²)} time and memory.
 */
public final class CompleteGraphGenerator implements GraphGenerator {
    /** Largest n whose {@code n(n−1)} adjacency entries fit one {@code int[]}. */
    public static final int MAX_NODES = 46_000;

    private final int n;

    /**
     * A generator of {@code K_n}.
     *
     * @param n number of nodes, {@code 1..MAX_NODES}
     * @throws IllegalArgumentException if {@code n < 1} or {@code n > MAX_NODES}
     */
    public CompleteGraphGenerator(int n) {
        if (n < 1 || n > MAX_NODES)
            throw new IllegalArgumentException("complete graph needs 1 <= n <= " + MAX_NODES + ", got n=" + n);
        this.n = n;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        GraphBuilder b = new GraphBuilder(n, (long) n * (n - 1) / 2);
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) b.addEdge(u, v);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "complete(n=" + n + ")";
    }
}
