package io.dfloverlay.core.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The by-name registry of topologies used by the CLI and the simulator: a kind name plus string
 * parameters (e.g. {@code "random-regular", {n=1000, d=8}}) give a {@link GraphGenerator} or, for
 * the time-varying kinds, a {@link TimeVaryingTopology}. Parameters are validated when the
 * generator is created; missing, malformed or unknown parameters give an
 * {@link IllegalArgumentException} naming the kind and the parameter
 * ({@code "random-regular needs --d"}); entries with a null or blank value count as absent.
 * Numbers accept exact forms such as {@code 1e5}; booleans are {@code true}/{@code false}. Kinds and their parameters are listed by {@link #kinds()}.
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
        register("random-regular", "random d-regular graph (pairing model / Steger-Wormald); --connected (default true) re-samples until connected",
                List.of("n", "d", "connected"),
                p -> new RandomRegularGenerator(p.requireInt("n"), p.requireInt("d"), p.booleanOr("connected", true)));
        register("hamiltonian-cycles", "union of d/2 random Hamiltonian cycles (Law-Siu), d-regular, d even",
                List.of("n", "d"), p -> new HamiltonianCycleUnionGenerator(p.requireInt("n"), p.requireInt("d")));
        register("lps", "Lubotzky-Phillips-Sarnak Ramanujan graph X^{p,q}: (p+1)-regular, p = 1 mod 4 prime, q odd prime > 2 sqrt(p)",
                List.of("p", "q"), p -> new LpsGenerator(p.requireInt("p"), p.requireInt("q")));
        register("margulis", "Margulis-Gabber-Galil expander on Z_m x Z_m, simplified (n = m^2, degree <= 8)",
                List.of("m"), p -> new MargulisGabberGalilGenerator(p.requireInt("m")));
        register("paley", "Paley graph on Z_q, q prime = 1 mod 4, (q-1)/2-regular (--n accepted for --q)",
                List.of("q", "n"), p -> new PaleyGenerator(intAlias(p, "q", "n")));
        register("chordal-cycle", "chordal cycle graph on Z_p (x ~ x+-1, x ~ 1/x), p prime, degree <= 3 (--n accepted for --p)",
                List.of("p", "n"), p -> new ChordalCycleGenerator(intAlias(p, "p", "n")));
        register("random-lift", "random k-lift of a connected random d-regular base graph on n nodes: d-regular on n*k nodes",
                List.of("n", "d", "k"), TopologyCatalog::randomLift);
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
        register("watts-strogatz", "Watts-Strogatz small world: ring lattice of even degree k, each edge rewired with probability beta",
                List.of("n", "k", "beta"),
                p -> new WattsStrogatzGenerator(p.requireInt("n"), p.requireInt("k"), p.requireDouble("beta")));
        register("erdos-renyi", "Erdos-Renyi G(n, p) (or G(n, m) with --m edges instead of --p)",
                List.of("n", "p", "m"), TopologyCatalog::erdosRenyi);
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
        return apply(e, params, e.staticFactory);
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
        return apply(e, params, e.timeVaryingFactory);
    }

    /** All registered kinds in registration order (static kinds first). */
    public static List<KindInfo> kinds() {
        List<KindInfo> out = new ArrayList<>();
        for (Entry e : KINDS.values()) out.add(e.info);
        return Collections.unmodifiableList(out);
    }

    /** Checks {@code params} against the kind's parameter list and runs {@code factory} on them. */
    private static <T> T apply(Entry e, Map<String, String> params, Function<CatalogParams, T> factory) {
        String kind = e.info.name();
        CatalogParams p = new CatalogParams(kind, params);
        p.requireOnly(e.info.params());
        return withKindInMessage(kind, () -> factory.apply(p));
    }

    /** Runs a factory; a parameter error whose message does not start with the kind gets it as a prefix. */
    private static <T> T withKindInMessage(String kind, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.startsWith(kind)) throw e;
            throw new IllegalArgumentException(kind + ": " + msg, e);
        }
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

    private static GraphGenerator randomLift(CatalogParams p) {
        RandomRegularGenerator base = new RandomRegularGenerator(p.requireInt("n"), p.requireInt("d"), true);
        int n = p.requireInt("n");
        int k = p.requireInt("k");
        if (k < 1) throw new IllegalArgumentException("random-lift needs k >= 1, got k=" + k);
        if ((long) n * k > Integer.MAX_VALUE - 8)
            throw new IllegalArgumentException("random-lift too large: n*k=" + (long) n * k + " nodes");
        return rng -> new RandomLiftGenerator(base.generate(rng), k).generate(rng);
    }

    private static GraphGenerator erdosRenyi(CatalogParams p) {
        int n = p.requireInt("n");
        if (p.has("p") && p.has("m")) throw new IllegalArgumentException("erdos-renyi takes either --p or --m, not both");
        if (p.has("m")) return ErdosRenyiGenerator.withEdges(n, p.requireInt("m"));
        if (!p.has("p")) throw p.missingEither("p", "m");
        return new ErdosRenyiGenerator(n, p.requireDouble("p"));
    }

    private static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }
}
