package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.core.registry.NamedRegistry;
import io.dfloverlay.maintenance.RepairStrategy;
import java.util.List;

/**
 * The registry of repair strategies by name: {@code none} ({@link NoRepair}), {@code pairing}
 * ({@link PairingRepair}), {@code cycle} (Law–Siu, {@link HamiltonianCycleRepair}), {@code spectral}
 * ({@link SpectralAwareRepair}), {@code rebalance} (pairing plus periodic re-randomization,
 * {@link RebalancingRepair}) and {@code capped-join} (pairing with a Sybil-burst cap on joins,
 * {@link CappedJoinRepair}). Names compare trimmed and case-insensitively. It lives beside the
 * strategies so that {@code io.dfloverlay.maintenance} does not depend on this package.
 */
public final class RepairStrategies {
    private static final NamedRegistry<RepairStrategyKind> KINDS = new NamedRegistry<>("repair strategy", List.of(
            new RepairStrategyKind("none", List.of(), "no repair: failed nodes' edges are simply gone", NoRepair::new),
            new RepairStrategyKind("pairing", List.of(), "degree-deficient survivors pair up via random walks; a spanning tree keeps it connected",
                    PairingRepair::new),
            new RepairStrategyKind("cycle", List.of("law-siu"), "Law-Siu: the overlay is d/2 Hamiltonian cycles; splice out failed nodes, splice in joins",
                    HamiltonianCycleRepair::new),
            new RepairStrategyKind("spectral", List.of("spectral-aware"), "among candidate repairs, the one with the lowest lambda (reads the whole graph)",
                    SpectralAwareRepair::new),
            new RepairStrategyKind("rebalance", List.of("rebalancing"), "pairing plus periodic random edge switches", RebalancingRepair::new),
            new RepairStrategyKind("capped-join", List.of("sybil-capped"),
                    "pairing; a node accepts fewer than d/2 neighbours that joined recently (no Sybil majority from a join burst)",
                    CappedJoinRepair::new)));

    private RepairStrategies() {}

    /**
     * Every registered strategy, in listing order.
     *
     * @return the entries
     */
    public static List<RepairStrategyKind> kinds() {
        return KINDS.all();
    }

    /**
     * The strategies' names (without aliases), in listing order.
     *
     * @return the names
     */
    public static List<String> names() {
        return KINDS.names();
    }

    /**
     * The registered strategy with this name or alias.
     *
     * @param name a strategy name (any case)
     * @return the entry
     * @throws IllegalArgumentException for an unknown name (the message lists the valid ones)
     */
    public static RepairStrategyKind kind(String name) {
        return KINDS.get(name);
    }

    /**
     * A fresh instance of the named strategy with default parameters (one per maintainer).
     *
     * @param name a strategy name or alias (any case)
     * @return the strategy
     * @throws IllegalArgumentException for an unknown name (the message lists the valid ones)
     */
    public static RepairStrategy byName(String name) {
        return kind(name).create();
    }
}
