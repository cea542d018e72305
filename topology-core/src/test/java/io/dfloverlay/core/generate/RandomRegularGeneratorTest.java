package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.GeneratorContract.assertConnected;
import static io.dfloverlay.core.generate.GeneratorContract.assertRegular;
import static io.dfloverlay.core.generate.GeneratorContract.generate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RandomRegularGeneratorTest {
    /** (n, d) cases covering exact mode, Steger–Wormald mode, the complement path and d = 0, 1, 2. */
    private static final int[][] CASES = {
        {1, 0}, {2, 1}, {5, 0}, {6, 1}, {5, 2}, {9, 2}, {4, 3}, {6, 3}, {10, 3}, {30, 4},
        {12, 5}, {11, 6}, {40, 8}, {60, 7}, {9, 8}, {10, 7}, {13, 10}, {200, 3}
    };

    @ParameterizedTest
    @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")
    void regularSimpleAndReproducible(long seed) {
        for (int[] c : CASES) {
            RandomRegularGenerator gen = new RandomRegularGenerator(c[0], c[1]);
            Graph g = generate(gen, seed);
            assertRegular(g, c[0], c[1], gen + " seed=" + seed);
            assertEquals(g, generate(gen, seed), gen + " seed=" + seed + ": not reproducible");
        }
    }

    @ParameterizedTest
    @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")
    void connectedWhenAsked(long seed) {
        int[][] cases = {{1, 0}, {2, 1}, {3, 2}, {50, 2}, {8, 3}, {20, 3}, {16, 4}, {30, 5}, {12, 9}};
        for (int[] c : cases) {
            RandomRegularGenerator gen = new RandomRegularGenerator(c[0], c[1], true);
            Graph g = generate(gen, seed);
            String ctx = gen + " seed=" + seed;
            assertRegular(g, c[0], c[1], ctx);
            assertConnected(g, ctx);
        }
    }

    @Test
    void differentSeedsGiveDifferentGraphs() {
        RandomRegularGenerator gen = new RandomRegularGenerator(100, 8);
        assertNotEquals(generate(gen, 1), generate(gen, 2));
    }

    /**
     * All 70 labelled 3-regular graphs on 6 nodes must be equally likely: 70,000 samples, chi-square
     * goodness of fit against the uniform distribution at level 0.001 (fixed seed, deterministic).
     */
    @Test
    void uniformOverAllSeventyCubicGraphsOnSixNodes() {
        Map<Integer, Integer> index = new HashMap<>();
        int[][] pairs = new int[15][];
        for (int u = 0, e = 0; u < 6; u++) for (int v = u + 1; v < 6; v++) pairs[e++] = new int[] {u, v};
        for (int mask = 0; mask < 1 << 15; mask++) {
            if (Integer.bitCount(mask) != 9) continue;
            int[] deg = new int[6];
            for (int e = 0; e < 15; e++) {
                if ((mask >>> e & 1) != 0) {
                    deg[pairs[e][0]]++;
                    deg[pairs[e][1]]++;
                }
            }
            boolean cubic = true;
            for (int x : deg) cubic &= x == 3;
            if (cubic) index.put(mask, index.size());
        }
        assertEquals(70, index.size(), "number of labelled cubic graphs on 6 nodes");

        RandomRegularGenerator gen = new RandomRegularGenerator(6, 3);
        SplittableRandom rng = new SplittableRandom(20261125L);
        int samples = 70_000;
        long[] observed = new long[70];
        for (int s = 0; s < samples; s++) {
            Graph g = gen.generate(rng);
            int[] mask = {0};
            g.forEachEdge((u, v) -> {
                for (int e = 0; e < 15; e++) if (pairs[e][0] == u && pairs[e][1] == v) mask[0] |= 1 << e;
            });
            observed[index.get(mask[0])]++;
        }
        double[] expected = new double[70];
        java.util.Arrays.fill(expected, samples / 70.0);
        double p = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(p > 0.001, "chi-square p-value " + p + " <= 0.001: not uniform");
    }

    @ParameterizedTest
    @CsvSource({
        "5, 3, false, n*d must be even",
        "4, 4, false, d must be < n",
        "4, -1, false, d must be >= 0",
        "0, 0, false, n must be >= 1",
        "6, 1, true, no connected",
        "3, 0, true, no connected",
        "2000000000, 2, false, n*d must be <="
    })
    void rejectsImpossibleParameters(int n, int d, boolean connected, String keyWords) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new RandomRegularGenerator(n, d, connected));
        assertTrue(e.getMessage().contains(keyWords), e.getMessage());
    }
}
