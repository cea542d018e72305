package io.dfloverlay.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulationTest {
    static SimulationConfig config(String topology, int n, String dataset, String model, String algorithm, int rounds,
            String failures, String joins, long seed) {
        return new SimulationConfig(topology, n, 4, Map.of(), "uniform", dataset, null, "iid", model, algorithm,
                rounds, 1, 1, 16, 0.1, 0.0, 0.0, 5, "cpu", seed, failures, joins, "pairing");
    }

    static List<RoundMetrics> run(SimulationConfig c) {
        List<RoundMetrics> out = new ArrayList<>();
        new Simulation(c).run(out::add, () -> false);
        return out;
    }

    @Test
    void ringAndCompleteLearnTheGaussianMixture() {
        for (String topo : new String[] {"ring", "complete"}) {
            List<RoundMetrics> m = run(config(topo, 8, "gaussian-mixture", "softmax", "dsgd", 30, "", "", 1));
            assertEquals(6, m.size(), topo);
            RoundMetrics first = m.get(0), last = m.get(m.size() - 1);
            assertEquals(30, last.round());
            assertTrue(last.testAccuracy() > 0.8, topo + ": accuracy " + last.testAccuracy());
            assertTrue(last.trainLoss() < first.trainLoss(), topo + ": loss did not fall");
            assertTrue(last.minClientAccuracy() <= last.meanClientAccuracy() + 1e-12 && last.meanClientAccuracy() <= last.maxClientAccuracy() + 1e-12);
            assertEquals(8, last.survivors());
            assertTrue(last.bytesSent() > 0);
        }
    }

    @Test
    void trainsAnMlpOnTheEmbeddedFashionMnistSampleWithSkewAndMomentum() {
        SimulationConfig c = new SimulationConfig("random-regular", 10, 4, Map.of(), "uniform", "fashion-mnist-sample", null,
                "dirichlet:0.5", "mlp:32", "dsgd", 20, 2, 2, 16, 0.05, 0.5, 1e-4, 10, "cpu", 3, "", "", "none");
        Simulation s = new Simulation(c);
        assertEquals("embedded sample (4000/1000)", s.header().dataSource());
        assertTrue(s.header().partitionSummary().startsWith("dirichlet:0.5 over 10 clients"), s.header().partitionSummary());
        List<RoundMetrics> m = new ArrayList<>();
        s.run(m::add, () -> false);
        assertEquals(2, m.size());
        assertTrue(m.get(1).testAccuracy() > 0.5, "accuracy " + m.get(1).testAccuracy());
        // gossip every 2nd round: 10 of 20 rounds send, 10 clients x 4 neighbours x p floats x 4 bytes each
        assertEquals(10L * 10 * 4 * s.header().parametersPerClient() * 4, m.get(1).bytesSent());
    }

    @Test
    void headerReportsSpectraAndData() {
        Simulation s = new Simulation(config("ring", 8, "gaussian-mixture", "mlp:16", "dsgd", 1, "", "", 1));
        RunHeader h = s.header();
        assertEquals(8, h.clients());
        assertEquals(8, h.edges());
        // ring of 8 with uniform weights: rho = (1 + 2 cos(2 pi / 8)) / 3
        assertEquals((1 + 2 * Math.cos(2 * Math.PI / 8)) / 3, h.rho(), 1e-9);
        assertEquals(2.0, h.lambda(), 1e-9);
        assertEquals(10 * 16 + 16 + 16 * 4 + 4, h.parametersPerClient());
        assertTrue(h.partitionSummary().startsWith("iid over 8 clients"), h.partitionSummary());
    }

    @Test
    void sameSeedGivesIdenticalMetrics() {
        SimulationConfig c = config("ring", 6, "gaussian-mixture", "mlp:8", "dsgd", 10, "at:4:0.2", "at:7:0.2", 7);
        List<RoundMetrics> a = run(c), b = run(c);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertEquals(withoutWall(a.get(i)), withoutWall(b.get(i)), "eval " + i);
    }

    @Test
    void sharedPreloadedDataReplaysTheSameRun() {
        // as overlay compare does: one loadData for several runs with the same dataset and seed
        SimulationConfig ring = config("ring", 6, "gaussian-mixture", "mlp:8", "dsgd", 10, "", "", 11);
        SimulationConfig complete = config("complete", 6, "gaussian-mixture", "mlp:8", "dsgd", 10, "", "", 11);
        var shared = Simulation.loadData(ring);
        for (SimulationConfig c : List.of(ring, complete)) {
            List<RoundMetrics> own = run(c), viaShared = new ArrayList<>();
            Simulation s = new Simulation(c, shared);
            assertTrue(s.data() == shared, "the preloaded data is used, not a copy");
            s.run(viaShared::add, () -> false);
            assertEquals(own.size(), viaShared.size());
            for (int i = 0; i < own.size(); i++) assertEquals(withoutWall(own.get(i)), withoutWall(viaShared.get(i)), c.topology() + " eval " + i);
        }
    }

    @Test
    void failuresAndJoinsChangeSurvivors() {
        List<RoundMetrics> m = run(config("random-regular", 20, "gaussian-mixture", "softmax", "dsgd", 15, "at:3:0.25", "at:8:0.2", 3));
        assertEquals(15, m.get(0).survivors());
        assertEquals(18, m.get(1).survivors());
        assertEquals(18, m.get(2).survivors());
        assertTrue(m.get(2).testAccuracy() > 0.7, "accuracy " + m.get(2).testAccuracy());
    }

    @Test
    void failureAndJoinRatesKeepTrainingOnSurvivors() {
        SimulationConfig c = new SimulationConfig("random-regular", 16, 4, Map.of(), "mh", "gaussian-mixture", null, "shards:2",
                "softmax", "dsgd", 20, 1, 1, 8, 0.1, 0.0, 0.0, 4, "cpu", 11, "rate:0.05", "rate:0.03", "cycle");
        List<RoundMetrics> m = run(c);
        assertEquals(5, m.size());
        for (RoundMetrics r : m) assertTrue(r.survivors() >= 2 && Double.isFinite(r.trainLoss()), r.toString());
        assertTrue(m.stream().anyMatch(r -> r.survivors() != 16), "no churn happened in 20 rounds");
        assertEquals(withoutWall(m.get(4)), withoutWall(run(c).get(4)), "churn is not reproducible");
    }

    @Test
    void gradientTrackingRuns() {
        List<RoundMetrics> m = run(config("ring", 8, "synthetic-linear", "linear", "gradient-tracking", 20, "", "", 2));
        assertTrue(m.get(m.size() - 1).trainLoss() < m.get(0).trainLoss());
        assertTrue(Double.isNaN(m.get(0).testAccuracy()));
    }

    @Test
    void timeVaryingTopologyReportsNaNSpectra() {
        Simulation s = new Simulation(config("one-peer-exponential", 8, "gaussian-mixture", "softmax", "dsgd", 5, "", "", 1));
        assertTrue(Double.isNaN(s.header().rho()));
        List<RoundMetrics> m = new ArrayList<>();
        s.run(m::add, () -> false);
        assertEquals(5, m.get(0).round());
    }

    @Test
    void cancellationStopsAfterTheCurrentRound() {
        List<RoundMetrics> m = new ArrayList<>();
        int[] rounds = {0};
        new Simulation(config("ring", 4, "gaussian-mixture", "softmax", "dsgd", 100, "", "", 1)).run(new MetricsListener() {
            @Override
            public void onEval(RoundMetrics metrics) {
                m.add(metrics);
            }

            @Override
            public void onRound(int round, int total) {
                rounds[0] = round;
            }
        }, () -> rounds[0] >= 3);
        assertEquals(3, m.get(m.size() - 1).round());
    }

    @Test
    void badSettingsFailWithClearMessages() {
        var gpu = new SimulationConfig("ring", 4, 2, Map.of(), "uniform", "gaussian-mixture", null, "iid", "softmax",
                "dsgd", 1, 1, 1, 4, 0.1, 0, 0, 1, "gpu", 1, "", "", "none");
        try {
            new Simulation(gpu); // a GPU is present: nothing to check for this setting
        } catch (IllegalArgumentException noGpu) {
            assertTrue(noGpu.getMessage().startsWith("GPU engine unavailable: "), noGpu.getMessage());
        }
        var e = assertThrows(IllegalArgumentException.class, () -> new Simulation(config("moebius", 4, "gaussian-mixture", "softmax", "dsgd", 1, "", "", 1)));
        assertTrue(e.getMessage().contains("moebius"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Simulation(config("ring", 4, "cifar", "softmax", "dsgd", 1, "", "", 1)));
        assertTrue(e.getMessage().contains("unknown dataset"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Simulation(config("ring", 4, "gaussian-mixture", "cnn", "dsgd", 1, "", "", 1)));
        assertTrue(e.getMessage().contains("unknown model"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Simulation(config("ring", 4, "gaussian-mixture", "softmax", "dsgd", 1, "sometimes", "", 1)));
        assertTrue(e.getMessage().contains("failures spec"), e.getMessage());
    }

    static RoundMetrics withoutWall(RoundMetrics m) {
        return new RoundMetrics(m.round(), m.trainLoss(), m.testLoss(), m.testAccuracy(), m.meanClientAccuracy(), m.minClientAccuracy(),
                m.maxClientAccuracy(), m.consensusDistance(), m.generalizationGap(), m.bytesSent(), 0, m.survivors());
    }
}
