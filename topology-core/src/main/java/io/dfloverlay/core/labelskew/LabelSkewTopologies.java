package io.dfloverlay.core.labelskew;

import static io.dfloverlay.core.topology.ParamSpec.required;
import static io.dfloverlay.core.topology.ParamSpec.withDefault;
import static io.dfloverlay.core.topology.ParamType.DOUBLE;
import static io.dfloverlay.core.topology.ParamType.INT;
import static io.dfloverlay.core.topology.ParamType.TEXT;

import io.dfloverlay.core.topology.MissingInputException;
import io.dfloverlay.core.topology.Topology;
import io.dfloverlay.core.topology.TopologyKind;
import io.dfloverlay.core.topology.TopologyParams;
import io.dfloverlay.core.topology.TopologyProvider;
import java.util.List;

/**
 * Contributes the kinds built from the clients' label histograms, {@code d-cliques}
 * ({@link DCliques}) and {@code stl-fw} ({@link StlFrankWolfe}), to the topology registry (found by
 * {@link java.util.ServiceLoader}). Both read a {@link LabelHistograms} input with one row per
 * node; without one they fail with a message saying they need label histograms.
 */
public final class LabelSkewTopologies implements TopologyProvider {
    /** Greedy Swap attempts when not given. */
    public static final int DEFAULT_STEPS = 10_000;

    /** Creates the provider. */
    public LabelSkewTopologies() {}

    @Override
    public List<TopologyKind> kinds() {
        return List.of(
                TopologyKind.fixed("d-cliques",
                        "D-Cliques (Bellet et al. 2022): label-balanced cliques by Greedy Swap, sparsely linked, Metropolis-Hastings weights; needs label histograms",
                        List.of(required("n", INT, "number of nodes").atLeast(2),
                                withDefault("clique-size", INT, 10, "nodes per clique").atLeast(2),
                                withDefault("inter", TEXT, "ring", "inter-clique links: ring, fractal, small-world or fully-connected"),
                                withDefault("steps", INT, DEFAULT_STEPS, "Greedy Swap attempts").atLeast(0)),
                        LabelSkewTopologies::dCliques).alias("dcliques"),
                TopologyKind.fixed("stl-fw",
                        "STL-FW (Le Bars et al. 2023): sparse symmetric doubly-stochastic W learned by Frank-Wolfe, degree at most d; needs label histograms",
                        List.of(required("n", INT, "number of nodes").atLeast(2),
                                required("d", INT, "degree budget (neighbours per node at most)").atLeast(1),
                                withDefault("lambda", DOUBLE, 0.1, "weight of the consensus term against the heterogeneity term").atLeast(0),
                                withDefault("iterations", INT, 100, "Frank-Wolfe steps at most").atLeast(1)),
                        LabelSkewTopologies::stlFw).alias("stlfw"));
    }

    /**
     * The histograms input of a request, checked against n.
     *
     * @param p the request
     * @return the histograms
     * @throws MissingInputException if none were given
     * @throws IllegalArgumentException if their rows do not match n
     */
    public static LabelHistograms histograms(TopologyParams p) {
        LabelHistograms h = p.input(LabelHistograms.class).orElseThrow(() -> new MissingInputException(
                p.kind(), LabelHistograms.class, "the clients' label histograms (one row per node)"));
        return h.requireNodes(p.intValue("n"));
    }

    private static Topology dCliques(TopologyParams p) {
        InterClique inter;
        try {
            inter = InterClique.byName(p.text("inter"));
        } catch (IllegalArgumentException e) {
            throw p.problem("inter", e.getMessage());
        }
        int c = p.intValue("clique-size");
        if (c > p.intValue("n")) throw p.problem("clique-size", "must be at most n = " + p.intValue("n") + ", got " + c);
        return new Topology.Weighted(new DCliques(histograms(p), c, inter, p.intValue("steps")));
    }

    private static Topology stlFw(TopologyParams p) {
        int n = p.intValue("n"), d = p.intValue("d");
        if (d >= n) throw p.problem("d", "must be below n = " + n + ", got " + d);
        return new Topology.Weighted(new StlFrankWolfe(histograms(p), d, p.doubleValue("lambda"), p.intValue("iterations")));
    }
}
