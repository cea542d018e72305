package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.maintenance.DegreeFiller;
import io.dfloverlay.maintenance.RepairContext;
import io.dfloverlay.maintenance.RepairStrategy;
import io.dfloverlay.maintenance.SpanningTreeGuard;

/**
 * Degree-deficient pairing: after failures the survivors that lost edges pair up at random,
 * avoiding duplicates; a node whose remaining candidates are all neighbours, or a joining node,
 * takes over random edges (drop {@code a-b}, add {@code u-a}, {@code u-b}); with {@code m d} odd one
 * node stays one short until the next event (see {@link DegreeFiller}). Connectivity is kept
 * exactly by a maintained spanning tree ({@link SpanningTreeGuard}): subtrees cut loose by the
 * event re-hang themselves on the rest of the tree.
 *
 * <p>Knowledge: own neighbours, random-walk samples of deficient nodes and of random edges, and
 * the node's tree parent and depth (a detached subtree floods itself). Cost per single failure:
 * {@code O(d^2)} for the pairing plus the detached subtrees ({@code O(d log m)} on average).
 * Keeps the overlay close to a uniform random regular graph. Source: Hua et al. (pairing repair
 * of random regular overlays); configuration-model switches.
 */
public class PairingRepair implements RepairStrategy {
    private final SpanningTreeGuard tree = new SpanningTreeGuard();
    private final boolean checkConnectivity;

    /** Pairing with the exact connectivity maintenance (the default). */
    public PairingRepair() {
        this(true);
    }

    /**
     * Pairing, with or without connectivity maintenance.
     *
     * @param checkConnectivity whether to maintain connectivity with the spanning tree; without it
     *                          repairs are {@code O(d^2)} but a cut-off piece stays cut off (rare in
     *                          expanders, and then the connectivity invariant does not hold)
     */
    public PairingRepair(boolean checkConnectivity) {
        this.checkConnectivity = checkConnectivity;
    }

    @Override
    public String name() {
        return "pairing";
    }

    @Override
    public String knowledge() {
        return "own neighbours; random-walk samples of deficient nodes and edges; tree parent and depth (detached subtrees flood themselves)";
    }

    @Override
    public String source() {
        return "degree-deficient pairing (Hua et al.); configuration-model edge switches";
    }

    @Override
    public void attach(RepairContext ctx) {
        DegreeFiller.fill(ctx);
        if (checkConnectivity) tree.rebuild(ctx);
    }

    @Override
    public void afterRemoval(RepairContext ctx, int[] removed, int[] orphans, boolean graceful) {
        DegreeFiller.fill(ctx);
        restoreConnectivity(ctx, 0, -1);
    }

    @Override
    public void afterJoin(RepairContext ctx, int node) {
        DegreeFiller.fill(ctx);
        restoreConnectivity(ctx, 0, node);
    }

    /**
     * Re-hangs the subtrees cut loose by the edge removals logged since {@code mark} (0: the
     * event's start) and, if {@code joined >= 0}, the joined node. Does nothing when
     * connectivity is not maintained.
     *
     * @param ctx the repair in progress
     * @param mark the change-log position from which to look for removed tree edges
     * @param joined the id of a node the event added, or -1 if none
     */
    protected void restoreConnectivity(RepairContext ctx, int mark, int joined) {
        if (checkConnectivity) tree.repair(ctx, mark, joined);
    }
}
