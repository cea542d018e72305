package io.dfloverlay.spectral;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.SplittableRandom;

/** Small graphs for tests, built with GraphBuilder (explicit generators live on other branches). */
public final class TestGraphs {
    private TestGraphs() {}

    /** Random d-regular simple graph: stub pairing with local rejection and restarts (Steger–Wormald style). */
    public static Graph randomRegular(int n, int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int attempt = 0; attempt < 1000; attempt++) {
            Graph g = tryPairing(n, d, rng);
            if (g != null) return g;
        }
        throw new IllegalStateException("pairing failed n=" + n + " d=" + d);
    }

    private static Graph tryPairing(int n, int d, SplittableRandom rng) {
        int[] stubs = new int[n * d];
        for (int i = 0; i < stubs.length; i++) stubs[i] = i / d;
        int left = stubs.length;
        GraphBuilder b = new GraphBuilder(n, (long) n * d / 2);
        java.util.HashSet<Long> edges = new java.util.HashSet<>();
        int fails = 0;
        while (left > 0) {
            int i = rng.nextInt(left), j = rng.nextInt(left);
            int u = stubs[i], v = stubs[j];
            long key = (long) Math.min(u, v) * n + Math.max(u, v);
            if (i == j || u == v || edges.contains(key)) {
                if (++fails > 100 * d + 1000) return null;
                continue;
            }
            edges.add(key);
            b.addEdge(u, v);
            int hi = Math.max(i, j), lo = Math.min(i, j);
            stubs[hi] = stubs[--left];
            stubs[lo] = stubs[--left];
        }
        return b.build();
    }

    /** Cycle C_n. */
    public static Graph ring(int n) {
        GraphBuilder b = new GraphBuilder(n);
        for (int i = 0; i < n; i++) b.addEdge(i, (i + 1) % n);
        return b.build();
    }

    /** Complete graph K_n. */
    public static Graph complete(int n) {
        GraphBuilder b = new GraphBuilder(n);
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) b.addEdge(i, j);
        return b.build();
    }

    /** Complete bipartite K_{a,b}. */
    public static Graph completeBipartite(int a, int c) {
        GraphBuilder b = new GraphBuilder(a + c);
        for (int i = 0; i < a; i++) for (int j = 0; j < c; j++) b.addEdge(i, a + j);
        return b.build();
    }

    /** Hypercube Q_k on 2^k nodes. */
    public static Graph hypercube(int k) {
        int n = 1 << k;
        GraphBuilder b = new GraphBuilder(n);
        for (int v = 0; v < n; v++) for (int bit = 0; bit < k; bit++) if ((v ^ (1 << bit)) > v) b.addEdge(v, v ^ (1 << bit));
        return b.build();
    }

    /** The Petersen graph. */
    public static Graph petersen() {
        GraphBuilder b = new GraphBuilder(10);
        for (int i = 0; i < 5; i++) {
            b.addEdge(i, (i + 1) % 5);
            b.addEdge(i, i + 5);
            b.addEdge(5 + i, 5 + (i + 2) % 5);
        }
        return b.build();
    }

    /** Paley graph on a prime q ≡ 1 (mod 4): i ~ j iff i − j is a nonzero square mod q. */
    public static Graph paley(int q) {
        boolean[] square = new boolean[q];
        for (int x = 1; x < q; x++) square[(int) ((long) x * x % q)] = true;
        GraphBuilder b = new GraphBuilder(q);
        for (int i = 0; i < q; i++) for (int j = i + 1; j < q; j++) if (square[j - i]) b.addEdge(i, j);
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
}
