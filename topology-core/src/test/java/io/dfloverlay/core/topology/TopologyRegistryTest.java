package io.dfloverlay.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The registry's contract over this module's kinds, and the requests that need more than one parameter. */
class TopologyRegistryTest {
    static Stream<String> kindNames() {
        return TopologyRegistry.names().stream();
    }

    @ParameterizedTest
    @MethodSource("kindNames")
    void everyKindMeetsTheContract(String kind) {
        TopologyRegistryContract.check(TopologyRegistry.kind(kind));
    }

    @Test
    void namesAndAliasesAreUniqueAndCoverTheCoreKinds() {
        List<String> keys = TopologyRegistry.kinds().stream()
                .flatMap(k -> Stream.concat(Stream.of(k.name()), k.aliases().stream())).toList();
        assertEquals(keys.size(), new HashSet<>(keys).size(), "duplicate names: " + keys);
        assertTrue(keys.containsAll(List.of("lps", "margulis", "paley", "chordal-cycle", "ring", "torus", "complete", "star",
                "hypercube", "exponential", "static-exponential", "equistatic", "one-peer-exponential", "base-k-plus-one",
                "base-(k+1)", "random-regular")), keys.toString());
        assertSame(TopologyRegistry.kind("exponential"), TopologyRegistry.kind("static-exponential"));
        assertSame(TopologyRegistry.kind("base-k-plus-one"), TopologyRegistry.kind("Base-(k+1)"));
    }

    @Test
    void parametersWithAlternativesBuildWhatTheyDescribe() {
        SplittableRandom rng = new SplittableRandom(1);
        assertEquals(13, build("paley", Map.of("n", 13), rng).numNodes());
        assertEquals(101, build("chordal-cycle", Map.of("n", "101"), rng).numNodes());
        Graph torus = build("torus", Map.of("n", 25), rng);
        assertEquals(25, torus.numNodes());
        assertTrue(torus.isRegular() && torus.degree(0) == 4);
        assertEquals(5, build("hypercube", Map.of("n", 32), rng).degree(0));
        // equistatic's m defaults to ceil(log2 n) = 10 shifts: degree at most 20
        assertTrue(build("equistatic", Map.of("n", 1024), rng).maxDegree() <= 20);
        assertEquals(100_000, build("ring", Map.of("n", "1e5"), rng).numNodes());
        Map<String, Object> withBlank = new HashMap<>(Map.of("n", "7"));
        withBlank.put("d", null);
        withBlank.put("beta", " ");
        assertEquals(7, build("ring", withBlank, rng).numNodes());
        assertEquals(30, build("erdos-renyi", Map.of("n", 20, "m", 30), rng).numEdges());
        Graph lift = build("random-lift", Map.of("n", 10, "d", 4, "k", 5), rng);
        assertEquals(50, lift.numNodes());
        assertTrue(lift.isRegular() && lift.degree(0) == 4);
        assertTrue(build("random-regular", Map.of("n", 30, "d", 3, "connected", false), rng).isRegular());
        // base-k-plus-one's k answers to d: the simulator's degree sets the peers per round
        Topology.Varying base = (Topology.Varying) TopologyRegistry.create("base-(k+1)", Map.of("n", 9, "d", 2));
        assertTrue(base.topology().graph(0).maxDegree() <= 2);
    }

    @Test
    void unknownKindListsTheKnownKinds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopologyRegistry.kind("petersen"));
        assertTrue(e.getMessage().contains("unknown topology kind 'petersen'"), e.getMessage());
        for (String k : TopologyRegistry.names()) assertTrue(e.getMessage().contains(k), e.getMessage() + " lacks " + k);
        assertTrue(TopologyRegistry.find("nope").isEmpty());
    }

    @Test
    void requestsThatDoNotFitTogetherNameTheParameterInLibraryWords() {
        assertParam("torus", Map.of("n", 10), "n", "torus: n must be a perfect square, got 10");
        assertParam("torus", Map.of("rows", 3), "cols", "torus: cols is required with rows");
        assertParam("torus", Map.of("rows", 3, "cols", 3, "n", 9), "n", "cannot be combined");
        assertParam("hypercube", Map.of("n", 12), "n", "hypercube: n must be a power of two, got 12");
        assertParam("hypercube", Map.of(), "dim", "hypercube: dim (or n, a power of two) is required");
        assertParam("paley", Map.of("q", 13, "n", 17), "q", "paley: q given as ");
        assertParam("erdos-renyi", Map.of("n", 10), "p", "erdos-renyi: p (or m) is required");
        assertParam("ring", Map.of("n", "2.5"), "n", "ring: n must be an integer, got '2.5'");
        assertParam("ring", Map.of("n", 10, "d", 3), "d", "ring: d is not a parameter (parameters: n)");
        assertParam("random-regular", Map.of("n", 10), "d", "random-regular: d is required (degree)");
        assertParam("hamiltonian-cycles", Map.of("n", 10, "d", 1), "d", "hamiltonian-cycles: d must be at least 2, got 1");
        assertParam("watts-strogatz", Map.of("n", 10, "k", 4, "beta", 1.5), "beta", "watts-strogatz: beta must be at most 1, got 1.5");
        // constraints of the generator itself keep its words, prefixed with the kind
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopologyRegistry.create("lps", Map.of("p", 7, "q", 13)));
        assertTrue(e.getMessage().startsWith("lps") && e.getMessage().contains("p = 1 mod 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TopologyRegistry.create("watts-strogatz", Map.of("n", 10, "k", 3, "beta", 0.1)));
        assertTrue(e.getMessage().startsWith("watts-strogatz: k must be even"), e.getMessage());
    }

    @Test
    void valuesAreTypedAndDurationsNeedAUnit() {
        ParamSpec budget = ParamSpec.optional("budget", ParamType.DURATION, "time budget");
        assertEquals(Duration.ofSeconds(30), budget.accept("k", "30s"));
        assertEquals(Duration.ofMillis(1500), budget.accept("k", "1.5s"));
        assertEquals(Duration.ofMinutes(2), budget.accept("k", "PT2M"));
        assertEquals("k: budget must be a duration with a unit (e.g. 30s, 2m, 500ms), got '30'",
                assertThrows(ParamException.class, () -> budget.accept("k", 30)).getMessage());
        assertEquals("k: budget must be positive, got 0s", assertThrows(ParamException.class, () -> budget.accept("k", "0s")).getMessage());
        ParamSpec count = ParamSpec.withDefault("swaps", ParamType.INT, 1000, "swaps").atLeast(0);
        assertEquals(100_000, count.accept("k", "100_000"));
        assertEquals(7, count.accept("k", 7L));
        assertThrows(ParamException.class, () -> count.accept("k", 7.5));
        assertThrows(ParamException.class, () -> count.accept("k", 3e10));
        assertEquals("int >= 0, default 1000: swaps", count.summary());
        assertThrows(IllegalArgumentException.class, () -> ParamSpec.withDefault("x", ParamType.INT, -1, "x").atLeast(0).atLeast(0)
                .alias("y").accept("k", -2));
        assertThrows(IllegalArgumentException.class, () -> new ParamSpec("x", List.of(), ParamType.INT, true, 3, 0, 1, "x"));
    }

    private static Graph build(String kind, Map<String, ?> params, SplittableRandom rng) {
        return TopologyRegistry.create(kind, params).graph(0, rng);
    }

    private static void assertParam(String kind, Map<String, ?> params, String param, String fragment) {
        ParamException e = assertThrows(ParamException.class, () -> TopologyRegistry.create(kind, params));
        assertEquals(param, e.param(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
    }
}
