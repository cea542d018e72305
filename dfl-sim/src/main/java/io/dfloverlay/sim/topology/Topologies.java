package io.dfloverlay.sim.topology;

import io.dfloverlay.core.generate.BaseKPlusOneTopology;
import io.dfloverlay.core.generate.CompleteGraphGenerator;
import io.dfloverlay.core.generate.GraphGenerator;
import io.dfloverlay.core.generate.HypercubeGenerator;
import io.dfloverlay.core.generate.OnePeerExponentialTopology;
import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.generate.RingGenerator;
import io.dfloverlay.core.generate.StaticExponentialGenerator;
import io.dfloverlay.core.generate.TimeVaryingTopology;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.MixingSchemes;
import io.dfloverlay.core.mixing.MixingWeights;
import io.dfloverlay.spectral.SparseLaplacianExtremes;
import io.dfloverlay.spectral.search.NearOptimalSearch;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Builds a {@link RoundTopology} from a topology kind, n, d, parameters and a weight scheme.
 * Static kinds: {@code ring}, {@code complete}, {@code random-regular} (uses d),
 * {@code exponential} (static exponential graph), {@code hypercube} (n a power of 2),
 * {@code near-optimal} (λ-lowering search from the spectral module: parameter {@code swaps},
 * default {@value #DEFAULT_SWAPS}, deterministic; or {@code budget-ms}, a wall-clock budget).
 * Time-varying kinds (their own per-round weights): {@code one-peer-exponential},
 * {@code base-k-plus-one} (parameter {@code k}, default d or 1).
 * Weights: any {@link MixingSchemes} name ({@code uniform}, {@code mh}, {@code best-constant}, {@code lazy}, ...).
 */
public final class Topologies {
    /** Swap budget of {@code near-optimal} unless the {@code swaps} parameter says otherwise. */
    public static final int DEFAULT_SWAPS = 1000;

    private Topologies() {}

    /** Whether {@code kind} names a time-varying topology. */
    public static boolean isTimeVarying(String kind) {
        String k = normalize(kind);
        return k.equals("one-peer-exponential") || k.equals("base-k-plus-one");
    }

    /**
     * Creates the topology.
     *
     * @throws IllegalArgumentException for unknown kinds or weights, or invalid sizes
     */
    public static RoundTopology create(String kind, int n, int d, Map<String, String> params, String weights, RandomGenerator rng) {
        String k = normalize(kind);
        if (isTimeVarying(k)) {
            TimeVaryingTopology tv = switch (k) {
                case "one-peer-exponential" -> new OnePeerExponentialTopology(n);
                default -> new BaseKPlusOneTopology(n, intParam(params, "k", d >= 1 ? d : 1));
            };
            int period = tv.period();
            Graph[] graphs = new Graph[period];
            MixingMatrix[] ws = new MixingMatrix[period];
            for (int r = 0; r < period; r++) {
                graphs[r] = tv.graph(r);
                ws[r] = tv.mixing(r);
            }
            return new RoundTopology(tv + " (period " + period + ")", true, graphs, ws);
        }
        GraphGenerator gen = switch (k) {
            case "ring" -> new RingGenerator(n);
            case "complete" -> new CompleteGraphGenerator(n);
            case "random-regular" -> new RandomRegularGenerator(n, d);
            case "exponential" -> new StaticExponentialGenerator(n);
            case "hypercube" -> new HypercubeGenerator(log2Exact(n));
            case "near-optimal" -> params != null && params.containsKey("budget-ms")
                    ? new NearOptimalSearch(n, d, Duration.ofMillis(intParam(params, "budget-ms", 1000)))
                    : new NearOptimalSearch(n, d, (long) intParam(params, "swaps", DEFAULT_SWAPS));
            default -> throw new IllegalArgumentException("unknown topology '" + kind + "' (expected ring, complete, random-regular, "
                    + "exponential, hypercube, near-optimal, one-peer-exponential or base-k-plus-one)");
        };
        Graph g = gen.generate(rng);
        MixingWeights scheme = weights(weights);
        boolean regular = k.equals("random-regular") || k.equals("near-optimal");
        return RoundTopology.fixed(k + "(n=" + n + (regular ? ", d=" + d : "") + "), " + scheme + " weights", g, scheme.of(g));
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

    private static int log2Exact(int n) {
        if (n < 2 || Integer.bitCount(n) != 1) throw new IllegalArgumentException("hypercube needs n a power of 2, got n=" + n);
        return Integer.numberOfTrailingZeros(n);
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
