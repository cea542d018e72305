package io.dfloverlay.spectral.search;

import static io.dfloverlay.core.topology.ParamSpec.optional;
import static io.dfloverlay.core.topology.ParamSpec.required;
import static io.dfloverlay.core.topology.ParamSpec.withDefault;
import static io.dfloverlay.core.topology.ParamType.DURATION;
import static io.dfloverlay.core.topology.ParamType.INT;

import io.dfloverlay.core.topology.ProgressSink;
import io.dfloverlay.core.topology.Topology;
import io.dfloverlay.core.topology.TopologyKind;
import io.dfloverlay.core.topology.TopologyParams;
import io.dfloverlay.core.topology.TopologyProvider;
import java.util.List;

/**
 * Contributes {@code near-optimal} ({@link NearOptimalSearch}) to the topology registry, found by
 * {@link java.util.ServiceLoader}. Its budget: {@code swaps} attempted swaps (a count; default
 * {@value #DEFAULT_SWAPS} when no time budget is given, so the result is reproducible) and/or a
 * wall-clock {@code budget} (a duration such as {@code 30s}); with both, whichever ends first.
 * Progress lines go to a {@link ProgressSink} input when one is given.
 */
public final class NearOptimalTopologies implements TopologyProvider {
    /** Attempted swaps when neither {@code swaps} nor {@code budget} is given. */
    public static final int DEFAULT_SWAPS = 1000;

    /** Creates the provider. */
    public NearOptimalTopologies() {}

    @Override
    public List<TopologyKind> kinds() {
        return List.of(TopologyKind.fixed("near-optimal",
                "connected d-regular graph with lambda lowered by best-of-k sampling and lambda-lowering edge switches",
                List.of(required("n", INT, "number of nodes").atLeast(4),
                        required("d", INT, "degree").atLeast(3),
                        optional("swaps", INT, "attempted swaps, a count (default " + DEFAULT_SWAPS + " unless budget is given)").atLeast(0),
                        optional("budget", DURATION, "wall-clock budget, e.g. 30s (with swaps: whichever ends first)"),
                        withDefault("samples", INT, NearOptimalSearch.DEFAULT_SAMPLES, "random d-regular graphs sampled first").atLeast(1)),
                NearOptimalTopologies::search));
    }

    private static Topology search(TopologyParams p) {
        int n = p.intValue("n");
        int d = p.intValue("d");
        NearOptimalSearch s = p.has("budget") ? NearOptimalSearch.withTimeBudget(n, d, p.duration("budget"))
                : NearOptimalSearch.withSwapBudget(n, d, DEFAULT_SWAPS);
        if (p.has("swaps")) s = s.limitSwaps(p.intValue("swaps"));
        s = s.withSamples(p.intValue("samples"));
        ProgressSink sink = p.input(ProgressSink.class).orElse(null);
        return new Topology.Fixed(sink == null ? s : s.withProgress(sink::report));
    }
}
