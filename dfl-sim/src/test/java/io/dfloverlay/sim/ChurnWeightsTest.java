package io.dfloverlay.sim;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChurnWeightsTest {
    @Test
    void churnKeepsTheConfiguredWeights() {
        // failures at round 1, before any gossip: if churn rebuilt W with Metropolis-Hastings
        // whatever the configured weights, the uniform and lazy runs would be identical (MH = uniform on the repaired 4-regular overlay)
        var uniform = SimulationTest.run(new SimulationConfig("random-regular", 12, 4, Map.of(), "uniform", "gaussian-mixture", null,
                "iid", "softmax", "dsgd", 6, 1, 1, 8, 0.1, 0, 0, 6, "cpu", 5, "at:1:0.25", "", "pairing"));
        var lazy = SimulationTest.run(new SimulationConfig("random-regular", 12, 4, Map.of(), "lazy", "gaussian-mixture", null,
                "iid", "softmax", "dsgd", 6, 1, 1, 8, 0.1, 0, 0, 6, "cpu", 5, "at:1:0.25", "", "pairing"));
        assertNotEquals(uniform.get(0).consensusDistance(), lazy.get(0).consensusDistance());
    }
}
