package io.dfloverlay.core.graph;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Exact diameter (largest shortest-path distance) by a breadth-first search from every node
 * (direction-optimizing, {@link DirectionOptimizingBfs}), the sources shared out over the common
 * fork-join pool: {@code O(n(n + m))} work, {@code O(n)} memory per worker, deterministic. Meant
 * for graphs up to about {@code 10^4} nodes. Stateless and thread-safe.
 */
public final class Diameter {
    /** Sources a worker takes at a time (and the fewest nodes per extra worker). */
    private static final int SOURCES_PER_TASK = 64;

    private Diameter() {}

    /**
     * The diameter of {@code g}.
     *
     * @param g the graph
     * @return the diameter: 0 for graphs with at most one node, {@code -1} if {@code g} is disconnected
     */
    public static int exact(Graph g) {
        int n = g.numNodes();
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / SOURCES_PER_TASK));
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean disconnected = new AtomicBoolean();
        int diameter = IntStream.range(0, workers).parallel().map(w -> sweeps(g, next, disconnected)).max().orElse(0);
        return disconnected.get() ? -1 : diameter;
    }

    /** Searches from sources taken {@value #SOURCES_PER_TASK} at a time until none is left; the largest eccentricity seen. */
    private static int sweeps(Graph g, AtomicInteger next, AtomicBoolean disconnected) {
        int n = g.numNodes(), diameter = 0;
        DirectionOptimizingBfs bfs = new DirectionOptimizingBfs(n);
        for (int from; !disconnected.get() && (from = next.getAndAdd(SOURCES_PER_TASK)) < n; ) {
            for (int s = from, to = Math.min(n, from + SOURCES_PER_TASK); s < to; s++) {
                if (bfs.run(g, s) < n) {
                    disconnected.set(true);
                    return -1;
                }
                diameter = Math.max(diameter, bfs.eccentricity());
            }
        }
        return diameter;
    }

    /**
     * Eccentricity of {@code s} by one search with the caller's (reused) {@code bfs}; afterwards
     * {@code bfs} holds the distances from {@code s}.
     *
     * @param g   the graph
     * @param s   the source node
     * @param bfs a search with capacity at least {@code g.numNodes()}
     * @return the largest distance from {@code s}, or {@code -1} if some node is unreachable
     */
    public static int eccentricity(Graph g, int s, BreadthFirstSearch bfs) {
        int reached = bfs.run(g, s);
        return reached < g.numNodes() ? -1 : bfs.distance(bfs.farthest());
    }
}
