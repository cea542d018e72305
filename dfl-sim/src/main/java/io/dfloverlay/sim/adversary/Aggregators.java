package io.dfloverlay.sim.adversary;

import io.dfloverlay.core.registry.NamedRegistry;
import io.dfloverlay.core.topology.ParamSpec;
import io.dfloverlay.core.topology.ParamType;
import java.util.List;

/**
 * The registry of gossip aggregation rules by name: {@code mean} (plain weighted gossip, the
 * default), {@code clipped-gossip} (adaptive radius), {@code self-centered-clipping} (fixed
 * radius), {@code trimmed-mean} and {@code median}. Names compare trimmed and case-insensitively.
 *
 * <p>ClippedGossip's default {@code delta = 0.5} clips the farthest half of every node's neighbour
 * weight. A budget equal to the global Byzantine share f fails at nodes where attackers
 * concentrate (16 clients, d = 4, f = 0.25, model replacement: honest accuracy 0.39 with
 * {@code delta = 0.25} against 0.98 with 0.5, and 0.98 either way without attack), and half is the
 * most any neighbourhood rule can tolerate.
 */
public final class Aggregators {
    /** The name of plain weighted gossip. */
    public static final String MEAN = "mean";

    private static final NamedRegistry<RuleKind<Aggregator>> KINDS = new NamedRegistry<>("aggregator", List.of(
            new RuleKind<>(MEAN, List.of("plain", "gossip", "none"), "plain weighted gossip sum_j W_ij m_j (no defence, the default)",
                    List.of(), (p, f, s) -> new WeightedMean()),
            new RuleKind<>("clipped-gossip", List.of("clipped", "clippedgossip"),
                    "ClippedGossip (He et al. 2022): x_i + sum_j W_ij clip(m_j - x_i, tau_i), tau_i adaptive so a delta share of weight is clipped",
                    List.of(ParamSpec.withDefault("delta", ParamType.DOUBLE, 0.5, "share of each node's neighbour weight clipped (the farthest)")
                            .atLeast(0).atMost(0.99)),
                    (p, f, s) -> new ClippedGossip(ClippingRadius.adaptive(p.doubleValue("delta")))),
            new RuleKind<>("self-centered-clipping", List.of("self-centred-clipping", "scclip"),
                    "self-centred clipping with a fixed radius: x_i + sum_j W_ij clip(m_j - x_i, tau)",
                    List.of(ParamSpec.withDefault("tau", ParamType.DOUBLE, 1.0, "clipping radius").atLeast(1e-12)),
                    (p, f, s) -> new ClippedGossip(ClippingRadius.fixed(p.doubleValue("tau")))),
            new RuleKind<>("trimmed-mean", List.of("trimmed"), "coordinate-wise mean of self and neighbours after dropping the b largest and b smallest",
                    List.of(ParamSpec.withDefault("b", ParamType.INT, 1, "values dropped at each end").atLeast(0)),
                    (p, f, s) -> TrimmedMean.trimming(p.intValue("b"))),
            new RuleKind<>("median", List.of("coordinate-median"), "coordinate-wise median of self and neighbours",
                    List.of(), (p, f, s) -> TrimmedMean.median())));

    private Aggregators() {}

    /**
     * Every aggregator, in listing order.
     *
     * @return the entries
     */
    public static List<RuleKind<Aggregator>> kinds() {
        return KINDS.all();
    }

    /**
     * The aggregators' names (without aliases).
     *
     * @return the names
     */
    public static List<String> names() {
        return KINDS.names();
    }

    /**
     * The aggregator with this name or alias.
     *
     * @param name a name (any case)
     * @return the entry
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static RuleKind<Aggregator> kind(String name) {
        return KINDS.get(name);
    }
}
