package io.dfloverlay.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import io.dfloverlay.sim.config.AdversaryConfig;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.ConfigSyntax;
import io.dfloverlay.sim.config.PartitionConfig;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.data.DataIdentity;
import org.junit.jupiter.api.Test;

class SimulationTest {
    static RunConfig.Builder builder(String topology, int n, String dataset, String model, String algorithm, int rounds,
            String failures, String joins, long seed) {
        return RunConfig.builder().topology(topology).clients(n).degree(4).weights("uniform").dataset(dataset)
                .model(ConfigSyntax.model(model)).algorithm(ConfigSyntax.algorithm(algorithm)).rounds(rounds).batchSize(16)
                .learningRate(0.1).evalEvery(5).engine("cpu").seed(seed).failures(ConfigSyntax.churn(failures, "failures"))
                .joins(ConfigSyntax.churn(joins, "joins")).repair("pairing");
    }

    static RunConfig config(String topology, int n, String dataset, String model, String algorithm, int rounds,
            String failures, String joins, long seed) {
        return builder(topology, n, dataset, model, algorithm, rounds, failures, joins, seed).build();
    }

    static List<RoundMetrics> run(RunConfig c) {
        List<RoundMetrics> out = new ArrayList<>();
        Simulation.run(c, out::add);
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
        RunConfig c = builder("random-regular", 10, "fashion-mnist-sample", "mlp:32", "dsgd", 20, "", "", 3)
                .partition(new PartitionConfig.Dirichlet(0.5)).localSteps(2).gossipEvery(2).learningRate(0.05).momentum(0.5)
                .weightDecay(1e-4).evalEvery(10).repair("none").build();
        Simulation s = new Simulation(c);
        assertEquals("embedded sample (4000/1000)", s.header().dataSource());
        assertTrue(s.header().partitionSummary().startsWith("dirichlet:0.5 over 10 clients"), s.header().partitionSummary());
        List<RoundMetrics> m = new ArrayList<>();
        s.run(m::add);
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
        RunConfig c = config("ring", 6, "gaussian-mixture", "mlp:8", "dsgd", 10, "at:4:0.2", "at:7:0.2", 7);
        List<RoundMetrics> a = run(c), b = run(c);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertEquals(withoutWall(a.get(i)), withoutWall(b.get(i)), "eval " + i);
    }

