package io.dfloverlay.sim.topology;

import io.dfloverlay.core.generate.GraphGenerator;
import io.dfloverlay.core.generate.TopologyCatalog;
import io.dfloverlay.core.generate.TimeVaryingTopology;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.MixingSchemes;
import io.dfloverlay.core.mixing.MixingWeights;
import io.dfloverlay.spectral.SparseLaplacianExtremes;
import io.dfloverlay.spectral.search.NearOptimalSearch;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Builds a {@link RoundTopology} from a topology kind, n, d, parameters and a weight scheme. Kinds
 * are those of {@link TopologyCatalog} (static: {@code random-regular}, {@code ring},
 * {@code complete}, {@code torus}, {@code hypercube}, {@code exponential}, {@code lps}, ...;
 * time-varying with their own per-round weights: {@code one-peer-exponential},
 * {@code base-k-plus-one}, whose {@code k} defaults to d) plus {@code near-optimal} (λ-lowering
 * search of the spectral module: parameter {@code swaps}, default {@value #DEFAULT_SWAPS},
 * deterministic; or {@code budget-ms}, a wall-clock budget). n and d are passed to kinds that take
 * them unless the parameters already set them. Weights: any {@link MixingSchemes} name.
 */
public final class Topologies {
    /** Swap budget of {@code near-optimal} unless the {@code swaps} parameter says otherwise. */
    public static final int DEFAULT_SWAPS = 1000;

    private Topologies() {}

    /** Whether {@code kind} names a time-varying topology (false for unknown kinds). */
    public static boolean isTimeVarying(String kind) {
        String k = normalize(kind);
        if (k.equals("near-optimal")) return false;
        try {
            return TopologyCatalog.isTimeVarying(k);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /**
     * Creates the topology.
     *
     * @param kind    topology kind name (or alias)
     * @param n       number of nodes
     * @param d       degree for kinds that take one, or null
     * @param params  extra kind parameters as JSON scalars (numbers, booleans, strings), may be null
     * @param weights mixing-weight scheme name
     * @param rng     randomness of random kinds
     * @return the per-round graphs and mixing matrices
     * @throws IllegalArgumentException for unknown kinds or weights, or invalid sizes
     */
    public static RoundTopology create(String kind, int n, Integer d, Map<String, ?> params, String weights, RandomGenerator rng) {
        return create(kind, n, d == null ? 0 : d, asText(params), weights, rng);
    }

    /** Parameter values as the catalog's text form: integral numbers without a fraction. */
    private static Map<String, String> asText(Map<String, ?> params) {
        Map<String, String> text = new TreeMap<>();
        if (params == null) return text;
        params.forEach((k, v) -> text.put(k, v instanceof Double x && x == Math.rint(x) && Math.abs(x) < 1e15
                ? Long.toString((long) (double) x) : String.valueOf(v)));
        return text;
    }

    private static RoundTopology create(String kind, int n, int d, Map<String, String> params, String weights, RandomGenerator rng) {
        String k = normalize(kind);
        Map<String, String> p = new TreeMap<>(params);
        if (k.equals("near-optimal")) {
            GraphGenerator gen = p.containsKey("budget-ms")
                    ? new NearOptimalSearch(n, d, Duration.ofMillis(intParam(p, "budget-ms", 1000)))
                    : new NearOptimalSearch(n, d, (long) intParam(p, "swaps", DEFAULT_SWAPS));
            return fixed(k + "(n=" + n + ", d=" + d + ")", gen.generate(rng), weights);
        }
        List<String> accepted = TopologyCatalog.kinds().stream().filter(i -> i.name().equals(k)).findFirst()
                .map(TopologyCatalog.KindInfo::params).orElseThrow(() -> new IllegalArgumentException("unknown topology '" + kind
                        + "'; known: " + String.join(", ", TopologyCatalog.kinds().stream().map(TopologyCatalog.KindInfo::name).toList())
                        + ", near-optimal"));
        if (accepted.contains("n")) p.putIfAbsent("n", Integer.toString(n));
        if (accepted.contains("d") && d > 0) p.putIfAbsent("d", Integer.toString(d));
        if (accepted.contains("k") && TopologyCatalog.isTimeVarying(k)) p.putIfAbsent("k", Integer.toString(Math.max(1, d)));
        if (TopologyCatalog.isTimeVarying(k)) {
            TimeVaryingTopology tv = TopologyCatalog.createTimeVarying(k, p);
            int period = tv.period();
            Graph[] graphs = new Graph[period];
            MixingMatrix[] ws = new MixingMatrix[period];
            for (int r = 0; r < period; r++) {
                graphs[r] = tv.graph(r);
                ws[r] = tv.mixing(r);
            }
            return new RoundTopology(tv + " (period " + period + ")", true, graphs, ws);
        }
        Graph g = TopologyCatalog.create(k, p).generate(rng);
        return fixed(k + p, g, weights);
    }

    private static RoundTopology fixed(String name, Graph g, String weights) {
        MixingWeights scheme = weights(weights);
        return RoundTopology.fixed(name + ", " + scheme + " weights", g, scheme.of(g));
    }

    /**
     * The weight scheme by name ({@link MixingSchemes}: uniform, mh, best-constant, lazy, ...), with
     * best-constant's Laplacian eigenvalues from the spectral module (sparse for large graphs).
     */
    public static MixingWeights weights(String name) {
        return MixingSchemes.byName(name == null ? "uniform" : name, new SparseLaplacianExtremes());
    }

    private static String normalize(String kind) {
        if (kind == null) throw new IllegalArgumentException("topology kind is null");
        String k = kind.trim().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "base-(k+1)", "base-k+1", "base" -> "base-k-plus-one";
            case "one-peer-exp", "onepeer-exponential" -> "one-peer-exponential";
            case "static-exponential" -> "exponential";
            default -> k;
        };
    }

    private static int intParam(Map<String, String> params, String key, int def) {
        String v = params == null ? null : params.get(key);
        if (v == null) return def;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("topology parameter " + key + "=" + v + " is not an integer");
        }
    }
}
