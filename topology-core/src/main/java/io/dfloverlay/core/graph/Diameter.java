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
            java.util.Arrays.fill(dist, -1);
            dist[s] = 0;
            int head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                for (int i = g.offset(v), end = g.offset(v + 1); i < end; i++) {
                    int u = g.neighborAt(i);
                    if (dist[u] < 0) {
                        dist[u] = dist[v] + 1;
                        queue[tail++] = u;
                    }
                }
            }
            if (tail < n) return -1;
            diameter = Math.max(diameter, dist[queue[tail - 1]]);
        }
        return diameter;
    }
}
