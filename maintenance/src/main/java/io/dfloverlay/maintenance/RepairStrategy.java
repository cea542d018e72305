package io.dfloverlay.maintenance;

/**
 * A repair rule applied by an {@link OverlayMaintainer} after every event. Implementations are
 * expressed as per-node decisions that only use the knowledge {@link #knowledge()} states, and
 * charge their messages to the {@link RepairContext}. A strategy instance may keep state about
 * one overlay (the Hamiltonian-cycle strategy keeps the cycle orders), so each maintainer needs its
 * own instance: get fresh ones from {@link io.dfloverlay.maintenance.strategy.RepairStrategies#byName(String)}. Not thread-safe.
 */
public interface RepairStrategy {
    /** Short name, as accepted by {@link io.dfloverlay.maintenance.strategy.RepairStrategies#byName(String)}. */
    String name();

    /** What a node must know for the rule (neighbours, 2-hop, random-walk samples, whole graph). */
    String knowledge();

    /** The literature or origin of the rule. */
    String source();

    /**
     * Binds the strategy to the overlay before the first event; may rewire the initial overlay
     * (the changes are reported by {@link OverlayMaintainer#initialization()}).
     *
     * @throws IllegalArgumentException if the strategy cannot run with this overlay or {@code d}
     */
    void attach(RepairContext ctx);

    /**
     * Repairs after {@code removed} nodes failed ({@code graceful = false}) or left; their edges are
     * already gone from the overlay and {@code orphans} are their former neighbours still alive
     * (distinct).
     */
    void afterRemoval(RepairContext ctx, int[] removed, int[] orphans, boolean graceful);

    /** Connects {@code node}, just added with no edges. */
    void afterJoin(RepairContext ctx, int node);
}
