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
     *
     * @param g the graph
     * @return an array of length {@code n} holding each node's component label
     */
    public static int[] componentLabels(Graph g) {
        int n = g.numNodes();
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        BreadthFirstSearch bfs = new BreadthFirstSearch(n);
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) continue;
            for (int i = 0, r = bfs.run(g, s); i < r; i++) label[bfs.reachedAt(i)] = next;
            next++;
        }
        return label;
    }

    /**
     * Counts the connected components of a graph.
     *
     * @param g the graph
     * @return the number of connected components ({@code 0} for the graph with no nodes)
     */
    public static int componentCount(Graph g) {
        int[] label = componentLabels(g);
        return label.length == 0 ? 0 : max(label) + 1;
    }

    /**
     * Counts components from labels already computed, without another search.
     *
     * @param labels component labels as returned by {@link #componentLabels(Graph)}
     * @return the number of components, one more than the largest label ({@code 0} for no nodes)
     */
    public static int componentCount(int[] labels) {
        return labels.length == 0 ? 0 : max(labels) + 1;
    }

    /**
     * Node count of each connected component.
     *
     * @param g the graph
     * @return the size of each component, indexed by the labels of {@link #componentLabels(Graph)}
     */
    public static int[] componentSizes(Graph g) {
        int[] label = componentLabels(g);
        int[] sizes = new int[label.length == 0 ? 0 : max(label) + 1];
        for (int l : label) sizes[l]++;
        return sizes;
    }

    /**
     * Whether every node is reachable from node 0; stops after one search, so it is cheaper than
     * {@link #componentCount(Graph)} when the answer is yes.
     *
     * @param g the graph
     * @return {@code true} if {@code g} has at most one component (the empty graph and a single node count as connected)
     */
    public static boolean isConnected(Graph g) {
        int n = g.numNodes();
        return n <= 1 || new BreadthFirstSearch(n).run(g, 0) == n;
    }

    private static int max(int[] a) {
        int m = Integer.MIN_VALUE;
        for (int x : a) m = Math.max(m, x);
        return m;
    }
}
