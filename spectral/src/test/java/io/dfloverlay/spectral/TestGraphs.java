package io.dfloverlay.spectral;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.SplittableRandom;

/** Small graphs for tests that topology-core has no generator or fixture for (see {@code FixtureGraphs}). */
public final class TestGraphs {
    private TestGraphs() {}

    /** A connected random d-regular graph from topology-core's generator. */
    public static Graph randomRegular(int n, int d, long seed) {
        return new RandomRegularGenerator(n, d, true).generate(new SplittableRandom(seed));
    }

    /** Erdős–Rényi G(n, p). */
    public static Graph gnp(int n, double p, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        GraphBuilder b = new GraphBuilder(n);
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) if (rng.nextDouble() < p) b.addEdge(i, j);
        return b.build();
    }

    /** Complete bipartite K_{a,c}. */
    public static Graph completeBipartite(int a, int c) {
        GraphBuilder b = new GraphBuilder(a + c);
        for (int i = 0; i < a; i++) for (int j = 0; j < c; j++) b.addEdge(i, a + j);
        return b.build();
    }

    /** Two disjoint copies of {@code g}. */
    public static Graph twoCopies(Graph g) {
        int n = g.numNodes();
        GraphBuilder b = new GraphBuilder(2 * n);
        g.forEachEdge((u, v) -> {
            b.addEdge(u, v);
            b.addEdge(u + n, v + n);
        });
        return b.build();
    }

    /** Bipartite double cover {@code g × K2}: nodes (v, side), edges (u,0)-(v,1) and (v,0)-(u,1). */
    public static Graph doubleCover(Graph g) {
        int n = g.numNodes();
        GraphBuilder b = new GraphBuilder(2 * n);
        g.forEachEdge((u, v) -> {
            b.addEdge(u, v + n);
            b.addEdge(v, u + n);
        });
        return b.build();
    }

    /** {@code g} without the edges {@code {u, v}} for which {@code (u + v) % k == 0}. */
    public static Graph thinned(Graph g, int k) {
        GraphBuilder b = new GraphBuilder(g.numNodes());
        g.forEachEdge((u, v) -> {
            if ((u + v) % k != 0) b.addEdge(u, v);
        });
        return b.build();
    }
}
