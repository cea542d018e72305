package io.dfloverlay.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.GeneratorContract;
import io.dfloverlay.core.generate.GraphTestSupport;
import io.dfloverlay.core.generate.TimeVaryingTopology;
import io.dfloverlay.core.graph.Graph;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The contract every registered topology kind meets, shared by the registry tests of each module
 * that contributes kinds: it builds from small parameters (defaults for the rest), its names and
 * aliases resolve, and an unknown parameter, a missing one, a malformed value or one just out of
 * range gives a {@link ParamException} naming the parameter.
 */
public final class TopologyRegistryContract {
    /**
     * Small valid requests: only the parameters without a default. A kind added without an entry
     * here fails {@link #check} with a message saying so.
     */
    private static final Map<String, Map<String, Object>> SMALL = Map.ofEntries(
            Map.entry("random-regular", Map.of("n", 20, "d", 4)),
            Map.entry("hamiltonian-cycles", Map.of("n", 20, "d", 4)),
            Map.entry("lps", Map.of("p", 5, "q", 7)),
            Map.entry("margulis", Map.of("m", 5)),
            Map.entry("paley", Map.of("q", 13)),
            Map.entry("chordal-cycle", Map.of("p", 11)),
            Map.entry("random-lift", Map.of("n", 10, "d", 3, "k", 3)),
            Map.entry("ring", Map.of("n", 10)),
            Map.entry("torus", Map.of("rows", 3, "cols", 4)),
            Map.entry("complete", Map.of("n", 6)),
            Map.entry("star", Map.of("n", 6)),
            Map.entry("hypercube", Map.of("dim", 4)),
            Map.entry("exponential", Map.of("n", 12)),
            Map.entry("equistatic", Map.of("n", 12)),
            Map.entry("watts-strogatz", Map.of("n", 20, "k", 4, "beta", 0.2)),
            Map.entry("erdos-renyi", Map.of("n", 20, "p", 0.3)),
            Map.entry("one-peer-exponential", Map.of("n", 8)),
            Map.entry("base-k-plus-one", Map.of("n", 10, "k", 2)),
            Map.entry("near-optimal", Map.of("n", 16, "d", 4, "swaps", 20)),
            Map.entry("d-cliques", Map.of("n", 20, "clique-size", 5)),
            Map.entry("stl-fw", Map.of("n", 20, "d", 4, "iterations", 10)),
            Map.entry("label-aware", Map.of("n", 20, "d", 4, "swaps", 20, "start-swaps", 10)));

    /** Kinds that read the clients' label histograms: they get these (20 nodes, one class each of 4). */
    private static final java.util.Set<String> NEEDS_HISTOGRAMS = java.util.Set.of("d-cliques", "stl-fw", "label-aware");

    private TopologyRegistryContract() {}

    /**
     * Checks one kind.
     *
     * @param kind the kind
     */
    public static void check(TopologyKind kind) {
        String name = kind.name();
        Map<String, Object> small = SMALL.get(name);
        assertNotNull(small, "no small request for kind " + name + " in TopologyRegistryContract.SMALL");
        assertFalse(kind.description().isBlank(), name);
        buildsValidTopologies(kind, small);
        namesResolve(kind);
        badParametersAreNamed(kind, small);
    }

    private static void buildsValidTopologies(TopologyKind kind, Map<String, Object> small) {
        String name = kind.name();
        TopologyInputs inputs = inputsFor(name);
        Topology t = TopologyRegistry.create(name, small, inputs);
        assertEquals(kind.timeVarying(), t instanceof Topology.Varying, name);
        if (t instanceof Topology.Varying v) {
            TimeVaryingTopology topo = v.topology();
            for (int r = 0; r < topo.period(); r++) {
                GeneratorContract.assertSimpleSymmetric(topo.graph(r), name + " round " + r);
                GraphTestSupport.assertDoublyStochastic(topo.mixing(r), 1e-12, name + " round " + r);
            }
        } else {
            for (long seed = 0; seed < 3; seed++) {
                Graph g = t.graph(0, new SplittableRandom(seed));
                GeneratorContract.assertSimpleSymmetric(g, name + " seed=" + seed);
                assertTrue(g.numNodes() > 0, name);
                assertEquals(g, TopologyRegistry.create(name, small, inputs).graph(0, new SplittableRandom(seed)), name + ": same seed, same graph");
            }
        }
        // the same request by string values (as a command line gives them)
        Map<String, Object> asText = new HashMap<>();
        small.forEach((k, v) -> asText.put(k, String.valueOf(v)));
        assertEquals(kind.parse(small, TopologyInputs.NONE).values(), kind.parse(asText, TopologyInputs.NONE).values(), name);
    }