    @Test
    void sharedPreloadedDataReplaysTheSameRun() {
        // as overlay compare does: one loadData for several runs with the same dataset and seed
        RunConfig ring = config("ring", 6, "gaussian-mixture", "mlp:8", "dsgd", 10, "", "", 11);
        RunConfig complete = config("complete", 6, "gaussian-mixture", "mlp:8", "dsgd", 10, "", "", 11);
        var shared = Simulation.loadData(ring);
        for (RunConfig c : List.of(ring, complete)) {
            List<RoundMetrics> own = run(c), viaShared = new ArrayList<>();
            Simulation s = new Simulation(c, shared);
            assertTrue(s.data() == shared.split(), "the preloaded data is used, not a copy");
            s.run(viaShared::add);
            assertEquals(own.size(), viaShared.size());
            for (int i = 0; i < own.size(); i++) assertEquals(withoutWall(own.get(i)), withoutWall(viaShared.get(i)), c.topology().kind() + " eval " + i);
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
        RunConfig c = builder("random-regular", 16, "gaussian-mixture", "softmax", "dsgd", 20, "rate:0.05", "rate:0.03", 11)
                .weights("mh").partition(new PartitionConfig.Shards(2)).batchSize(8).evalEvery(4).repair("cycle").build();
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
        s.run(m::add);
        assertEquals(5, m.get(0).round());
    }

    @Test
    void cancellationStopsAfterTheCurrentRound() {
        List<RoundMetrics> m = new ArrayList<>();
        int[] rounds = {0};
        RunHeader[] header = {null};
        Simulation.run(config("ring", 4, "gaussian-mixture", "softmax", "dsgd", 100, "", "", 1), new MetricsListener() {
            @Override
            public void onStart(RunHeader h) {
                header[0] = h;
            }

            @Override
            public void onEval(RoundMetrics metrics) {
                m.add(metrics);
            }

            @Override
            public void onRound(int round, int total) {
                rounds[0] = round;
            }

            @Override
            public boolean cancelled() {
                return rounds[0] >= 3;
            }
        });
        assertEquals(3, m.get(m.size() - 1).round());
        assertEquals(4, header[0].clients(), "the header comes first");
    }

    @Test
    void badSettingsFailWithMessagesNamingTheKey() {
        try {
            new Simulation(builder("ring", 4, "gaussian-mixture", "softmax", "dsgd", 1, "", "", 1).engine("gpu").build());
            // a GPU is present: nothing to check for this setting
        } catch (ConfigException noGpu) {
            assertTrue(noGpu.getMessage().startsWith("execution.engine: GPU engine unavailable: "), noGpu.getMessage());
        }
        record Bad(RunConfig.Builder config, String expected) {}
        for (Bad bad : List.of(
                new Bad(builder("moebius", 4, "gaussian-mixture", "softmax", "dsgd", 1, "", "", 1), "topology.kind: unknown topology kind 'moebius'"),
                new Bad(builder("ring", 4, "gaussian-mixture", "softmax", "dsgd", 1, "", "", 1).weights("magic"), "topology.weights: "),
                new Bad(builder("ring", 4, "cifar", "softmax", "dsgd", 1, "", "", 1), "data: unknown dataset 'cifar'"),
                new Bad(builder("ring", 4, "synthetic-linear", "softmax", "dsgd", 1, "", "", 1).partition(new PartitionConfig.Dirichlet(1)),
                        "data.partition: partition dirichlet needs a labelled"),
                new Bad(builder("one-peer-exponential", 4, "gaussian-mixture", "softmax", "dsgd", 1, "at:1:0.5", "", 1), "churn: failures and joins need a static"),
                new Bad(builder("ring", 4, "gaussian-mixture", "softmax", "dsgd", 1, "at:1:0.5", "", 1).repair("glue"), "churn.repair: "),
                new Bad(builder("ring", 4, "gaussian-mixture", "softmax", "dsgd", 1, "at:1:0.5", "", 1)
                        .adversary(AdversaryConfig.of(0.25, "alie", "median")), "adversary: Byzantine clients with churn"))) {
            var e = assertThrows(ConfigException.class, () -> new Simulation(bad.config().build()), bad.expected());
            assertTrue(e.getMessage().startsWith(bad.expected()), e.getMessage());
        }
    }

    @Test
    void replayRefusesOtherDataAndSaysWhatDiffers() {
        RunConfig c = config("ring", 4, "gaussian-mixture", "softmax", "dsgd", 1, "", "", 1);
        RunConfig recorded = new Simulation(c).resolvedConfig();
        DataIdentity id = recorded.data().identity();
        assertEquals(DataIdentity.GENERATED, id.copy());
        assertEquals(id, new Simulation(recorded).resolvedConfig().data().identity(), "the same data replays");
        RunConfig other = recorded.withDataIdentity(new DataIdentity(DataIdentity.EMBEDDED_SAMPLE, null, id.trainExamples(),
                id.testExamples(), "0".repeat(64)));
        var e = assertThrows(ConfigException.class, () -> new Simulation(other));
        assertEquals("data.identity: the data differ from the recorded run's: copy embedded-sample vs generated, sha256 000000000000… vs "
                + id.sha256().substring(0, 12) + "…", e.getMessage());
        assertTrue(new Simulation(other.withDataIdentity(null)).header() != null, "without a recorded identity any data runs");
    }

    static RoundMetrics withoutWall(RoundMetrics m) {
        return new RoundMetrics(m.round(), m.trainLoss(), m.testLoss(), m.testAccuracy(), m.meanClientAccuracy(), m.minClientAccuracy(),
                m.maxClientAccuracy(), m.consensusDistance(), m.generalizationGap(), m.bytesSent(), 0, m.survivors(), m.honest());
    }
}
