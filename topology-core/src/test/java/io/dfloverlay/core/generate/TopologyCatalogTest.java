package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.GeneratorContract.assertSimpleSymmetric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalog kind builds a valid topology from small parameters; bad requests fail clearly. */
class TopologyCatalogTest {
    /** Small valid parameters per kind; every kind in kinds() must have an entry. */
    private static final Map<String, Map<String, String>> SMALL = Map.ofEntries(
            Map.entry("random-regular", Map.of("n", "20", "d", "4")),
            Map.entry("hamiltonian-cycles", Map.of("n", "20", "d", "4")),
            Map.entry("lps", Map.of("p", "5", "q", "7")),
            Map.entry("margulis", Map.of("m", "5")),
            Map.entry("paley", Map.of("q", "13")),
            Map.entry("chordal-cycle", Map.of("p", "11")),
            Map.entry("random-lift", Map.of("n", "10", "d", "3", "k", "3")),
            Map.entry("ring", Map.of("n", "10")),
            Map.entry("torus", Map.of("rows", "3", "cols", "4")),
            Map.entry("complete", Map.of("n", "6")),
            Map.entry("star", Map.of("n", "6")),
            Map.entry("hypercube", Map.of("dim", "4")),
            Map.entry("exponential", Map.of("n", "12")),
            Map.entry("equistatic", Map.of("n", "12")),
            Map.entry("watts-strogatz", Map.of("n", "20", "k", "4", "beta", "0.2")),
            Map.entry("erdos-renyi", Map.of("n", "20", "p", "0.3")),
            Map.entry("one-peer-exponential", Map.of("n", "8")),
            Map.entry("base-k-plus-one", Map.of("n", "10", "k", "2")));

    static Stream<String> kindNames() {
        return TopologyCatalog.kinds().stream().map(TopologyCatalog.KindInfo::name);
    }

    @ParameterizedTest
    @MethodSource("kindNames")
    void everyKindBuildsAValidTopologyFromSmallParameters(String kind) {
        Map<String, String> params = SMALL.get(kind);
        assertTrue(params != null, "no small parameters for kind " + kind);
        TopologyCatalog.KindInfo info = TopologyCatalog.kinds().stream().filter(k -> k.name().equals(kind)).findFirst().orElseThrow();
        assertTrue(info.params().containsAll(params.keySet()), kind + ": params " + info.params());
        assertFalse(info.description().isBlank(), kind);
        if (TopologyCatalog.isTimeVarying(kind)) {
            TimeVaryingTopology topo = TopologyCatalog.createTimeVarying(kind, params);
            for (int t = 0; t < topo.period(); t++) {
                assertSimpleSymmetric(topo.graph(t), kind + " round " + t);
                GraphTestSupport.assertDoublyStochastic(topo.mixing(t), 1e-12, kind + " round " + t);
            }
            assertThrows(IllegalArgumentException.class, () -> TopologyCatalog.create(kind, params));
        } else {
            for (long seed = 0; seed < 5; seed++) {
                Graph g = TopologyCatalog.create(kind, params).generate(new SplittableRandom(seed));
                assertSimpleSymmetric(g, kind + " seed=" + seed);
                assertTrue(g.numNodes() > 0, kind);
            }
            assertThrows(IllegalArgumentException.class, () -> TopologyCatalog.createTimeVarying(kind, params));
        }
    }

    @Test
    void kindNamesAreUniqueAndCoverTheExplicitOnes() {
        List<String> names = kindNames().toList();
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate kind names");
        assertTrue(names.containsAll(List.of("lps", "margulis", "paley", "chordal-cycle", "ring", "torus", "complete", "star",
                "hypercube", "exponential", "equistatic", "one-peer-exponential", "base-k-plus-one", "random-regular")), names.toString());
    }

