package io.dfloverlay.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/** Checks shared by every generator's tests: structure, promised sizes and degrees, determinism. */
public final class GeneratorContract {
    /** Number of seeds each property test runs over. */
    static final int SEEDS = 200;

    private GeneratorContract() {}

    /** Seeds 0..SEEDS-1 for {@code @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")}. */
    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    /** Generates with a fresh {@link SplittableRandom} of the given seed. */
    static Graph generate(GraphGenerator gen, long seed) {
        return gen.generate(new SplittableRandom(seed));
    }

    /**
     * Rows strictly increasing (so no multi-edges), no self-loops, ids in range, every edge stored
     * in both rows, numEdges consistent with the degrees and with forEachEdge.
     */
    public static void assertSimpleSymmetric(Graph g, String ctx) {
        int n = g.numNodes();
        long degreeSum = 0;
        for (int v = 0; v < n; v++) {
            int deg = g.degree(v);
            degreeSum += deg;
            for (int k = 0; k < deg; k++) {
                int w = g.neighbor(v, k);
                if (w < 0 || w >= n) fail(ctx + ": neighbour " + w + " of " + v + " out of range");
                if (w == v) fail(ctx + ": self-loop at " + v);
                if (k > 0 && g.neighbor(v, k - 1) >= w) fail(ctx + ": row " + v + " not strictly increasing");
                if (!g.hasEdge(w, v)) fail(ctx + ": edge {" + v + ", " + w + "} not symmetric");
            }
        }
        assertEquals(degreeSum, 2 * g.numEdges(), ctx + ": degree sum vs 2m");
        long[] count = new long[1];
        g.forEachEdge((u, v) -> {
            if (u >= v) fail(ctx + ": forEachEdge gave u >= v");
            count[0]++;
        });
        assertEquals(g.numEdges(), count[0], ctx + ": forEachEdge count");
    }

    /** Simple, symmetric, {@code n} nodes, every degree {@code d}, {@code m = nd/2}. */
    static void assertRegular(Graph g, int n, int d, String ctx) {
        assertSimpleSymmetric(g, ctx);
        assertEquals(n, g.numNodes(), ctx + ": n");
        assertEquals((long) n * d / 2, g.numEdges(), ctx + ": m");
        for (int v = 0; v < n; v++) assertEquals(d, g.degree(v), ctx + ": degree of " + v);
    }

    static void assertConnected(Graph g, String ctx) {
        assertTrue(Connectivity.isConnected(g), ctx + ": not connected");
    }

    /** The same seed gives an equal graph. */
    static void assertReproducible(GraphGenerator gen, long seed) {
        assertEquals(generate(gen, seed), generate(gen, seed), gen + " seed=" + seed + ": not reproducible");
    }
}
