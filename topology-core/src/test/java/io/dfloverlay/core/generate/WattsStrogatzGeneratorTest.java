package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.GeneratorContract.assertRegular;
import static io.dfloverlay.core.generate.GeneratorContract.assertReproducible;
import static io.dfloverlay.core.generate.GeneratorContract.assertSimpleSymmetric;
import static io.dfloverlay.core.generate.GeneratorContract.generate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WattsStrogatzGeneratorTest {
    private static final double[] BETAS = {0.0, 0.1, 0.5, 1.0};
    private static final int[][] SIZES = {{1, 0}, {5, 4}, {10, 2}, {30, 6}, {7, 6}, {64, 4}};

    @ParameterizedTest
    @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")
    void keepsEdgeCountAndHalfDegree(long seed) {
        for (int[] s : SIZES) {
            for (double beta : BETAS) {
                int n = s[0], k = s[1];
                WattsStrogatzGenerator gen = new WattsStrogatzGenerator(n, k, beta);
                String ctx = gen + " seed=" + seed;
                Graph g = generate(gen, seed);
                assertSimpleSymmetric(g, ctx);
                assertEquals(n, g.numNodes(), ctx + ": n");
                assertEquals((long) n * k / 2, g.numEdges(), ctx + ": m");
                assertTrue(g.minDegree() >= k / 2, ctx + ": min degree " + g.minDegree() + " < k/2");
                assertReproducible(gen, seed);
            }
        }
    }

    @Test
    void betaZeroIsTheRingLattice() {
        Graph g = generate(new WattsStrogatzGenerator(12, 4, 0.0), 3);
        assertRegular(g, 12, 4, "ring lattice");
        for (int u = 0; u < 12; u++) {
            assertTrue(g.hasEdge(u, (u + 1) % 12) && g.hasEdge(u, (u + 2) % 12), "lattice edge at " + u);
        }
    }

    @Test
    void betaOneRewiresMostEdges() {
        Graph g = generate(new WattsStrogatzGenerator(1000, 4, 1.0), 5);
        int lattice = 0;
        for (int u = 0; u < 1000; u++) {
            if (g.hasEdge(u, (u + 1) % 1000)) lattice++;
            if (g.hasEdge(u, (u + 2) % 1000)) lattice++;
        }
        assertTrue(lattice < 100, "only " + lattice + " of 2000 lattice edges expected to survive by chance");
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0.5, n must be >= 1", "10, 3, 0.5, k must be even", "10, -2, 0.5, k must be even",
        "10, 10, 0.5, k must be < n", "10, 4, 1.5, beta must be in [0, 1]", "10, 4, NaN, beta must be in [0, 1]",
        "200000000, 8, 0.5, exceed the rewiring edge set"})
    void rejectsBadParameters(int n, int k, double beta, String keyWords) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new WattsStrogatzGenerator(n, k, beta));
        assertTrue(e.getMessage().contains(keyWords), e.getMessage());
    }
}
