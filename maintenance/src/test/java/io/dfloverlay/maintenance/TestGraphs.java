package io.dfloverlay.maintenance;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Test-local random regular graphs by the configuration model with restarts. */
public final class TestGraphs {
    private TestGraphs() {}

    /** A near-uniform simple d-regular graph on n nodes (n*d even, d < n), Steger–Wormald style. */
    public static Graph randomRegular(int n, int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int[] stubs = new int[n * d];
            for (int i = 0; i < stubs.length; i++) stubs[i] = i / d;
            int left = stubs.length;
            Set<Long> seen = new HashSet<>();
            GraphBuilder b = new GraphBuilder(n);
            int fails = 0;
            while (left > 0 && fails < 100 * stubs.length) {
                int i = rng.nextInt(left);
                int j = rng.nextInt(left);
                int u = Math.min(stubs[i], stubs[j]);
                int v = Math.max(stubs[i], stubs[j]);
                if (i == j || u == v || seen.contains((long) u * n + v)) {
                    fails++;
                    continue;
                }
                seen.add((long) u * n + v);
                b.addEdge(u, v);
                int hi = Math.max(i, j);
                int lo = Math.min(i, j);
                stubs[hi] = stubs[--left];
                stubs[lo] = stubs[--left];
            }
            if (left == 0) return b.build();
        }
        throw new IllegalStateException("no simple pairing found for n=" + n + ", d=" + d);
    }
}
