package io.dfloverlay.sim.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dfloverlay.core.mixing.MixingMatrix;
import org.junit.jupiter.api.Test;

class CliqueAveragingTest {
    @Test
    void averagesWithinEachCliqueAndLeavesOthersAlone() {
        MixingMatrix c = CliqueAveraging.matrix(new int[][] {{0, 3}, {4, 1, 2}}, 6);
        double[][] dense = c.toDense();
        double[][] expected = {
            {0.5, 0, 0, 0.5, 0, 0},
            {0, 1 / 3.0, 1 / 3.0, 0, 1 / 3.0, 0},
            {0, 1 / 3.0, 1 / 3.0, 0, 1 / 3.0, 0},
            {0.5, 0, 0, 0.5, 0, 0},
            {0, 1 / 3.0, 1 / 3.0, 0, 1 / 3.0, 0},
            {0, 0, 0, 0, 0, 1}};
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) assertEquals(expected[i][j], dense[i][j], 1e-15, i + "," + j);
    }

    @Test
    void rejectsOverlappingCliques() {
        assertEquals("node 1 is in two cliques",
                assertThrows(IllegalArgumentException.class, () -> CliqueAveraging.matrix(new int[][] {{0, 1}, {1, 2}}, 3)).getMessage());
    }
}
