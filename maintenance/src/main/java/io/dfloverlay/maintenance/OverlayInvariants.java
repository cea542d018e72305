package io.dfloverlay.maintenance;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;

/**
 * Checks the invariants a repairing strategy promises after every event: the overlay is simple
 * (guaranteed by {@link Graph}), no degree exceeds {@code d}, every alive node has the target
 * degree ({@code d}, or {@code m - 1} when {@code m <= d}) except at most one node one short, and
 * the overlay is connected. {@code O(m d)}; for tests and audits, not for the hot path.
 */
public final class OverlayInvariants {
    private OverlayInvariants() {}

    /**
     * Checks the invariants on a graph.
     *
     * @param g the overlay (e.g. a {@link MutableOverlay#snapshot()})
     * @param d the degree bound, {@code >= 1}
     * @param requireRegular whether to require the target degree on all nodes but at most one
     *     (one short, only when {@code m·target} is odd)
     * @param requireConnected whether to require a connected overlay
     * @return a description of the first violated invariant, or {@code null} if all hold
     */
    public static String violation(Graph g, int d, boolean requireRegular, boolean requireConnected) {
        int m = g.numNodes();
        int target = Math.min(d, Math.max(0, m - 1));
        int shortNodes = 0;
        for (int v = 0; v < m; v++) {
            int deg = g.degree(v);
            if (deg > d) return "node index " + v + " has degree " + deg + " > d=" + d;
            if (requireRegular && deg < target) {
                if (deg < target - 1) return "node index " + v + " has degree " + deg + " < " + (target - 1);
                if (++shortNodes > 1) return "more than one node is one short of degree " + target;
            }
        }
        if (requireRegular && shortNodes == 1 && ((long) m * target) % 2 == 0)
            return "a node is one short of degree " + target + " although m*target=" + (long) m * target + " is even";
        if (requireConnected && !Connectivity.isConnected(g))
            return "overlay is disconnected: " + Connectivity.componentCount(g) + " components";
        return null;
    }

    /**
     * Checks the maintainer's snapshot against all invariants of a repairing strategy.
     *
     * @param maintainer the maintainer whose overlay to check
     * @return a description of the first violated invariant, or {@code null} if all hold
     */
    public static String violation(OverlayMaintainer maintainer) {
        return violation(maintainer.snapshot(), maintainer.d(), true, true);
    }
}
