package io.dfloverlay.core.graph;

/**
 * Connected components of a {@link Graph} by breadth-first search over {@code int} arrays.
 *
 * <p>All methods run in {@code O(n + m)} time and use {@code O(n)} extra memory (a label array and
 * a queue); they are stateless and thread-safe. The graph with no nodes has zero components and is
 * reported as connected (vacuously); a single node is connected.
 */
public final class Connectivity {
    private Connectivity() {}

    /**
     * Component label of every node: labels are {@code 0..c-1}, numbered in order of each
     * component's smallest node, so node 0 (if any) has label 0.
     */
    public static int[] componentLabels(Graph g) {
        int n = g.numNodes();
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        int[] queue = new int[n];
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) continue;
            bfs(g, s, next++, label, queue);
        }
        return label;
    }

    /** Number of connected components ({@code 0} for the graph with no nodes). */
    public static int componentCount(Graph g) {
        int[] label = componentLabels(g);
        return label.length == 0 ? 0 : max(label) + 1;
    }

    /** Number of components given labels from {@link #componentLabels} (0 for no nodes). */
    public static int componentCount(int[] labels) {
        return labels.length == 0 ? 0 : max(labels) + 1;
    }

    /** Size of each component, indexed by the labels of {@link #componentLabels(Graph)}. */
    public static int[] componentSizes(Graph g) {
        int[] label = componentLabels(g);
        int[] sizes = new int[label.length == 0 ? 0 : max(label) + 1];
        for (int l : label) sizes[l]++;
        return sizes;
    }

    /**
     * Whether every node is reachable from node 0; stops after one search, so it is cheaper than
     * {@link #componentCount(Graph)} when the answer is yes.
     */
    public static boolean isConnected(Graph g) {
        int n = g.numNodes();
        if (n <= 1) return true;
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        return bfs(g, 0, 0, label, new int[n]) == n;
    }

    /** Labels the component of {@code s} with {@code id}; returns its size. */
    private static int bfs(Graph g, int s, int id, int[] label, int[] queue) {
        int head = 0, tail = 0;
        queue[tail++] = s;
        label[s] = id;
        while (head < tail) {
            int v = queue[head++];
            for (int i = g.offset(v), end = g.offset(v + 1); i < end; i++) {
                int w = g.neighborAt(i);
                if (label[w] < 0) {
                    label[w] = id;
                    queue[tail++] = w;
                }
            }
        }
        return tail;
    }

    private static int max(int[] a) {
        int m = Integer.MIN_VALUE;
        for (int x : a) m = Math.max(m, x);
        return m;
    }
}
