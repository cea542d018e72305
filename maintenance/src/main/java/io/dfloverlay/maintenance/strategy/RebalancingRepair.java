package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.maintenance.MutableOverlay;
import io.dfloverlay.maintenance.RepairContext;

/**
 * Pairing repair plus a periodic rebalance: once {@code period} nodes have failed, left or joined
 * since the last rebalance, {@code fraction} of the edges are re-randomized by degree-preserving
 * double-edge switches ({@code a-b, c-e -> a-c, b-e}, skipped when they would create a loop or a
 * duplicate), which pulls λ back towards that of a uniform random regular graph after heavy
 * churn; the spanning tree then re-hangs any subtree a switch cut loose.
 *
 * <p>Knowledge: as {@link PairingRepair}, plus random-walk samples of edges for the switches
 * (each switch: two walks, two drops, two adds). Source: Markov-chain edge switching (the "switch
 * chain" of Cooper, Dyer and Greenhill) applied periodically. Rebalance cost
 * {@code O(fraction · m d · walk length)} messages, amortized over {@code period} events.
 */
public final class RebalancingRepair extends PairingRepair {
    private final int period;
    private final double fraction;
    private long churned;

    /** Defaults: rebalance every 10 churned nodes, switching 2% of the edges. */
    public RebalancingRepair() {
        this(10, 0.02);
    }

    /**
     * Pairing plus a rebalance every {@code period} churned nodes.
     *
     * @param period   churned nodes between rebalances, {@code >= 1}
     * @param fraction fraction of edges switched per rebalance, in {@code (0, 1]}
     * @throws IllegalArgumentException if {@code period < 1} or {@code fraction} is outside {@code (0, 1]}
     */
    public RebalancingRepair(int period, double fraction) {
        if (period < 1) throw new IllegalArgumentException("rebalance period must be >= 1, got " + period);
        if (!(fraction > 0 && fraction <= 1))
            throw new IllegalArgumentException("rebalance fraction must be in (0, 1], got " + fraction);
        this.period = period;
        this.fraction = fraction;
    }

    @Override
    public String name() {
        return "rebalance";
    }

    @Override
    public String knowledge() {
        return super.knowledge() + "; random-walk samples of edges for periodic switches";
    }

    @Override
    public String source() {
        return super.source() + "; periodic switch-chain re-randomization (Cooper, Dyer and Greenhill 2007)";
    }

    @Override
    public void afterRemoval(RepairContext ctx, int[] removed, int[] orphans, boolean graceful) {
        super.afterRemoval(ctx, removed, orphans, graceful);
        churned += removed.length;
        maybeRebalance(ctx);
    }

    @Override
    public void afterJoin(RepairContext ctx, int node) {
        super.afterJoin(ctx, node);
        churned++;
        maybeRebalance(ctx);
    }

    private void maybeRebalance(RepairContext ctx) {
        if (churned < period) return;
        churned = 0;
        MutableOverlay o = ctx.overlay();
        long edges = 0;
        for (int i = 0; i < o.numAlive(); i++) edges += o.degree(o.aliveAt(i));
        int switches = (int) Math.ceil(fraction * edges / 2);
        if (o.numAlive() < 4 || edges == 0) return;
        int mark = o.mark();
        for (int s = 0; s < switches; s++) {
            int a = ctx.sampleNode();
            int c = ctx.sampleNode();
            if (o.degree(a) == 0 || o.degree(c) == 0) continue;
            int b = o.neighbor(a, ctx.rng().nextInt(o.degree(a)));
            int e = o.neighbor(c, ctx.rng().nextInt(o.degree(c)));
            if (a == c || a == e || b == c || b == e || o.hasEdge(a, c) || o.hasEdge(b, e)) continue;
            ctx.unlink(a, b);
            ctx.unlink(c, e);
            ctx.link(a, c);
            ctx.link(b, e);
        }
        restoreConnectivity(ctx, mark, -1);
    }
}
