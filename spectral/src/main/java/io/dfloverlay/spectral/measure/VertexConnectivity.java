package io.dfloverlay.spectral.measure;

import io.dfloverlay.core.graph.Graph;
import java.util.Arrays;

/**
 * Vertex connectivity κ(G): the fewest nodes whose removal disconnects the graph ({@code n − 1}
 * for the complete graph, 0 if disconnected). Algorithm of Even (1975) with the reduction of
 * Esfahanian and Hakimi (1984): with v of minimum degree, κ is the minimum of the local
 * connectivities κ(v, w) over the non-neighbours w of v and κ(x, y) over non-adjacent pairs of
 * neighbours of v. Each local connectivity is a unit-capacity max-flow on the node-split graph by
 * BFS augmenting paths, cut off at the best value so far (at most δ + 1 augmentations of
 * {@code O(n + m)}), so the total is {@code O((n + δ²) δ (n + m))}. Meant for
 * {@code n <= }{@value #MAX_NODES}. Deterministic; instances are not thread-safe (work arrays).
 */
public final class VertexConnectivity {
    /** Size limit of {@link #of}. */
    public static final int MAX_NODES = 2000;

    private final Graph g;
    private final int n;
    private final int[] reverse;     // CSR index of the reverse arc
    private final byte[] arcFlow;    // flow on arc u_out -> x_in, indexed by u's CSR position
    private final boolean[] inner;   // flow on x_in -> x_out
    private final int[] parent, parentArc, queue;

    private VertexConnectivity(Graph g) {
        this.g = g;
        this.n = g.numNodes();
        int arcs = g.offset(n);
        reverse = new int[arcs];
        for (int u = 0; u < n; u++) {
            for (int i = g.offset(u); i < g.offset(u + 1); i++) {
                int x = g.neighborAt(i);
                reverse[i] = g.offset(x) + Arrays.binarySearch(g.neighbors(x), u);
            }
        }
        arcFlow = new byte[arcs];
        inner = new boolean[n];
        parent = new int[2 * n];
        parentArc = new int[2 * n];
        queue = new int[2 * n];
    }

    /**
     * κ(G) of a simple undirected graph.
     *
     * @param g a simple undirected graph with at most {@value #MAX_NODES} nodes
     * @return κ(G): {@code n − 1} for the complete graph, 0 if disconnected or {@code n <= 1}
     * @throws IllegalArgumentException if {@code n > }{@value #MAX_NODES}
     */
    public static int of(Graph g) {
        int n = g.numNodes();
        if (n > MAX_NODES) throw new IllegalArgumentException("vertex connectivity limited to n <= " + MAX_NODES + ", got n=" + n);
        if (n <= 1) return 0;
        if (g.numEdges() == (long) n * (n - 1) / 2) return n - 1;
        int v = 0;
        for (int u = 1; u < n; u++) if (g.degree(u) < g.degree(v)) v = u;
        int best = g.degree(v);
        if (best == 0) return 0;
        VertexConnectivity vc = new VertexConnectivity(g);
        for (int w = 0; w < n && best > 0; w++) {
            if (w != v && !g.hasEdge(v, w)) best = Math.min(best, vc.localConnectivity(v, w, best));
        }
        int[] nv = g.neighbors(v);
        for (int i = 0; i < nv.length && best > 0; i++) {
            for (int j = i + 1; j < nv.length && best > 0; j++) {
                if (!g.hasEdge(nv[i], nv[j])) best = Math.min(best, vc.localConnectivity(nv[i], nv[j], best));
            }
        }
        return best;
    }

    /** Internally node-disjoint s–t paths for non-adjacent s, t, counted up to {@code cutoff}. */
    int localConnectivity(int s, int t, int cutoff) {
        Arrays.fill(arcFlow, (byte) 0);
        Arrays.fill(inner, false);
        int flow = 0;
        while (flow < cutoff && augment(s, t)) flow++;
        return flow;
    }

    // Node encoding: in(x) = 2x, out(x) = 2x + 1. Source s_out, sink t_in.
    private boolean augment(int s, int t) {
        Arrays.fill(parent, -1);
        int src = 2 * s + 1, sink = 2 * t;
        parent[src] = src;
        int head = 0, tail = 0;
        queue[tail++] = src;
        while (head < tail) {
            int node = queue[head++];
            int x = node >> 1;
            if ((node & 1) == 1) {
                // x_out: forward arcs to y_in without flow; backward internal arc to x_in if used.
                for (int i = g.offset(x), end = g.offset(x + 1); i < end; i++) {
                    int y = g.neighborAt(i);
                    int to = 2 * y;
                    if (arcFlow[i] == 0 && parent[to] < 0) {
                        parent[to] = node;
                        parentArc[to] = i;
                        if (to == sink) return apply(src, sink);
                        queue[tail++] = to;
                    }
                }
                if (inner[x] && x != s && parent[2 * x] < 0) {
                    parent[2 * x] = node;
                    parentArc[2 * x] = -1;
                    queue[tail++] = 2 * x;
                }
            } else {
                // x_in: internal arc to x_out if unused; backward along arcs u_out -> x_in with flow.
                if (!inner[x] && x != t && parent[node + 1] < 0) {
                    parent[node + 1] = node;
                    parentArc[node + 1] = -1;
                    queue[tail++] = node + 1;
                }
                for (int i = g.offset(x), end = g.offset(x + 1); i < end; i++) {
                    int u = g.neighborAt(i);
                    int r = reverse[i];
                    int to = 2 * u + 1;
                    if (arcFlow[r] == 1 && parent[to] < 0) {
                        parent[to] = node;
                        parentArc[to] = r;
                        queue[tail++] = to;
                    }
                }
            }
        }
        return false;
    }

    private boolean apply(int src, int sink) {
        int node = sink;
        while (node != src) {
            int p = parent[node];
            int arc = parentArc[node];
            if (arc < 0) {
                inner[node >> 1] = (node & 1) == 1; // in->out sets, out->in clears
            } else if ((p & 1) == 1) {
                arcFlow[arc] = 1;                    // forward u_out -> x_in
            } else {
                arcFlow[arc] = 0;                    // cancel flow on u_out -> x_in
            }
            node = p;
        }
        return true;
    }
}
