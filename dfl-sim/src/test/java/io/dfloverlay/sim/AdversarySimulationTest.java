package io.dfloverlay.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.config.AdversaryConfig;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.RunConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evidence on a small seeded synthetic task (4-class Gaussian mixture, 16 clients, random-regular
 * d = 4, 40 rounds, f = 0.25 so 4 Byzantine clients): attacks measurably hurt the honest clients
 * under plain gossip, and robust aggregation recovers most of the loss.
 */
class AdversarySimulationTest {
    private static final int N = 16;

    private static RunConfig.Builder base() {
        return SimulationTest.builder("random-regular", N, "gaussian-mixture", "softmax", "dsgd", 40, "", "", 5).evalEvery(20);
    }

    private static RoundMetrics last(AdversaryConfig adversary) {
        List<RoundMetrics> m = SimulationTest.run(base().adversary(adversary).build());
        return m.get(m.size() - 1);
    }

    private static HonestMetrics honest(double f, String attack, String aggregator) {
        HonestMetrics h = last(AdversaryConfig.of(f, attack, aggregator)).honest();
        assertNotNull(h, "honest metrics reported");
        return h;
    }

    @ParameterizedTest(name = "{0} defended by {1}")
    @CsvSource({"model-replacement, clipped-gossip", "model-replacement, median", "gaussian, clipped-gossip", "gaussian, median"})
    void anAttackHurtsPlainGossipAndTheDefenceRecoversMostOfIt(String attack, String defence) {
        double clean = honest(0, "none", "mean").meanClientAccuracy();
        double attacked = honest(0.25, attack, "mean").meanClientAccuracy();
        double defended = honest(0.25, attack, defence).meanClientAccuracy();
        String msg = attack + "/" + defence + ": clean " + clean + ", attacked " + attacked + ", defended " + defended;
        assertTrue(clean - attacked > 0.05, "the attack hurts: " + msg);
        assertTrue(defended - attacked >= 0.8 * (clean - attacked), "the defence recovers at least 80% of the loss: " + msg);
    }

    @Test
    void honestMetricsExcludeTheByzantineClientsAndRunsReplay() {
        AdversaryConfig adv = AdversaryConfig.of(0.25, "gaussian", "trimmed-mean");
        RoundMetrics a = last(adv), b = last(adv);
        assertEquals(SimulationTest.withoutWall(a), SimulationTest.withoutWall(b), "same config, same metrics");
        HonestMetrics h = a.honest();
        assertEquals(N - N / 4, h.honestClients());
        assertEquals(N / 4, h.byzantineClients());
        assertTrue(h.minClientAccuracy() <= h.meanClientAccuracy() && h.meanClientAccuracy() <= h.maxClientAccuracy());
        assertNull(last(null).honest(), "honest runs report no split");
    }

    @Test
    void withoutByzantineClientsPlainGossipReportsTheSameAsAnHonestRun() {
        RoundMetrics honestRun = last(null);
        RoundMetrics split = last(AdversaryConfig.of(0, "alie", "mean"));
        assertEquals(honestRun.testAccuracy(), split.testAccuracy());
        assertEquals(honestRun.consensusDistance(), split.consensusDistance());
        assertEquals(honestRun.meanClientAccuracy(), split.honest().meanClientAccuracy());
        assertEquals(honestRun.consensusDistance(), split.honest().consensusDistance(), 1e-9 * honestRun.consensusDistance());
    }

    record Bad(RunConfig.Builder config, String expected) {}

    @Test
    void badAdversariesGiveOneLineNamingTheKey() {
        Map<String, Object> trimTwo = Map.of("b", 2L);
        for (Bad bad : List.of(
                new Bad(base().topology("ring").adversary(new AdversaryConfig(0.2, "alie", null, "trimmed-mean", trimTwo, null)),
                        "adversary.aggregatorParams.b: trimming 2 values from each end needs more than 4 values per coordinate, "
                                + "but a node of degree 2 has only 3"),
                new Bad(base().algorithm(io.dfloverlay.sim.config.AlgorithmConfig.Kind.GRADIENT_TRACKING)
                        .adversary(AdversaryConfig.of(0.2, "alie", "median")), "adversary: Byzantine clients need algorithm dsgd"))) {
            var e = assertThrows(ConfigException.class, () -> new Simulation(bad.config().build()), bad.expected());
            assertTrue(e.getMessage().startsWith(bad.expected()), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0.5|alie|mean|fraction: must be in [0, 0.5)",
            "-0.1|alie|mean|fraction: must be in [0, 0.5)",
            "0.2|fgsm|mean|attack: unknown attack 'fgsm'; known: none, sign-flip, scaled, gaussian, alie, model-replacement",
            "0.2|alie|krum|aggregator: unknown aggregator 'krum'; known: mean, clipped-gossip, self-centered-clipping, trimmed-mean, median"})
    void badValuesAreRejectedAtTheirKey(double f, String attack, String aggregator, String expected) {
        var e = assertThrows(ConfigException.class, () -> AdversaryConfig.of(f, attack, aggregator));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
