package io.dfloverlay.sim;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ChurnWeightsTest {
    @Test
    void churnKeepsTheConfiguredWeights() {
        // failures at round 1, before any gossip: if churn rebuilt W with Metropolis-Hastings
        // whatever the configured weights, the uniform and lazy runs would be identical (MH = uniform on the repaired 4-regular overlay)
        var run = SimulationTest.builder("random-regular", 12, "gaussian-mixture", "softmax", "dsgd", 6, "at:1:0.25", "", 5)
                .batchSize(8).evalEvery(6);
        var uniform = SimulationTest.run(run.weights("uniform").build());
        var lazy = SimulationTest.run(run.weights("lazy").build());
        assertNotEquals(uniform.get(0).consensusDistance(), lazy.get(0).consensusDistance());
    }
}
