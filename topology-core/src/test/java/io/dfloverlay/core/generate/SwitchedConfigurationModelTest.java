package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.GeneratorContract.assertRegular;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.dfloverlay.core.graph.GraphBuilder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SwitchedConfigurationModelTest {
    /** Small n so that loops and multi-edges (and hence switchings) occur in most samples. */
    @ParameterizedTest
    @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")
    void switchingsLeaveASimpleRegularGraph(long seed) {
        int[][] cases = {{20, 3}, {30, 4}, {50, 6}, {64, 8}, {200, 5}};
        for (int[] c : cases) {
            int n = c[0], k = c[1];
            String ctx = "n=" + n + ", k=" + k + " seed=" + seed;
            int[] slots = SwitchedConfigurationModel.sample(n, k, new SplittableRandom(seed));
            assertNotNull(slots, ctx + ": switch budget exhausted");
            assertRegular(GraphBuilder.fromRegularSlots(n, k, slots), n, k, ctx);
            assertArrayEquals(slots, SwitchedConfigurationModel.sample(n, k, new SplittableRandom(seed)), ctx + ": not reproducible");
        }
    }

    @Test
    void largeSparseCasesUseSwitching() {
        assertEquals(RandomRegularGenerator.Mode.SWITCHED_CONFIGURATION, RandomRegularGenerator.mode(1_000_000, 8));
        assertEquals(RandomRegularGenerator.Mode.EXACT_REJECTION, RandomRegularGenerator.mode(1_000, 4));
        assertEquals(RandomRegularGenerator.Mode.STEGER_WORMALD, RandomRegularGenerator.mode(1_000, 8));
        RandomRegularGenerator gen = new RandomRegularGenerator(70_000, 8);
        assertRegular(gen.generate(new SplittableRandom(3)), 70_000, 8, gen.toString());
    }
}