    /**
     * The inputs the contract gives a kind: label histograms (20 nodes, node i holding class i mod 4)
     * for the data-aware kinds, none for the others.
     *
     * @param name the kind's name
     * @return its inputs
     */
    public static TopologyInputs inputsFor(String name) {
        if (!NEEDS_HISTOGRAMS.contains(name)) return TopologyInputs.NONE;
        double[][] h = new double[20][4];
        for (int i = 0; i < 20; i++) h[i][i % 4] = 10;
        return TopologyInputs.NONE.with(io.dfloverlay.core.labelskew.LabelHistograms.class, new io.dfloverlay.core.labelskew.LabelHistograms(h));
    }

    private static void namesResolve(TopologyKind kind) {
        assertSame(kind, TopologyRegistry.kind(kind.name()), kind.name());
        assertSame(kind, TopologyRegistry.kind(" " + kind.name().toUpperCase(Locale.ROOT) + " "), kind.name());
        for (String alias : kind.aliases()) assertSame(kind, TopologyRegistry.kind(alias), alias);
        for (ParamSpec p : kind.params()) {
            assertFalse(p.help().isBlank(), kind.name() + "." + p.name());
            for (String alias : p.aliases()) assertSame(p, kind.param(alias).orElseThrow(), kind.name() + "." + alias);
        }
    }

    private static void badParametersAreNamed(TopologyKind kind, Map<String, Object> small) {
        String name = kind.name();
        Map<String, Object> unknown = new HashMap<>(small);
        unknown.put("no-such-param", 1);
        assertParamError(kind, unknown, "no-such-param", "is not a parameter");
        for (ParamSpec p : kind.params()) {
            if (p.required()) {
                Map<String, Object> missing = new HashMap<>(small);
                missing.remove(p.name());
                assertParamError(kind, missing, p.name(), "is required");
            }
            if (p.type() == ParamType.INT || p.type() == ParamType.DOUBLE) {
                Map<String, Object> malformed = new HashMap<>(small);
                malformed.put(p.name(), "ten");
                assertParamError(kind, malformed, p.name(), "must be");
                if (p.min() > Double.NEGATIVE_INFINITY) {
                    Map<String, Object> low = new HashMap<>(small);
                    low.put(p.name(), p.type() == ParamType.INT ? (Object) (int) (p.min() - 1) : (Object) (p.min() - 0.5));
                    assertParamError(kind, low, p.name(), "must be at least");
                }
                if (p.max() < Double.POSITIVE_INFINITY) {
                    Map<String, Object> high = new HashMap<>(small);
                    high.put(p.name(), p.type() == ParamType.INT ? (Object) (int) (p.max() + 1) : (Object) (p.max() + 0.5));
                    assertParamError(kind, high, p.name(), "must be at most");
                }
            }
            if (p.type() == ParamType.DURATION) {
                Map<String, Object> bare = new HashMap<>(small);
                bare.put(p.name(), "30");
                assertParamError(kind, bare, p.name(), "unit");
            }
            if (p.type() == ParamType.BOOLEAN) {
                Map<String, Object> maybe = new HashMap<>(small);
                maybe.put(p.name(), "maybe");
                assertParamError(kind, maybe, p.name(), "must be true or false");
            }
        }
        assertTrue(name.equals(name.toLowerCase(Locale.ROOT)), name);
    }

    private static void assertParamError(TopologyKind kind, Map<String, Object> request, String param, String fragment) {
        ParamException e = assertThrows(ParamException.class, () -> kind.create(request), kind.name() + " " + request);
        assertEquals(kind.name(), e.kind(), e.getMessage());
        assertEquals(param, e.param(), e.getMessage());
        assertTrue(e.getMessage().startsWith(kind.name() + ": " + param + " "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' lacks '" + fragment + "'");
        assertFalse(e.getMessage().contains("--"), "library message uses a flag: " + e.getMessage());
    }
}
