package io.dfloverlay.core.graph;

import java.util.Arrays;

/**
 * Connected components of a {@link Graph} by breadth-first search; {@code O(n + m)} time, {@code O(n)}
 * extra memory, deterministic. Stateless and thread-safe.
 */
public final class Connectivity {
    private Connectivity() {}

    /** Whether {@code g} is connected (the graphs with 0 or 1 nodes are). */
    public static boolean isConnected(Graph g) {
        return componentCount(componentLabels(g)) <= 1;
    }

    /**
     * Component label of every node: labels are {@code 0, 1, ...} in order of the smallest node of
     * each component.
     */
    public static int[] componentLabels(Graph g) {
        int n = g.numNodes();
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] queue = new int[n];
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) continue;
            int head = 0, tail = 0;
            queue[tail++] = s;
            label[s] = next;
            while (head < tail) {
                int v = queue[head++];
                for (int i = g.offset(v), end = g.offset(v + 1); i < end; i++) {
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

    /** Number of components given labels from {@link #componentLabels}. */
    public static int componentCount(int[] labels) {
        int max = -1;
        for (int l : labels) max = Math.max(max, l);
        return max + 1;
    }
}
