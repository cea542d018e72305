package io.dfloverlay.core.labelskew;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.GeneratorContract;
import io.dfloverlay.core.generate.GraphTestSupport;
import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.topology.WeightedOverlay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Structure of the inter-clique variants and of the whole D-Cliques overlay. */
class InterCliqueTest {
    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    /** m cliques of size c over nodes 0..mc-1, clique k = {kc, ..., kc+c-1}. */
    private static int[][] cliques(int m, int c) {
        int[][] out = new int[m][c];
        for (int k = 0; k < m; k++) for (int i = 0; i < c; i++) out[k][i] = k * c + i;
        return out;
    }

    /** Unordered pairs of cliques joined by an edge; fails if a pair is joined twice or an edge stays in a clique. */
    private static Set<Long> cliquePairs(List<int[]> edges, int c, int m, String ctx) {
        Set<Long> pairs = new HashSet<>();
        for (int[] e : edges) {
            int a = e[0] / c, b = e[1] / c;
            assertTrue(a != b, ctx + ": edge inside clique " + a);
            assertTrue(pairs.add((long) Math.min(a, b) * m + Math.max(a, b)), ctx + ": cliques " + a + "," + b + " joined twice");
        }
        return pairs;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ringJoinsConsecutiveCliquesOnce(long seed) {
        int m = 3 + (int) (seed % 17), c = 4;
        Set<Long> pairs = cliquePairs(InterClique.RING.link(cliques(m, c), new SplittableRandom(seed)), c, m, "seed " + seed);
        assertEquals(m, pairs.size(), "seed " + seed);
        for (int k = 0; k < m; k++) {
            int a = k, b = (k + 1) % m;
            assertTrue(pairs.contains((long) Math.min(a, b) * m + Math.max(a, b)), "seed " + seed + ": " + a + "-" + b + " missing");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fullyConnectedJoinsEveryPairOnceAndSpreadsEndpoints(long seed) {
        int m = 2 + (int) (seed % 11), c = 10;
        List<int[]> edges = InterClique.FULLY_CONNECTED.link(cliques(m, c), new SplittableRandom(seed));
        assertEquals(m * (m - 1) / 2, cliquePairs(edges, c, m, "seed " + seed).size(), "seed " + seed);
        int[] load = new int[m * c];
        for (int[] e : edges) {
            load[e[0]]++;
            load[e[1]]++;
        }
        // m-1 inter edges per clique of 10 members, least-loaded endpoints: at most ceil((m-1)/10) each
        for (int v = 0; v < load.length; v++) assertTrue(load[v] <= (m - 1 + c - 1) / c, "seed " + seed + ": node " + v + " has " + load[v]);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void smallWorldContainsTheRingAndStaysLogarithmic(long seed) {
        int m = 4 + (int) (seed * 7 % 60), c = 5;
        Set<Long> pairs = cliquePairs(InterClique.SMALL_WORLD.link(cliques(m, c), new SplittableRandom(seed)), c, m, "seed " + seed);
        for (int k = 0; k < m; k++) {
            int a = k, b = (k + 1) % m;
            assertTrue(pairs.contains((long) Math.min(a, b) * m + Math.max(a, b)), "seed " + seed + ": ring edge missing");
        }
        int levels = 32 - Integer.numberOfLeadingZeros(m - 1); // 2^l < m for l = 0 .. levels-1
        assertTrue(pairs.size() <= (long) m * levels, "seed " + seed + ": " + pairs.size() + " pairs for m=" + m);
        assertTrue(pairs.size() > m || m <= 3, "seed " + seed + ": no long-range link for m=" + m);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fractalLinksGroupsAndKeepsAboutOneInterEdgePerNode(long seed) {
        int c = 4, m = 2 + (int) (seed % 30);
        List<int[]> edges = InterClique.FRACTAL.link(cliques(m, c), new SplittableRandom(seed));
        cliquePairs(edges, c, m, "seed " + seed);
        // one level of groups of c cliques fully linked, then groups of groups, ...: fewer than m*c/2 + m edges
        Graph g = withCliques(m, c, edges);
        assertEquals(1, Connectivity.componentCount(g), "seed " + seed);
        // within the first group of c cliques every pair of cliques is linked
        Set<Long> pairs = cliquePairs(edges, c, m, "seed " + seed);
        for (int a = 0; a < Math.min(c, m); a++)
            for (int b = a + 1; b < Math.min(c, m); b++) assertTrue(pairs.contains((long) a * m + b), "seed " + seed + ": " + a + "-" + b);
        int maxLoad = 0;
        int[] load = new int[m * c];
        for (int[] e : edges) {
            maxLoad = Math.max(maxLoad, ++load[e[0]]);
            maxLoad = Math.max(maxLoad, ++load[e[1]]);
        }
        assertTrue(maxLoad <= 2, "seed " + seed + ": a node carries " + maxLoad + " inter-clique edges");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dCliquesOverlayHasCompleteCliquesMetropolisWeightsAndIsConnected(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 30 + rng.nextInt(80);
        LabelHistograms h = LabelSkewTestData.skewed(n, 10, rng);
        for (InterClique variant : InterClique.values()) {
            String ctx = "seed " + seed + " " + variant.id();
            WeightedOverlay o = new DCliques(h, 10, variant, 2000).generate(new SplittableRandom(seed));
            Graph g = o.graph();
            GeneratorContract.assertSimpleSymmetric(g, ctx);
            assertEquals(1, Connectivity.componentCount(g), ctx);
            for (int[] clique : o.groups())
                for (int i = 0; i < clique.length; i++)
                    for (int j = i + 1; j < clique.length; j++) assertTrue(g.hasEdge(clique[i], clique[j]), ctx + ": clique not complete");
            GraphTestSupport.assertDoublyStochastic(o.mixing(), 1e-12, ctx);
            for (int i = 0; i < n; i++)
                for (int k = 0; k < g.degree(i); k++) {
                    int j = g.neighbor(i, k);
                    assertEquals(1.0 / (1 + Math.max(g.degree(i), g.degree(j))), o.mixing().get(i, j), 1e-15, ctx);
                }
        }
    }

    @Test
    void unknownVariantNamesTheAllowedOnes() {
        assertEquals("must be one of ring, fractal, small-world, fully-connected, got 'star'",
                assertThrows(IllegalArgumentException.class, () -> InterClique.byName("star")).getMessage());
        assertEquals(InterClique.SMALL_WORLD, InterClique.byName(" Small-World "));
    }

    private static Graph withCliques(int m, int c, List<int[]> edges) {
        io.dfloverlay.core.graph.GraphBuilder b = new io.dfloverlay.core.graph.GraphBuilder(m * c);
        for (int k = 0; k < m; k++) for (int i = 0; i < c; i++) for (int j = i + 1; j < c; j++) b.addEdge(k * c + i, k * c + j);
        for (int[] e : edges) b.addEdge(e[0], e[1]);
        return b.build();
    }
}
