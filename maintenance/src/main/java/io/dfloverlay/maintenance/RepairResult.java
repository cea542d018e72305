package io.dfloverlay.maintenance;

import java.util.List;

/**
 * What one maintenance event changed, for a real system to apply: the net edges added and removed
 * (a failed or departed node's own edges are among the removed ones), the number of protocol
 * messages the strategy's local rules needed, and the strategy's name.
 *
 * @param added    edges present after the event that were not present before, sorted
 * @param removed  edges present before the event that are gone after it, sorted
 * @param messages messages exchanged by the repair (see each strategy's Javadoc for its cost model)
 * @param strategy name of the strategy that produced the repair
 */
public record RepairResult(List<Edge> added, List<Edge> removed, long messages, String strategy) {
    /**
     * Validates and defensively copies the lists.
     *
     * @throws IllegalArgumentException if {@code messages} is negative or {@code strategy} is null or blank
     * @throws NullPointerException if a list or one of its edges is null
     */
    public RepairResult {
        if (messages < 0) throw new IllegalArgumentException("messages must be >= 0, got " + messages);
        if (strategy == null || strategy.isBlank()) throw new IllegalArgumentException("strategy name is blank");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** {@return the total number of edge changes, {@code added().size() + removed().size()}} */
    public int edgesChanged() {
        return added.size() + removed.size();
    }
}
