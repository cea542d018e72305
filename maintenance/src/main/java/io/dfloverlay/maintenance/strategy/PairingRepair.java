package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.maintenance.ConnectivityGuard;
import io.dfloverlay.maintenance.DegreeFiller;
import io.dfloverlay.maintenance.RepairContext;
import io.dfloverlay.maintenance.RepairStrategy;

/**
 * Degree-deficient pairing: after failures the survivors that lost edges pair up at random,
 * avoiding duplicates; a node whose remaining candidates are all neighbours, or a joining node,
 * takes over random edges (drop {@code a-b}, add {@code u-a}, {@code u-b}); with {@code m d} odd one
 * node stays one short until the next event (see {@link DegreeFiller}). Then the
 * {@link ConnectivityGuard} searches from the orphans and re-attaches any cut-off piece.
 *
 * <p>Knowledge: own neighbours, random-walk samples of deficient nodes and of random edges, and
 * the flood of the connectivity check. Cost per single failure: {@code O(d^2)} for the pairing
 * plus the check ({@code O(d^2 sqrt(m))} scanned edges in an expander). Keeps the overlay close to
 * a uniform random regular graph. Source: Hua et al. (pairing repair of random regular overlays);
 * configuration-model switches.
 */
public class PairingRepair implements RepairStrategy {
    private final ConnectivityGuard guard = new ConnectivityGuard();

    @Override
    public String name() {
        return "pairing";
    }

    @Override
    public String knowledge() {
        return "own neighbours; random-walk samples of deficient nodes and edges; a flood from the orphans to check connectivity";
    }

    @Override
    public String source() {
        return "degree-deficient pairing (Hua et al.); configuration-model edge switches";
    }

    @Override
    public void attach(RepairContext ctx) {
        int[] all = new int[ctx.overlay().numAlive()];
        for (int i = 0; i < all.length; i++) all[i] = ctx.overlay().aliveAt(i);
        repair(ctx, all);
    }

    @Override
    public void afterRemoval(RepairContext ctx, int[] removed, int[] orphans, boolean graceful) {
        repair(ctx, orphans);
    }

    @Override
    public void afterJoin(RepairContext ctx, int node) {
        DegreeFiller.fill(ctx);
    }

    /** Fills degrees, then makes the orphans one component again. */
    protected void repair(RepairContext ctx, int[] orphans) {
        DegreeFiller.fill(ctx);
        guard.ensureConnected(ctx, orphans);
    }

    /** The connectivity guard (scratch space shared by subclasses). */
    protected ConnectivityGuard guard() {
        return guard;
    }
}
