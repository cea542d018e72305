package io.dfloverlay.core.topology;

import static io.dfloverlay.core.topology.ParamSpec.optional;
import static io.dfloverlay.core.topology.ParamSpec.required;
import static io.dfloverlay.core.topology.ParamSpec.withDefault;
import static io.dfloverlay.core.topology.ParamType.BOOLEAN;
import static io.dfloverlay.core.topology.ParamType.DOUBLE;
import static io.dfloverlay.core.topology.ParamType.INT;

import io.dfloverlay.core.generate.BaseKPlusOneTopology;
import io.dfloverlay.core.generate.ChordalCycleGenerator;
import io.dfloverlay.core.generate.CompleteGraphGenerator;
import io.dfloverlay.core.generate.EquiStaticGenerator;
import io.dfloverlay.core.generate.ErdosRenyiGenerator;
import io.dfloverlay.core.generate.GraphGenerator;
import io.dfloverlay.core.generate.HamiltonianCycleUnionGenerator;
import io.dfloverlay.core.generate.HypercubeGenerator;
import io.dfloverlay.core.generate.LpsGenerator;
import io.dfloverlay.core.generate.MargulisGabberGalilGenerator;
import io.dfloverlay.core.generate.OnePeerExponentialTopology;
import io.dfloverlay.core.generate.PaleyGenerator;
import io.dfloverlay.core.generate.RandomLiftGenerator;
import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.generate.RingGenerator;
import io.dfloverlay.core.generate.StarGenerator;
import io.dfloverlay.core.generate.StaticExponentialGenerator;
import io.dfloverlay.core.generate.TorusGenerator;
import io.dfloverlay.core.generate.WattsStrogatzGenerator;
import java.util.List;

/**
 * The kinds topology-core provides: random, explicit and baseline static generators and the
 * time-varying one-peer exponential and Base-(k+1) graphs. {@link TopologyRegistry} lists them
 * first.
 */
public final class CoreTopologies implements TopologyProvider {
    private static final ParamSpec NODES = required("n", INT, "number of nodes").atLeast(1);
    private static final ParamSpec DEGREE = required("d", INT, "degree").atLeast(0);

    /** Creates the provider. */
    public CoreTopologies() {}

    @Override
    public List<TopologyKind> kinds() {
        return List.of(
                TopologyKind.fixed("random-regular", "near-uniform random d-regular graph (exact sampling, switched configuration model or Steger-Wormald)",
                        List.of(NODES, DEGREE, withDefault("connected", BOOLEAN, true, "re-sample until connected")),
                        p -> fixed(new RandomRegularGenerator(p.intValue("n"), p.intValue("d"), p.booleanValue("connected")))),
                TopologyKind.fixed("hamiltonian-cycles", "union of d/2 edge-disjoint random Hamiltonian cycles (Law-Siu), d-regular, d even",
                        List.of(NODES.atLeast(3), DEGREE.atLeast(2)),
                        p -> fixed(new HamiltonianCycleUnionGenerator(p.intValue("n"), p.intValue("d")))),
                TopologyKind.fixed("lps", "Lubotzky-Phillips-Sarnak Ramanujan graph X^{p,q}: (p+1)-regular, p = 1 mod 4 prime, q odd prime > 2 sqrt(p)",
                        List.of(required("p", INT, "prime = 1 mod 4; degree p+1").atLeast(5), required("q", INT, "odd prime, the field size").atLeast(3)),
                        p -> fixed(new LpsGenerator(p.intValue("p"), p.intValue("q")))),
                TopologyKind.fixed("margulis", "Margulis-Gabber-Galil expander on Z_m x Z_m, simplified (n = m^2, degree at most 8)",
                        List.of(required("m", INT, "side; n = m^2").atLeast(2)),
                        p -> fixed(new MargulisGabberGalilGenerator(p.intValue("m")))),
                TopologyKind.fixed("paley", "Paley graph on Z_q, q prime = 1 mod 4, (q-1)/2-regular",
                        List.of(required("q", INT, "prime = 1 mod 4, the number of nodes").atLeast(5).alias("n")),
                        p -> fixed(new PaleyGenerator(p.intValue("q")))),
                TopologyKind.fixed("chordal-cycle", "chordal cycle graph on Z_p (x ~ x+-1, x ~ 1/x), p prime, degree at most 3",
                        List.of(required("p", INT, "prime, the number of nodes").atLeast(3).alias("n")),
                        p -> fixed(new ChordalCycleGenerator(p.intValue("p")))),
                TopologyKind.fixed("random-lift", "random k-lift of a connected random d-regular base graph on n nodes: d-regular on n*k nodes",
                        List.of(required("n", INT, "nodes of the base graph").atLeast(2), DEGREE, required("k", INT, "lift order").atLeast(1)),
                        CoreTopologies::randomLift),
                TopologyKind.fixed("ring", "cycle C_n, 2-regular",
                        List.of(NODES.atLeast(3)), p -> fixed(new RingGenerator(p.intValue("n")))),
                TopologyKind.fixed("torus", "2-D torus rows x cols, 4-regular (or n, a perfect square, for a square torus)",
                        List.of(optional("rows", INT, "rows (with cols)").atLeast(2), optional("cols", INT, "columns (with rows)").atLeast(2),
                                optional("n", INT, "nodes of a square torus, a perfect square (instead of rows and cols)").atLeast(4)),
                        CoreTopologies::torus),
                TopologyKind.fixed("complete", "complete graph K_n",
                        List.of(NODES), p -> fixed(new CompleteGraphGenerator(p.intValue("n")))),
                TopologyKind.fixed("star", "star K_{1,n-1} with hub 0",
                        List.of(NODES.atLeast(2)), p -> fixed(new StarGenerator(p.intValue("n")))),
                TopologyKind.fixed("hypercube", "hypercube Q_dim on 2^dim nodes, dim-regular",
                        List.of(optional("dim", INT, "dimension").atLeast(1), optional("n", INT, "nodes, a power of two (instead of dim)").atLeast(2)),
                        CoreTopologies::hypercube),
                TopologyKind.fixed("exponential", "static exponential graph i ~ i +- 2^k mod n (BlueFog; Ying et al. 2021)",
                        List.of(NODES.atLeast(2)), p -> fixed(new StaticExponentialGenerator(p.intValue("n")))).alias("static-exponential"),
                TopologyKind.fixed("equistatic", "U-EquiStatic random circulant graph from m shifts (Song et al. 2022), degree at most 2m",
                        List.of(NODES.atLeast(2), optional("m", INT, "number of random shifts (default ceil(log2 n))").atLeast(1)),
                        p -> {
                            int n = p.intValue("n");
                            return fixed(new EquiStaticGenerator(n, p.has("m") ? p.intValue("m") : Math.max(1, ceilLog2(n))));
                        }),
                TopologyKind.fixed("watts-strogatz", "Watts-Strogatz small world: ring lattice of even degree k, each edge rewired with probability beta",
                        List.of(NODES, required("k", INT, "even lattice degree").atLeast(0).alias("d"),
                                required("beta", DOUBLE, "rewiring probability").atLeast(0).atMost(1)),
                        p -> fixed(new WattsStrogatzGenerator(p.intValue("n"), p.intValue("k"), p.doubleValue("beta")))),
                TopologyKind.fixed("erdos-renyi", "Erdos-Renyi G(n, p), or G(n, m) with m edges",
                        List.of(NODES, optional("p", DOUBLE, "edge probability (or m)").atLeast(0).atMost(1),
                                optional("m", INT, "number of edges (or p)").atLeast(0)),
                        CoreTopologies::erdosRenyi),
                TopologyKind.varying("one-peer-exponential",
                        "one peer per round: round t pairs i with i + 2^(t mod ceil(log2 n)) (Ying et al. 2021); exact average after one period if n is a power of 2",
                        List.of(NODES.atLeast(2)), p -> new Topology.Varying(new OnePeerExponentialTopology(p.intValue("n"))))
                        .alias("one-peer-exp", "onepeer-exponential"),
                TopologyKind.varying("base-k-plus-one",
                        "Base-(k+1) graph (Takezawa et al. 2023): at most k peers per round, exact average after one period for any n",
                        List.of(NODES.atLeast(2), required("k", INT, "peers per round").atLeast(1).alias("d")),
                        p -> new Topology.Varying(new BaseKPlusOneTopology(p.intValue("n"), p.intValue("k"))))
                        .alias("base-(k+1)", "base-k+1"));
    }

