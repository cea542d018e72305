package io.dfloverlay.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.PartitionConfig;
import io.dfloverlay.sim.config.RunConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data-aware kinds get the partition's label histograms from the simulator; Clique Averaging runs on D-Cliques. */
class LabelSkewTopologiesSimulationTest {
    private static RunConfig.Builder skewed(String topology, String algorithm) {
        return SimulationTest.builder(topology, 20, "gaussian-mixture", "softmax", algorithm, 10, "", "", 3)
                .partition(new PartitionConfig.Shards(1));
    }

    @Test
    void dataAwareKindsJustWorkOnAPartition() {
        for (String kind : List.of("d-cliques", "stl-fw", "label-aware")) {
            RunConfig.Builder b = skewed(kind, "dsgd");
            if (kind.equals("d-cliques")) b.topologyParams(Map.of("clique-size", 5));
            if (kind.equals("label-aware")) b.topologyParams(Map.of("swaps", 50, "start-swaps", 20));
            Simulation s = new Simulation(b.build());
            assertTrue(s.header().topology().startsWith(kind), s.header().topology());
            List<RoundMetrics> m = SimulationTest.run(b.build());
            RoundMetrics last = m.get(m.size() - 1);
            assertEquals(10, last.round(), kind);
            assertTrue(Double.isFinite(last.trainLoss()) && last.bytesSent() > 0, kind + ": " + last);
        }
    }

    @Test
    void cliqueAveragingSendsEachCliqueMatesGradientOnTopOfTheGossip() {
        RunConfig plain = skewed("d-cliques", "dsgd").topologyParams(Map.of("clique-size", 5)).build();
        RunConfig averaged = skewed("d-cliques", "clique-averaging").topologyParams(Map.of("clique-size", 5)).build();
        List<RoundMetrics> a = SimulationTest.run(plain), b = SimulationTest.run(averaged);
        long p = new Simulation(plain).model().numParameters();
        // 20 nodes in 4 cliques of 5: each node sends its gradient to 4 clique mates per step
        long extraPerRound = 20L * 4 * p * 4;
        RoundMetrics la = a.get(a.size() - 1), lb = b.get(b.size() - 1);
        assertEquals(la.bytesSent() + 10 * extraPerRound, lb.bytesSent());
        assertTrue(new Simulation(averaged).header().engine().contains("Clique Averaging"));
    }

    @Test
    void cliqueAveragingWithoutCliquesIsAConfigError() {
        ConfigException e = assertThrows(ConfigException.class, () -> new Simulation(skewed("random-regular", "clique-averaging").build()));
        assertTrue(e.getMessage().contains("algorithm.kind") && e.getMessage().contains("clique-averaging needs a topology with cliques"), e.getMessage());
    }
}
