package io.dfloverlay.maintenance.sybil;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.maintenance.OverlayMaintainer;
import io.dfloverlay.maintenance.strategy.CappedJoinRepair;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import java.util.SplittableRandom;

/**
 * Measures a Sybil burst through the maintenance layer: k identities join an honest d-regular
 * overlay one after another with no other event in between ({@link OverlayMaintainer#join}), each
 * connected by the repair strategy; then counts the honest nodes whose neighbourhood has a Sybil
 * majority. The Sybils follow the protocol (the strategy picks their edges), so this measures what
 * a burst does by sheer numbers; {@link io.dfloverlay.maintenance.strategy.CappedJoinRepair}'s
 * bound also holds when Sybils pick their edges.
 */
public final class SybilBurst {
    private SybilBurst() {}

    /**
     * Runs one burst.
     *
     * @param honest   the honest overlay, d-regular (nodes 0..n-1)
     * @param d        the overlay degree
     * @param strategy a repair strategy name
     * @param k        Sybil identities joining, at least 0
     * @param seed     the strategy's random seed
     * @return the honest nodes' exposure after the burst
     * @throws IllegalArgumentException for an unknown strategy or {@code k < 0}
     */
    public static SybilBurstOutcome run(Graph honest, int d, String strategy, int k, long seed) {
        if (k < 0) throw new IllegalArgumentException("k must be >= 0, got " + k);
        OverlayMaintainer m = new OverlayMaintainer(honest, d, RepairStrategies.byName(strategy), new SplittableRandom(seed));
        int n = honest.numNodes();
        int firstSybil = m.nextFreeId();
        for (int s = 0; s < k; s++) m.join(m.nextFreeId());
        int captured = 0;
        double max = 0, sum = 0, alive = 0;
        for (int v = 0; v < n; v++) {
            if (!m.isAlive(v)) continue;
            int deg = m.degree(v), syb = 0;
            for (int u : m.neighbors(v)) if (u >= firstSybil) syb++;
            if (2 * syb > deg) captured++;
            double share = deg == 0 ? 0 : syb / (double) deg;
            max = Math.max(max, share);
            sum += share;
            alive++;
        }
        int overflow = m.strategy() instanceof CappedJoinRepair c ? c.overflowJoins() : 0;
        return new SybilBurstOutcome(m.strategy().name(), (int) alive, k, captured, max, alive == 0 ? 0 : sum / alive, overflow);
    }
}
