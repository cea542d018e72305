package io.dfloverlay.spectral.search;

import static io.dfloverlay.core.topology.ParamSpec.required;
import static io.dfloverlay.core.topology.ParamSpec.withDefault;
import static io.dfloverlay.core.topology.ParamType.DOUBLE;
import static io.dfloverlay.core.topology.ParamType.INT;

import io.dfloverlay.core.labelskew.LabelSkewTopologies;
import io.dfloverlay.core.topology.Topology;
import io.dfloverlay.core.topology.TopologyKind;
import io.dfloverlay.core.topology.TopologyParams;
import io.dfloverlay.core.topology.TopologyProvider;
import java.util.List;

/**
 * Contributes {@code label-aware} ({@link LabelAwareSearch}) to the topology registry, found by
 * {@link java.util.ServiceLoader}; it reads the clients' label histograms from the request's
 * inputs like {@code d-cliques}.
 */
public final class LabelAwareTopologies implements TopologyProvider {
    /** Creates the provider. */
    public LabelAwareTopologies() {}

    @Override
    public List<TopologyKind> kinds() {
        return List.of(TopologyKind.fixed("label-aware",
                "connected d-regular graph lowering lambda/d + beta * neighbourhood label skew (near-optimal start, then switches); needs label histograms",
                List.of(required("n", INT, "number of nodes").atLeast(4),
                        required("d", INT, "degree").atLeast(3),
                        withDefault("beta", DOUBLE, LabelAwareSearch.DEFAULT_BETA, "weight of the label-skew term against lambda/d").atLeast(0),
                        withDefault("swaps", INT, 2000, "label-aware switches attempted").atLeast(0),
                        withDefault("start-swaps", INT, NearOptimalTopologies.DEFAULT_SWAPS, "lambda-lowering switches of the near-optimal start").atLeast(0)),
                LabelAwareTopologies::search).alias("label-aware-near-optimal"));
    }

    private static Topology search(TopologyParams p) {
        return new Topology.Fixed(new LabelAwareSearch(LabelSkewTopologies.histograms(p), p.intValue("d"), p.doubleValue("beta"),
                p.intValue("swaps"), p.intValue("start-swaps")));
    }
}
