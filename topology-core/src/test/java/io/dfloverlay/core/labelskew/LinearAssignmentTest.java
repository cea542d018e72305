package io.dfloverlay.core.labelskew;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Hungarian method against brute force over all permutations. */
class LinearAssignmentTest {
    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matchesBruteForce(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1 + rng.nextInt(7);
        double[][] c = new double[n][n];
        for (double[] row : c) for (int j = 0; j < n; j++) row[j] = rng.nextInt(3) == 0 ? rng.nextInt(5) : rng.nextDouble() * 10 - 5;
        int[] sigma = LinearAssignment.solve(c);
        boolean[] used = new boolean[n];
        double cost = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(false, used[sigma[i]], "seed " + seed + ": not a permutation");
            used[sigma[i]] = true;
            cost += c[i][sigma[i]];
        }
        assertEquals(best(c, 0, new boolean[n]), cost, 1e-9, "seed " + seed);
    }

    private static double best(double[][] c, int row, boolean[] used) {
        if (row == c.length) return 0;
        double b = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c.length; j++)
            if (!used[j]) {
                used[j] = true;
                b = Math.min(b, c[row][j] + best(c, row + 1, used));
                used[j] = false;
            }
        return b;
    }
}