    @Test
    void aliasesAndDefaultsWork() {
        SplittableRandom rng = new SplittableRandom(1);
        assertEquals(13, TopologyCatalog.create("paley", Map.of("n", "13")).generate(rng).numNodes());
        assertEquals(101, TopologyCatalog.create("chordal-cycle", Map.of("n", "101")).generate(rng).numNodes());
        Graph torus = TopologyCatalog.create("torus", Map.of("n", "25")).generate(rng);
        assertEquals(25, torus.numNodes());
        assertTrue(torus.isRegular() && torus.degree(0) == 4);
        assertEquals(5, TopologyCatalog.create("hypercube", Map.of("n", "32")).generate(rng).degree(0));
        assertTrue(TopologyCatalog.create("equistatic", Map.of("n", "1024")).generate(rng).maxDegree() <= 20);
        assertEquals(100_000, TopologyCatalog.create("ring", Map.of("n", "1e5")).generate(rng).numNodes());
        Map<String, String> withBlank = new HashMap<>(Map.of("n", "7"));
        withBlank.put("d", null);
        withBlank.put("beta", " ");
        assertEquals(7, TopologyCatalog.create("ring", withBlank).generate(rng).numNodes());
        assertEquals(30, TopologyCatalog.create("erdos-renyi", Map.of("n", "20", "m", "30")).generate(rng).numEdges());
        Graph lift = TopologyCatalog.create("random-lift", Map.of("n", "10", "d", "4", "k", "5")).generate(rng);
        assertEquals(50, lift.numNodes());
        assertTrue(lift.isRegular() && lift.degree(0) == 4);
        assertTrue(TopologyCatalog.create("random-regular", Map.of("n", "30", "d", "3", "connected", "false")).generate(rng).isRegular());
    }

    @Test
    void unknownKindListsTheKnownKinds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopologyCatalog.create("petersen", Map.of()));
        assertTrue(e.getMessage().contains("unknown topology kind 'petersen'"), e.getMessage());
        for (String k : kindNames().toList()) assertTrue(e.getMessage().contains(k), e.getMessage() + " lacks " + k);
        assertThrows(IllegalArgumentException.class, () -> TopologyCatalog.isTimeVarying("nope"));
    }

    @Test
    void badParametersNameTheKindAndTheParameter() {
        assertMessage("random-regular", Map.of("n", "10"), "random-regular needs --d");
        assertMessage("lps", Map.of("p", "5"), "lps needs --q");
        assertMessage("ring", Map.of("n", "ten"), "ring: --n must be an integer, got 'ten'");
        assertMessage("ring", Map.of("n", "2.5"), "--n must be an integer");
        assertMessage("ring", Map.of("n", "10", "d", "3"), "ring does not take --d");
        assertMessage("torus", Map.of("n", "10"), "perfect square");
        assertMessage("torus", Map.of("rows", "3"), "torus needs --cols");
        assertMessage("hypercube", Map.of("n", "12"), "power of two");
        assertMessage("hypercube", Map.of(), "hypercube needs --dim or --n");
        assertMessage("paley", Map.of("q", "13", "n", "17"), "disagree");
        assertMessage("paley", Map.of(), "paley needs --q");
        assertMessage("random-regular", Map.of("n", "10", "d", "3", "connected", "maybe"), "--connected must be true or false");
        assertMessage("base-k-plus-one", Map.of("n", "10"), "base-k-plus-one needs --k");
        assertMessage("lps", Map.of("p", "7", "q", "13"), "p = 1 mod 4");
        assertMessage("erdos-renyi", Map.of("n", "10"), "erdos-renyi needs --p or --m");
        assertMessage("erdos-renyi", Map.of("n", "10", "p", "x"), "--p must be a number");
        assertMessage("watts-strogatz", Map.of("n", "10", "k", "4"), "watts-strogatz needs --beta");
        assertMessage("random-lift", Map.of("n", "10", "d", "3", "k", "0"), "k >= 1");
        assertMessage("hamiltonian-cycles", Map.of("d", "4"), "hamiltonian-cycles needs --n");
        assertMessage("watts-strogatz", Map.of("n", "10", "k", "3", "beta", "0.1"), "watts-strogatz: k must be even");
        assertMessage("ring", Map.of("n", "2"), "ring needs n >= 3");
    }

    private static void assertMessage(String kind, Map<String, String> params, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            if (TopologyCatalog.isTimeVarying(kind)) TopologyCatalog.createTimeVarying(kind, params);
            else TopologyCatalog.create(kind, params);
        });
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
    }
}
