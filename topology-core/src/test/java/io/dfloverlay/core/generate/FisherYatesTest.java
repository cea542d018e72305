package io.dfloverlay.core.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/** {@link FisherYates}: permutations, uniformity by chi-square, and the partial shuffle's subsets. */
class FisherYatesTest {
    @Test
    void permutationIsUniformOverAllOrdersOfFour() {
        SplittableRandom r = new SplittableRandom(11);
        Map<String, Integer> counts = new HashMap<>();
        int draws = 24_000;
        for (int i = 0; i < draws; i++) counts.merge(Arrays.toString(FisherYates.permutation(4, r)), 1, Integer::sum);
        assertEquals(24, counts.size());
        assertTrue(uniformPValue(counts, draws) > 1e-3, "permutations not uniform: " + counts);
    }

    @Test
    void sampleDrawsUniformSubsetsAndLeavesItsInputAlone() {
        SplittableRandom r = new SplittableRandom(12);
        int[] from = {10, 20, 30, 40, 50};
        Map<String, Integer> counts = new HashMap<>();
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            int[] s = FisherYates.sample(from, 2, r);
            Arrays.sort(s);
            counts.merge(Arrays.toString(s), 1, Integer::sum);
        }
        assertArrayEquals(new int[] {10, 20, 30, 40, 50}, from);
        assertEquals(10, counts.size()); // C(5,2) subsets
        assertTrue(uniformPValue(counts, draws) > 1e-3, "subsets not uniform: " + counts);
    }

    @Test
    void shuffleAndShufflePrefixKeepTheEntries() {
        SplittableRandom r = new SplittableRandom(13);
        for (int trial = 0; trial < 200; trial++) {
            int n = r.nextInt(50);
            int[] a = new int[n];
            for (int i = 0; i < n; i++) a[i] = 3 * i - 7;
            int[] sorted = a.clone();
            int[] b = a.clone();
            FisherYates.shuffle(a, r);
            FisherYates.shufflePrefix(b, n == 0 ? 0 : r.nextInt(n + 1), r);
            Arrays.sort(a);
            Arrays.sort(b);
            assertArrayEquals(sorted, a, "trial " + trial);
            assertArrayEquals(sorted, b, "trial " + trial);
        }
        assertThrows(IllegalArgumentException.class, () -> FisherYates.shufflePrefix(new int[3], 4, r));
        assertThrows(IllegalArgumentException.class, () -> FisherYates.permutation(-1, r));
    }

    private static double uniformPValue(Map<String, Integer> counts, int draws) {
        double[] expected = new double[counts.size()];
        long[] observed = new long[counts.size()];
        int i = 0;
        for (int c : counts.values()) {
            expected[i] = (double) draws / counts.size();
            observed[i++] = c;
        }
        return new ChiSquareTest().chiSquareTest(expected, observed);
    }
}
