package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.BasicGeneratorsTest.assertMessage;
import static io.dfloverlay.core.generate.GeneratorContract.assertRegular;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** U-EquiStatic: circulant structure, degree bound, the paper's weights; 200 seeds. */
class EquiStaticGeneratorTest {
    @ParameterizedTest
    @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")
    void graphAndWeightsOfOneDrawAgree(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 2 + rng.nextInt(150);
        int m = 1 + rng.nextInt(8);
        EquiStaticGenerator gen = new EquiStaticGenerator(n, m);
        int[] shifts = gen.drawShifts(rng);
        String ctx = "equistatic n=" + n + " m=" + m + " seed=" + seed;
        Set<Integer> residues = new HashSet<>();
        for (int a : shifts) {
            assertTrue(a >= 1 && a < n, ctx + ": shift " + a);
            residues.add(a);
            residues.add(n - a);
        }
        Graph g = gen.graphOf(shifts);
        assertRegular(g, n, residues.size(), ctx);
        assertTrue(g.maxDegree() <= 2 * m, ctx + ": degree above 2m");
        for (int r : residues) assertTrue(g.hasEdge(0, r), ctx + ": edge {0," + r + "}");

        MixingMatrix w = gen.weightsOf(shifts);
        assertTrue(w.isSymmetric(), ctx + ": W not symmetric");
        GraphTestSupport.assertDoublyStochastic(w, 1e-12, ctx);
        GraphTestSupport.assertSupportIs(w, g, ctx);
        assertEquals(1.0 / n, w.get(3 % n, 3 % n), 1e-15, ctx + ": self weight 1/n");
        // Each shift a contributes (n-1)/(2mn) to W[i][i+a] and to W[i][i-a].
        double[] expectedRow = new double[n];
        for (int a : shifts) {
            expectedRow[a] += (n - 1.0) / (2.0 * m * n);
            expectedRow[n - a] += (n - 1.0) / (2.0 * m * n);
        }
        expectedRow[0] += 1.0 / n;
        for (int j = 0; j < n; j++) assertEquals(expectedRow[j], w.get(0, j), 1e-14, ctx + ": W[0][" + j + "]");
    }

    @ParameterizedTest
    @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")
    void generateIsReproducible(long seed) {
        GeneratorContract.assertReproducible(new EquiStaticGenerator(97, 7), seed);
    }

    @Test
    void badParametersAreRejected() {
        assertMessage(() -> new EquiStaticGenerator(1, 3), "n >= 2");
        assertMessage(() -> new EquiStaticGenerator(10, 0), "m >= 1");
        assertMessage(() -> new EquiStaticGenerator(1 << 30, 8), "too large");
    }
}
