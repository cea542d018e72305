package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.random.RandomGenerator;

/**
 * The star {@code K_{1,n−1}}: node 0 is the hub, joined to every other node. {@code n−1} edges,
 * hub degree {@code n−1}, leaves degree 1: the server-like (federated) baseline, diameter 2 but a
 * bottleneck hub. Deterministic, {@code O(n)} time.
 */
public final class StarGenerator implements GraphGenerator {
    private final int n;

    /**
     * A generator of the star on {@code n} nodes.
     *
     * @param n number of nodes (hub included), {@code >= 2}
     * @throws IllegalArgumentException if {@code n < 2}
     */
    public StarGenerator(int n) {
        if (n < 2) throw new IllegalArgumentException("star needs n >= 2, got n=" + n);
        this.n = n;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        GraphBuilder b = new GraphBuilder(n, n - 1L);
        for (int v = 1; v < n; v++) b.addEdge(0, v);
        return b.build();
    }

    @Override
    public String toString() {
        return "star(n=" + n + ")";
    }
}