    private static Topology fixed(GraphGenerator generator) {
        return new Topology.Fixed(generator);
    }

    private static Topology torus(TopologyParams p) {
        if (p.has("rows") || p.has("cols")) {
            if (p.has("n")) throw p.problem("n", "cannot be combined with rows and cols");
            if (!p.has("rows")) throw p.problem("rows", "is required with cols");
            if (!p.has("cols")) throw p.problem("cols", "is required with rows");
            return fixed(new TorusGenerator(p.intValue("rows"), p.intValue("cols")));
        }
        if (!p.has("n")) throw p.problem("rows", "and cols (or n, a perfect square) are required");
        int n = p.intValue("n");
        int side = (int) Math.round(Math.sqrt(n));
        if ((long) side * side != n) throw p.problem("n", "must be a perfect square, got " + n);
        return fixed(new TorusGenerator(side, side));
    }

    private static Topology hypercube(TopologyParams p) {
        if (p.has("dim")) {
            if (p.has("n")) throw p.problem("n", "cannot be combined with dim");
            return fixed(new HypercubeGenerator(p.intValue("dim")));
        }
        if (!p.has("n")) throw p.problem("dim", "(or n, a power of two) is required");
        int n = p.intValue("n");
        if (Integer.bitCount(n) != 1) throw p.problem("n", "must be a power of two, got " + n);
        return fixed(new HypercubeGenerator(Integer.numberOfTrailingZeros(n)));
    }

    private static Topology randomLift(TopologyParams p) {
        int n = p.intValue("n");
        int k = p.intValue("k");
        RandomRegularGenerator base = new RandomRegularGenerator(n, p.intValue("d"), true);
        if ((long) n * k > Integer.MAX_VALUE - 8) throw p.problem("k", "is too large: n*k=" + (long) n * k + " nodes");
        return fixed(rng -> new RandomLiftGenerator(base.generate(rng), k).generate(rng));
    }

    private static Topology erdosRenyi(TopologyParams p) {
        int n = p.intValue("n");
        if (p.has("p") && p.has("m")) throw p.problem("m", "cannot be combined with p");
        if (p.has("m")) return fixed(ErdosRenyiGenerator.withEdges(n, p.intValue("m")));
        if (!p.has("p")) throw p.problem("p", "(or m) is required");
        return fixed(new ErdosRenyiGenerator(n, p.doubleValue("p")));
    }

    private static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }
}
