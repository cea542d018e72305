package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;

/**
 * Undirected circulant graphs {@code C_n(S)}: {@code i ~ i ± s (mod n)} for each shift {@code s}
 * in S. Shifts {@code s} and {@code n − s} give the same edges and are merged, so the graph is
 * simple and vertex-transitive, hence regular. {@code O(n |S|)} time.
 */
final class CirculantGraphs {
    private CirculantGraphs() {}

    /**
     * The circulant graph on {@code n >= 2} nodes with the given shifts, each in {@code [1, n−1]}.
     * Its degree is the number of distinct residues {@code ±s mod n}.
     */
    static Graph circulant(int n, int[] shifts) {
        boolean[] seen = new boolean[n / 2 + 1];
        int distinct = 0;
        for (int s : shifts) {
            if (s < 1 || s >= n) throw new IllegalArgumentException("shift " + s + " out of range [1, " + (n - 1) + "]");
            int t = Math.min(s, n - s);
            if (!seen[t]) {
                seen[t] = true;
                distinct++;
            }
        }
        GraphBuilder b = new GraphBuilder(n, (long) n * distinct);
        for (int t = 1; t <= n / 2; t++) {
            if (!seen[t]) continue;
            // For t = n/2 the edge {i, i+t} is the same from both ends: add it once.
            int count = 2 * t == n ? t : n;
            for (int i = 0; i < count; i++) b.addEdge(i, (i + t) % n);
        }
        return b.build();
    }
}
