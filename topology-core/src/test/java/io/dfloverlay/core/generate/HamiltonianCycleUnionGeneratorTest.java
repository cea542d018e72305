package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.GeneratorContract.assertConnected;
import static io.dfloverlay.core.generate.GeneratorContract.assertRegular;
import static io.dfloverlay.core.generate.GeneratorContract.assertReproducible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HamiltonianCycleUnionGeneratorTest {
    /** (n, d) from tiny and dense (n = d + 1) to the reliable range n >= 2d and larger sizes. */
    private static final int[][] CASES = {{3, 2}, {5, 4}, {11, 4}, {19, 8}, {20, 8}, {35, 16}, {100, 8}, {301, 6}};

    @ParameterizedTest
    @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")
    void unionOfEdgeDisjointHamiltonianCycles(long seed) {
        for (int[] c : CASES) {
            int n = c[0], d = c[1];
            HamiltonianCycleUnionGenerator gen = new HamiltonianCycleUnionGenerator(n, d);
            String ctx = gen + " seed=" + seed;
            int[][] cycles = gen.generateCycles(new SplittableRandom(seed));
            assertEquals(d / 2, cycles.length, ctx + ": number of cycles");
            Graph g = HamiltonianCycleUnionGenerator.union(n, cycles); // rejects shared edges
            assertRegular(g, n, d, ctx);
            assertConnected(g, ctx);
            for (int[] cycle : cycles) {
                for (int i = 0; i < n; i++) assertTrue(g.hasEdge(cycle[i], cycle[(i + 1) % n]), ctx + ": cycle edge missing");
            }
            assertEquals(g, gen.generate(new SplittableRandom(seed)), ctx + ": generate != union(generateCycles)");
            assertReproducible(gen, seed);
        }
    }

    @Test
    void unionRejectsSharedEdgesAndNonPermutations() {
        int[][] shared = {{0, 1, 2, 3, 4}, {1, 0, 3, 2, 4}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HamiltonianCycleUnionGenerator.union(5, shared));
        assertTrue(e.getMessage().contains("duplicate edge"), e.getMessage());
        int[][] notPerm = {{0, 1, 1, 3, 4}};
        e = assertThrows(IllegalArgumentException.class, () -> HamiltonianCycleUnionGenerator.union(5, notPerm));
        assertTrue(e.getMessage().contains("not a permutation"), e.getMessage());
    }

    @Test
    void completeGraphsOnOddNodeCountsDecompose() {
        // K_n, n odd, is a union of (n-1)/2 Hamiltonian cycles; the redraws find one
        for (int n : new int[] {5, 9, 13}) {
            Graph g = new HamiltonianCycleUnionGenerator(n, n - 1).generate(new SplittableRandom(n));
            assertRegular(g, n, n - 1, "K_" + n);
        }
    }

    @ParameterizedTest
    @CsvSource({"2, 2, n must be >= 3", "10, 3, d must be even", "10, 0, d must be even", "8, 8, d must be < n"})
    void rejectsBadParameters(int n, int d, String keyWords) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new HamiltonianCycleUnionGenerator(n, d));
        assertTrue(e.getMessage().contains(keyWords), e.getMessage());
    }
}
