package io.dfloverlay.core.graph;

import java.util.Arrays;

/** Connected components of a {@link Graph} by breadth-first search; {@code O(n + m)}, thread-safe. */
public final class Connectivity {
    private Connectivity() {}

    /** Whether the graph is connected (a graph with 0 or 1 nodes is). */
    public static boolean isConnected(Graph g) {
        int n = g.numNodes();
        if (n <= 1) return true;
        int[] label = componentLabels(g);
        for (int v = 0; v < n; v++) if (label[v] != 0) return false;
        return true;
    }

    /** Component label of each node, {@code 0..k-1} in order of each component's smallest node. */
    public static int[] componentLabels(Graph g) {
        int n = g.numNodes();
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] queue = new int[n];
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) continue;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            label[s] = next;
            while (head < tail) {
                int v = queue[head++];
                for (int i = g.offset(v), e = g.offset(v) + g.degree(v); i < e; i++) {
                    int u = g.neighborAt(i);
                    if (label[u] < 0) {
                        label[u] = next;
                        queue[tail++] = u;
                    }
                }
            }
            next++;
        }
        return label;
    }

    /** Number of connected components. */
    public static int componentCount(Graph g) {
        int max = -1;
        for (int l : componentLabels(g)) max = Math.max(max, l);
        return max + 1;
    }
}
