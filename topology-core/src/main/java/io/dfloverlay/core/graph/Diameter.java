package io.dfloverlay.core.graph;

/**
 * Exact diameter (largest shortest-path distance) by a breadth-first search from every node:
 * {@code O(n(n + m))} time, {@code O(n)} memory, deterministic. Meant for graphs up to about
 * {@code 10^4} nodes. Stateless and thread-safe.
 */
public final class Diameter {
    private Diameter() {}

    /**
     * The diameter of {@code g}: 0 for graphs with at most one node, {@code -1} if {@code g} is
     * disconnected.
     */
    public static int exact(Graph g) {
        int n = g.numNodes();
        int[] dist = new int[n];
        int[] queue = new int[n];
        int diameter = 0;
        for (int s = 0; s < n; s++) {
            int ecc = eccentricity(g, s, dist, queue);
            if (ecc < 0) return -1;
            diameter = Math.max(diameter, ecc);
        }
        return diameter;
    }

    /**
     * Eccentricity of {@code s} by one BFS ({@code -1} if some node is unreachable). Uses the
     * caller's scratch arrays of length n; on return {@code dist} holds the distances from
     * {@code s} and {@code queue} the nodes in BFS order.
     */
    public static int eccentricity(Graph g, int s, int[] dist, int[] queue) {
        int n = g.numNodes();
        java.util.Arrays.fill(dist, -1);
        dist[s] = 0;
        int head = 0, tail = 0;
        queue[tail++] = s;
        while (head < tail) {
            int v = queue[head++];
            int dv = dist[v] + 1;
            for (int i = g.offset(v), end = g.offset(v + 1); i < end; i++) {
                int u = g.neighborAt(i);
                if (dist[u] < 0) {
                    dist[u] = dv;
                    queue[tail++] = u;
                }
            }
        }
        return tail < n ? -1 : dist[queue[n - 1]];
    }
}
