package io.dfloverlay.core.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The by-name registry of topologies used by the CLI and the simulator: a kind name plus string
 * parameters (e.g. {@code "random-regular", {n=1000, d=8}}) give a {@link GraphGenerator} or, for
 * the time-varying kinds, a {@link TimeVaryingTopology}. Parameters are validated when the
 * generator is created; missing, malformed or unknown parameters give an
 * {@link IllegalArgumentException} naming the kind and the parameter
 * ({@code "random-regular needs --d"}). Kinds and their parameters are listed by {@link #kinds()}.
 * Stateless and thread-safe.
 */
public final class TopologyCatalog {
    /**
     * One registered kind.
     *
     * @param name the kind's name, e.g. {@code "random-regular"}
     * @param description one line: what it builds and its parameters' meaning and defaults
     * @param params accepted parameter names, e.g. {@code [n, d, connected]}
     */
    public record KindInfo(String name, String description, List<String> params) {
        public KindInfo {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            if (name.isBlank()) throw new IllegalArgumentException("kind name must not be blank");
            params = List.copyOf(params);
        }
    }

    private record Entry(KindInfo info, Function<CatalogParams, GraphGenerator> staticFactory,
            Function<CatalogParams, TimeVaryingTopology> timeVaryingFactory) {}

    private static final Map<String, Entry> KINDS = new LinkedHashMap<>();

    static {
        register("random-regular", "uniform random d-regular graph (--connected true re-samples until connected; default true)",
                List.of("n", "d", "connected"),
                p -> new RandomRegularGenerator(p.requireInt("n"), p.requireInt("d"), p.booleanOr("connected", true)));
        register("lps", "Lubotzky-Phillips-Sarnak Ramanujan graph X^{p,q}: (p+1)-regular, p = 1 mod 4 prime, q odd prime > 2 sqrt(p)",
                List.of("p", "q"), p -> new LpsGenerator(p.requireInt("p"), p.requireInt("q")));
        register("margulis", "Margulis-Gabber-Galil expander on Z_m x Z_m, simplified (n = m^2, degree <= 8)",
                List.of("m"), p -> new MargulisGabberGalilGenerator(p.requireInt("m")));
        register("paley", "Paley graph on Z_q, q prime = 1 mod 4, (q-1)/2-regular (--n accepted for --q)",
                List.of("q", "n"), p -> new PaleyGenerator(intAlias(p, "q", "n")));
        register("chordal-cycle", "chordal cycle graph on Z_p (x ~ x+-1, x ~ 1/x), p prime, degree <= 3 (--n accepted for --p)",
                List.of("p", "n"), p -> new ChordalCycleGenerator(intAlias(p, "p", "n")));
        register("ring", "cycle C_n, 2-regular", List.of("n"), p -> new RingGenerator(p.requireInt("n")));
        register("torus", "2-D torus rows x cols, 4-regular (or --n, a perfect square, for a square torus)",
                List.of("rows", "cols", "n"), TopologyCatalog::torus);
        register("complete", "complete graph K_n", List.of("n"), p -> new CompleteGraphGenerator(p.requireInt("n")));
        register("star", "star K_{1,n-1} with hub 0", List.of("n"), p -> new StarGenerator(p.requireInt("n")));
        register("hypercube", "hypercube Q_dim on 2^dim nodes, dim-regular (or --n, a power of two)",
                List.of("dim", "n"), TopologyCatalog::hypercube);
        register("exponential", "static exponential graph i ~ i +- 2^k mod n (BlueFog; Ying et al. 2021)",
                List.of("n"), p -> new StaticExponentialGenerator(p.requireInt("n")));
        register("equistatic", "U-EquiStatic circulant graph from m random shifts (Song et al. 2022), degree <= 2m, m default ceil(log2 n)",
                List.of("n", "m"), p -> {
                    int n = p.requireInt("n");
                    return new EquiStaticGenerator(n, p.intOr("m", Math.max(1, ceilLog2(n))));
                });
        registerTimeVarying("one-peer-exponential",
                "time-varying: round t averages with i + 2^(t mod ceil(log2 n)) (Ying et al. 2021); exact average after one period if n is a power of 2",
                List.of("n"), p -> new OnePeerExponentialTopology(p.requireInt("n")));
        registerTimeVarying("base-k-plus-one",
                "time-varying Base-(k+1) graph (Takezawa et al. 2023): degree <= k per round, exact average after one period for any n",
                List.of("n", "k"), p -> new BaseKPlusOneTopology(p.requireInt("n"), p.requireInt("k")));
    }

    private TopologyCatalog() {}

    /**
     * A generator of the given static kind.
     *
     * @throws IllegalArgumentException for an unknown or time-varying kind (listing the known
     *     kinds) or missing, malformed, unknown or out-of-range parameters
     */
    public static GraphGenerator create(String kind, Map<String, String> params) {
        Entry e = entry(kind);
        if (e.staticFactory == null)
            throw new IllegalArgumentException(kind + " is a time-varying topology: create it with createTimeVarying");
        CatalogParams p = new CatalogParams(kind, params);
        p.requireOnly(e.info.params());
        return e.staticFactory.apply(p);
    }

    /**
     * Whether {@code kind} is a time-varying topology (see {@link #createTimeVarying}).
     *
     * @throws IllegalArgumentException for an unknown kind, listing the known kinds
     */
    public static boolean isTimeVarying(String kind) {
        return entry(kind).timeVaryingFactory != null;
    }

    /**
     * A time-varying topology of the given kind.
     *
     * @throws IllegalArgumentException for an unknown or static kind or bad parameters
     */
    public static TimeVaryingTopology createTimeVarying(String kind, Map<String, String> params) {
        Entry e = entry(kind);
        if (e.timeVaryingFactory == null)
            throw new IllegalArgumentException(kind + " is a static topology: create it with create");
        CatalogParams p = new CatalogParams(kind, params);
        p.requireOnly(e.info.params());
        return e.timeVaryingFactory.apply(p);
    }

    /** All registered kinds in registration order (static kinds first). */
    public static List<KindInfo> kinds() {
        List<KindInfo> out = new ArrayList<>();
        for (Entry e : KINDS.values()) out.add(e.info);
        return Collections.unmodifiableList(out);
    }

    private static Entry entry(String kind) {
        Entry e = kind == null ? null : KINDS.get(kind);
        if (e == null)
            throw new IllegalArgumentException("unknown topology kind '" + kind + "'; known kinds: " + String.join(", ", KINDS.keySet()));
        return e;
    }

    private static void register(String name, String description, List<String> params, Function<CatalogParams, GraphGenerator> f) {
        KINDS.put(name, new Entry(new KindInfo(name, description, params), f, null));
    }

    private static void registerTimeVarying(String name, String description, List<String> params,
            Function<CatalogParams, TimeVaryingTopology> f) {
        KINDS.put(name, new Entry(new KindInfo(name, description, params), null, f));
    }

    /** The value of {@code primary}, else of {@code alias}; both given and different is an error. */
    private static int intAlias(CatalogParams p, String primary, String alias) {
        if (p.has(primary) && p.has(alias) && p.requireInt(primary) != p.requireInt(alias))
            throw new IllegalArgumentException(p.kind() + ": --" + primary + " and --" + alias + " disagree");
        if (p.has(primary)) return p.requireInt(primary);
        if (p.has(alias)) return p.requireInt(alias);
        throw p.missing(primary);
    }

    private static GraphGenerator torus(CatalogParams p) {
        if (p.has("rows") || p.has("cols")) {
            if (p.has("n")) throw new IllegalArgumentException("torus takes either --rows and --cols or --n, not both");
            return new TorusGenerator(p.requireInt("rows"), p.requireInt("cols"));
        }
        if (!p.has("n")) throw new IllegalArgumentException("torus needs --rows and --cols (or --n, a perfect square)");
        int n = p.requireInt("n");
        int side = (int) Math.round(Math.sqrt(Math.max(0, n)));
        if ((long) side * side != n) throw new IllegalArgumentException("torus: --n must be a perfect square, got n=" + n);
        return new TorusGenerator(side, side);
    }

    private static GraphGenerator hypercube(CatalogParams p) {
        if (p.has("dim")) {
            if (p.has("n")) throw new IllegalArgumentException("hypercube takes either --dim or --n, not both");
            return new HypercubeGenerator(p.requireInt("dim"));
        }
        if (!p.has("n")) throw p.missingEither("dim", "n");
        int n = p.requireInt("n");
        if (n < 2 || Integer.bitCount(n) != 1) throw new IllegalArgumentException("hypercube: --n must be a power of two >= 2, got n=" + n);
        return new HypercubeGenerator(Integer.numberOfTrailingZeros(n));
    }

    private static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }
}
