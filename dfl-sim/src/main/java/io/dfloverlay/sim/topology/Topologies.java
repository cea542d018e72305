package io.dfloverlay.sim.topology;

import io.dfloverlay.core.generate.TimeVaryingTopology;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.MixingSchemes;
import io.dfloverlay.core.mixing.MixingWeights;
import io.dfloverlay.core.topology.Topology;
import io.dfloverlay.core.topology.TopologyKind;
import io.dfloverlay.core.topology.TopologyParams;
import io.dfloverlay.core.topology.TopologyInputs;
import io.dfloverlay.core.topology.TopologyRegistry;
import io.dfloverlay.core.topology.WeightedOverlay;
import io.dfloverlay.spectral.SparseLaplacianExtremes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Builds the simulator's {@link RoundTopology} from a kind of the {@link TopologyRegistry} (any
 * name or alias: static kinds, the time-varying {@code one-peer-exponential} and
 * {@code base-k-plus-one} with their own per-round weights, {@code near-optimal} from the spectral
 * module), the number of clients n, the degree d and further typed parameters. n and d are passed
 * to kinds that have a parameter answering to {@code n} or {@code d} (Base-(k+1)'s {@code k}
 * answers to d) unless the parameters set it already. Weights: any {@link MixingSchemes} name, for
 * static kinds; kinds that build their own weights ({@link Topology.Weighted}: {@code d-cliques},
 * {@code stl-fw}) use those, as time-varying kinds do. Data-aware kinds ({@code d-cliques},
 * {@code stl-fw}, {@code label-aware}) read the clients' label histograms from the
 * {@link TopologyInputs} given to {@link #create(String, int, Integer, Map, String, TopologyInputs, RandomGenerator)}.
 */
public final class Topologies {
    private Topologies() {}

    /**
     * Whether {@code kind} names a time-varying topology.
     *
     * @param kind a kind name or alias
     * @return true for a time-varying kind, false for a static or unknown one
     */
    public static boolean isTimeVarying(String kind) {
        return TopologyRegistry.find(kind).map(TopologyKind::timeVarying).orElse(false);
    }

    /**
     * The registered kind, for validating a request without building it (its {@link
     * TopologyKind#params()} name what a configuration may set).
     *
     * @param kind a kind name or alias
     * @return the kind
     * @throws IllegalArgumentException for an unknown kind, listing the known ones
     */
    public static TopologyKind kind(String kind) {
        return TopologyRegistry.kind(kind);
    }

    /**
     * The full parameter request the simulator makes: {@code params} plus n and d where the kind
     * takes them and {@code params} does not set them.
     *
     * @param kind a kind name or alias
     * @param n number of clients
     * @param d degree, or null for kinds without one
     * @param params further parameters (Number, Boolean or String values; may be null)
     * @return the validated, typed parameters
     * @throws IllegalArgumentException for an unknown kind; {@link io.dfloverlay.core.topology.ParamException} for a bad parameter
     */
    public static TopologyParams params(String kind, int n, Integer d, Map<String, ?> params) {
        TopologyKind k = TopologyRegistry.kind(kind);
        return k.parse(request(k, n, d, params), TopologyInputs.NONE);
    }

    /**
     * Creates the topology.
     *
     * @param kind a kind name or alias of the {@link TopologyRegistry}
     * @param n number of clients
     * @param d degree, or null for kinds without one (ignored by kinds without one)
     * @param params further parameters by name (Number, Boolean or String values; may be null)
     * @param weights a {@link MixingSchemes} name for static kinds (null: uniform)
     * @param rng the randomness of random kinds
     * @return the per-round graphs and mixing matrices
     * @throws IllegalArgumentException for unknown kinds or weights, or invalid parameters
     *     ({@link io.dfloverlay.core.topology.ParamException} naming the parameter)
     */
    public static RoundTopology create(String kind, int n, Integer d, Map<String, ?> params, String weights, RandomGenerator rng) {
        return create(kind, n, d, params, weights, TopologyInputs.NONE, rng);
    }

    /**
     * Creates the topology with further inputs, e.g. the clients' label histograms for data-aware kinds.
     *
     * @param kind a kind name or alias of the {@link TopologyRegistry}
     * @param n number of clients
     * @param d degree, or null for kinds without one
     * @param params further parameters by name (may be null)
     * @param weights a {@link MixingSchemes} name for static kinds without their own weights (null: uniform)
     * @param inputs further inputs ({@code LabelHistograms}, a progress sink)
     * @param rng the randomness of random kinds
     * @return the per-round graphs and mixing matrices, and the node groups of a grouped overlay
     * @throws IllegalArgumentException for unknown kinds or weights, invalid parameters or missing inputs
     */
    public static RoundTopology create(String kind, int n, Integer d, Map<String, ?> params, String weights, TopologyInputs inputs,
            RandomGenerator rng) {
        TopologyKind k = TopologyRegistry.kind(kind);
        MixingWeights scheme = k.timeVarying() ? null : weights(weights);
        Map<String, Object> request = request(k, n, d, params);
        Topology t = k.create(request, inputs);
        if (t instanceof Topology.Varying v) {
            TimeVaryingTopology tv = v.topology();
            int period = tv.period();
            Graph[] graphs = new Graph[period];
            MixingMatrix[] ws = new MixingMatrix[period];
            for (int r = 0; r < period; r++) {
                graphs[r] = tv.graph(r);
                ws[r] = tv.mixing(r);
            }
            return new RoundTopology(tv + " (period " + period + ")", true, graphs, ws);
        }
        String name = k.name() + k.parse(request, TopologyInputs.NONE).asText().toString().replace('{', '(').replace('}', ')');
        if (t instanceof Topology.Weighted own) {
            WeightedOverlay o = own.generator().generate(rng);
            return RoundTopology.grouped(name + ", its own weights", o.graph(), o.mixing(), o.groups());
        }
        Graph g = t.graph(0, rng);
        return RoundTopology.fixed(name + ", " + scheme + " weights", g, scheme.of(g));
    }

    /**
     * The graph of a static kind, with n and d filled in as {@link #create} does.
     *
     * @param kind a static kind's name or alias
     * @param n number of nodes
     * @param d degree, or null for kinds without one
     * @param params further parameters by name (may be null)
     * @param rng the randomness of random kinds
     * @return the graph
     * @throws IllegalArgumentException for an unknown or time-varying kind or invalid parameters
     */
    public static Graph graph(String kind, int n, Integer d, Map<String, ?> params, RandomGenerator rng) {
        TopologyKind k = TopologyRegistry.kind(kind);
        if (k.timeVarying()) throw new IllegalArgumentException(k.name() + " is time-varying; a static topology is needed here");
        return k.create(request(k, n, d, params)).graph(0, rng);
    }

    /**
     * The weight scheme by name ({@link MixingSchemes}: uniform, mh, best-constant, lazy, ...), with
     * best-constant's Laplacian eigenvalues from the spectral module (sparse for large graphs).
     *
     * @param name a scheme name or alias (null: uniform)
     * @return the weights
     * @throws IllegalArgumentException for an unknown name
     */
    public static MixingWeights weights(String name) {
        return MixingSchemes.byName(name == null ? "uniform" : name, new SparseLaplacianExtremes());
    }

    private static Map<String, Object> request(TopologyKind k, int n, Integer d, Map<String, ?> params) {
        Map<String, Object> request = new LinkedHashMap<>();
        if (params != null) request.putAll(params);
        putUnlessSet(k, request, "n", n);
        if (d != null) putUnlessSet(k, request, "d", d);
        return request;
    }

    /** Adds {@code key=value} if the kind has a parameter answering to key and the request does not set that parameter. */
    private static void putUnlessSet(TopologyKind k, Map<String, Object> request, String key, int value) {
        k.param(key).ifPresent(spec -> {
            boolean set = request.entrySet().stream().anyMatch(e -> spec.answersTo(e.getKey()) && e.getValue() != null
                    && !(e.getValue() instanceof String s && s.isBlank()));
            if (!set) request.put(key, value);
        });
    }
}
