package io.dfloverlay.maintenance;

/**
 * A repair rule applied by an {@link OverlayMaintainer} after every event. Implementations are
 * expressed as per-node decisions that only use the knowledge {@link #knowledge()} states, and
 * charge their messages to the {@link RepairContext}. A strategy instance may keep state about
 * one overlay (the Hamiltonian-cycle strategy keeps the cycle orders), so each maintainer needs its
 * own instance: get fresh ones from {@link io.dfloverlay.maintenance.strategy.RepairStrategies#byName(String)}. Not thread-safe.
 */
public interface RepairStrategy {
    /** {@return the short name, as accepted by {@link io.dfloverlay.maintenance.strategy.RepairStrategies#byName(String)}} */
    String name();

    /** {@return what a node must know for the rule (neighbours, 2-hop, random-walk samples, whole graph)} */
    String knowledge();

    /** {@return the literature or origin of the rule} */
    String source();

    /**
     * Binds the strategy to the overlay before the first event; may rewire the initial overlay
     * (the changes are reported by {@link OverlayMaintainer#initialization()}).
     *
     * @param ctx the context of the overlay this instance will maintain
     * @throws IllegalArgumentException if the strategy cannot run with this overlay or {@code d}
     */
    void attach(RepairContext ctx);

    /**
     * Repairs after {@code removed} nodes failed ({@code graceful = false}) or left; their edges are
     * already gone from the overlay and {@code orphans} are their former neighbours still alive
     * (distinct).
     *
     * @param ctx the repair in progress
     * @param removed the ids that failed or left, in the order given to the maintainer
     * @param orphans the removed nodes' former neighbours that are still alive, distinct and sorted
     * @param graceful {@code true} if the nodes left (notifying their neighbours), {@code false} if they failed
     */
    void afterRemoval(RepairContext ctx, int[] removed, int[] orphans, boolean graceful);

    /**
     * Connects {@code node}, just added with no edges.
     *
     * @param ctx the repair in progress
     * @param node the id of the joining node, alive with degree 0
     */
    void afterJoin(RepairContext ctx, int node);
}
