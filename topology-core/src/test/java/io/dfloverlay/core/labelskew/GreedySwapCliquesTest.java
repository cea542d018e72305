package io.dfloverlay.core.labelskew;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class GreedySwapCliquesTest {
    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /** One class per node, c nodes of each of c classes: a perfect clique has one node per class. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void oneClassPerNodeGivesBalancedCliques(long seed) {
        int k = 10, n = 100;
        LabelHistograms h = LabelSkewTestData.oneClassEach(n, k, 7);
        int[][] cliques = new GreedySwapCliques(10, 20_000).build(h, new SplittableRandom(seed));
        assertEquals(10, cliques.length, "seed " + seed);
        for (int[] c : cliques) {
            assertEquals(10, c.length, "seed " + seed);
            int[] count = new int[k];
            for (int v : c) count[v % k]++;
            int worst = 0;
            for (int x : count) worst = Math.max(worst, x);
            // label mix close to uniform: no class more than twice in a clique of 10
            assertTrue(worst <= 2, "seed " + seed + ": clique class counts " + java.util.Arrays.toString(count));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cliquesCoverEveryNodeOnceWithSizesWithinOne(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 20 + rng.nextInt(200), c = 2 + rng.nextInt(15);
        if (c > n) c = n;
        int[][] cliques = new GreedySwapCliques(c, 1000).build(LabelSkewTestData.skewed(n, 10, rng), rng);
        assertEquals((n + c - 1) / c, cliques.length, "seed " + seed);
        boolean[] seen = new boolean[n];
        int min = Integer.MAX_VALUE, max = 0;
        for (int[] clique : cliques) {
            min = Math.min(min, clique.length);
            max = Math.max(max, clique.length);
            for (int v : clique) {
                assertTrue(!seen[v], "seed " + seed + ": node " + v + " twice");
                seen[v] = true;
            }
        }
        for (boolean s : seen) assertTrue(s, "seed " + seed + ": a node is in no clique");
        assertTrue(max - min <= 1 && max <= c, "seed " + seed + ": sizes " + min + ".." + max + " for c=" + c);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void swapsLowerTheCliquesSkew(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        LabelHistograms h = LabelSkewTestData.skewed(60, 10, rng);
        double before = totalSkew(new GreedySwapCliques(6, 0).build(h, new SplittableRandom(seed)), h);
        double after = totalSkew(new GreedySwapCliques(6, 5000).build(h, new SplittableRandom(seed)), h);
        assertTrue(after < before, "seed " + seed + ": " + before + " -> " + after);
    }

    @Test
    void rejectsBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> new GreedySwapCliques(1, 10));
        assertThrows(IllegalArgumentException.class, () -> new GreedySwapCliques(5, 10).build(LabelSkewTestData.oneClassEach(3, 2, 1), new SplittableRandom(1)));
    }

    private static double totalSkew(int[][] cliques, LabelHistograms h) {
        double[][] p = h.proportions();
        double[] g = h.globalMix();
        double s = 0;
        for (int[] c : cliques) {
            double[] mix = new double[g.length];
            for (int v : c) for (int k = 0; k < g.length; k++) mix[k] += p[v][k] / c.length;
            for (int k = 0; k < g.length; k++) s += Math.abs(mix[k] - g[k]) / 2;
        }
        return s;
    }
}
