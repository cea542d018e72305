package io.dfloverlay.maintenance.underlay;

import io.dfloverlay.core.generate.FisherYates;
import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MetropolisHastingsWeights;
import io.dfloverlay.maintenance.ConnectivityGuard;
import io.dfloverlay.maintenance.DegreeFiller;
import io.dfloverlay.maintenance.Edge;
import io.dfloverlay.maintenance.MutableOverlay;
import io.dfloverlay.maintenance.RepairContext;
import io.dfloverlay.spectral.Spectra;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Builds a connected {@code d}-regular overlay from any underlay graph (a physical or latency
 * network read from a file) reusing as many underlay edges as it can:
 * <ol>
 *   <li>keep underlay edges greedily, endpoints of low underlay degree first (ties at random),
 *       while both endpoints are below {@code d}: a maximal degree-bounded subgraph;</li>
 *   <li>complete the degrees with {@link DegreeFiller} (deficient nodes pair up; the rare edge
 *       takeovers may drop a kept underlay edge);</li>
 *   <li>make it connected with {@link ConnectivityGuard} from every node.</li>
 * </ol>
 * Afterwards every node has degree {@code min(d, n-1)} except at most one node one short (when
 * {@code n d} is odd), and the overlay is connected. Source: the underlay-to-overlay conversion
 * of Hua et al., realised with the library's pairing repair. Cost {@code O(m log m + n d^2)} plus
 * one spectral solve. Deterministic for a given random stream.
 */
public final class UnderlayConversion {
    private UnderlayConversion() {}

    /**
     * Maximal reuse: as {@link #convert(Graph, int, int, RandomGenerator)} with {@code maxReusedPerNode = d}.
     *
     * @param underlay any simple graph
     * @param d target degree, {@code >= 2}
     * @param rng randomness for tie-breaking and the pairing
     * @return the overlay with its reuse statistics and λ(W)
     * @throws IllegalArgumentException if {@code d < 2}
     */
    public static UnderlayOverlay convert(Graph underlay, int d, RandomGenerator rng) {
        return convert(underlay, d, d, rng);
    }

    /**
     * Converts {@code underlay} to a connected {@code d}-regular overlay (see the class comment).
     *
     * @param underlay         any simple graph
     * @param d                target degree, {@code >= 2}
     * @param maxReusedPerNode at most this many underlay edges kept per node, {@code 0..d}; below
     *                         {@code d} the remaining slots are random pairings, trading reuse for
     *                         a smaller λ on poorly expanding underlays (grids, geometric graphs)
     * @param rng              randomness for tie-breaking and the pairing
     * @return the overlay with its reuse statistics and λ(W)
     * @throws IllegalArgumentException if {@code d < 2} or {@code maxReusedPerNode} is outside {@code 0..d}
     */
    public static UnderlayOverlay convert(Graph underlay, int d, int maxReusedPerNode, RandomGenerator rng) {
        if (d < 2) throw new IllegalArgumentException("degree d must be >= 2, got " + d);
        if (maxReusedPerNode < 0 || maxReusedPerNode > d)
            throw new IllegalArgumentException("maxReusedPerNode must be in [0, d=" + d + "], got " + maxReusedPerNode);
        int n = underlay.numNodes();
        MutableOverlay o = new MutableOverlay(d);
        for (int v = 0; v < n; v++) o.addNode(v);
        long m = underlay.numEdges();
        if (m > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("underlay too large: " + m + " edges");
        int edges = (int) m;
        int[] eu = new int[edges];
        int[] ev = new int[edges];
        int[] at = {0};
        underlay.forEachEdge((u, v) -> {
            eu[at[0]] = u;
            ev[at[0]] = v;
            at[0]++;
        });
        int[] shuffled = FisherYates.permutation(edges, rng);
        // key: underlay degree sum of the endpoints, then the random position
        long[] order = new long[edges];
        for (int p = 0; p < edges; p++) {
            int e = shuffled[p];
            order[p] = (long) (underlay.degree(eu[e]) + underlay.degree(ev[e])) << 32 | p;
        }
        java.util.Arrays.sort(order);
        for (long key : order) {
            int e = shuffled[(int) (key & 0xFFFF_FFFFL)];
            if (o.degree(eu[e]) < maxReusedPerNode && o.degree(ev[e]) < maxReusedPerNode) o.addEdge(eu[e], ev[e]);
        }
        RepairContext ctx = new RepairContext(o, rng);
        DegreeFiller.fill(ctx);
        int[] all = new int[n];
        for (int v = 0; v < n; v++) all[v] = v;
        new ConnectivityGuard().ensureConnected(ctx, all);
        Graph overlay = o.snapshot();
        long[] reused = {0};
        List<Edge> added = new ArrayList<>();
        overlay.forEachEdge((u, v) -> {
            if (underlay.hasEdge(u, v)) reused[0]++;
            else added.add(Edge.of(u, v));
        });
        double lambda = n < 2 ? 0 : !Connectivity.isConnected(overlay) ? 1.0
                : Spectra.mixing(new MetropolisHastingsWeights().of(overlay)).twoSided();
        return new UnderlayOverlay(overlay, m, reused[0], lambda, added);
    }
}
