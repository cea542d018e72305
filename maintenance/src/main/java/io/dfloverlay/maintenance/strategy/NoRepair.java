package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.maintenance.RepairContext;
import io.dfloverlay.maintenance.RepairStrategy;

/**
 * The baseline: failures and departures only remove edges and a joining node stays isolated.
 * Keeps the overlay simple with degree at most {@code d}; degrees decay and the overlay may
 * disconnect. No knowledge, no messages.
 */
public final class NoRepair implements RepairStrategy {
    /** The baseline; it holds no state. */
    public NoRepair() {}

    @Override
    public String name() {
        return "none";
    }

    @Override
    public String knowledge() {
        return "nothing";
    }

    @Override
    public String source() {
        return "baseline without repair";
    }

    @Override
    public void attach(RepairContext ctx) {}

    @Override
    public void afterRemoval(RepairContext ctx, int[] removed, int[] orphans, boolean graceful) {}

    @Override
    public void afterJoin(RepairContext ctx, int node) {}
}
