package io.dfloverlay.core.graph;

import java.util.Arrays;

/**
 * Breadth-first distances from one source by direction-optimizing search (Beamer, Asanović and
 * Patterson 2012): levels are expanded top-down (each frontier node marks its unreached
 * neighbours) while the frontier is small, and bottom-up (each unreached node looks for a
 * neighbour in the frontier and stops at the first) once the frontier's edges outnumber a fraction
 * of the unreached nodes' edges. On expanders most nodes lie in the last two or three levels, where
 * a bottom-up step stops after one or two neighbours instead of scanning every frontier edge, so a
 * search reads a fraction of the {@code m} edges a plain BFS reads. Only distances are kept (no
 * parents); use {@link BreadthFirstSearch} for search trees and early stops.
 *
 * <p>Memory: three {@code int} arrays of the capacity. Deterministic. Mutable and not thread-safe:
 * one instance per thread.
 */
public final class DirectionOptimizingBfs {
    /** Switch to bottom-up when the frontier's edges exceed the unreached nodes' edges divided by this (Beamer's α). */
    private static final int ALPHA = 14;
    /** Switch back to top-down when the frontier holds fewer than n divided by this nodes (Beamer's β). */
    private static final int BETA = 24;

    private final int[] dist;
    private int[] frontier;
    private int[] next;
    private int eccentricity;
    private int farthest = -1;

    /**
     * A search over node ids {@code 0..capacity-1}.
     *
     * @param capacity the number of nodes of the graphs searched
     * @throws IllegalArgumentException if {@code capacity < 0}
     */
    public DirectionOptimizingBfs(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        dist = new int[capacity];
        frontier = new int[capacity];
        next = new int[capacity];
    }

    /**
     * Searches {@code g} from {@code source}.
     *
     * @param g      a graph with exactly {@link #capacity} nodes
     * @param source the node to start from
     * @return the number of nodes reached, {@code source} included
     * @throws IllegalArgumentException if {@code g} has another number of nodes or {@code source} is out of range
     */
    public int run(Graph g, int source) {
        int n = g.numNodes();
        if (n != dist.length) throw new IllegalArgumentException("graph has " + n + " nodes, the search " + dist.length);
        if (source < 0 || source >= n) throw new IllegalArgumentException("source " + source + " is outside 0.." + (n - 1));
        int[] dist = this.dist;
        Arrays.fill(dist, -1);
        dist[source] = 0;
        frontier[0] = source;
        int size = 1, reached = 1, level = 0;
        long frontierEdges = g.degree(source);
        long unreachedEdges = (long) g.offset(n) - frontierEdges;
        boolean bottomUp = false;
        farthest = source;
        while (size > 0) {
            if (!bottomUp && frontierEdges > unreachedEdges / ALPHA) bottomUp = true;
            else if (bottomUp && size < n / BETA) bottomUp = false;
            int found = bottomUp ? bottomUpStep(g, level) : topDownStep(g, size, level);
            if (found == 0) break;
            long edges = 0;
            for (int i = 0; i < found; i++) edges += g.degree(next[i]);
            frontierEdges = edges;
            unreachedEdges -= edges;
            int[] t = frontier;
            frontier = next;
            next = t;
            size = found;
            reached += found;
            level++;
            farthest = frontier[size - 1];
        }
        eccentricity = level;
        return reached;
    }

    private int topDownStep(Graph g, int size, int level) {
        int[] dist = this.dist, frontier = this.frontier, next = this.next;
        int found = 0;
        for (int i = 0; i < size; i++) {
            int v = frontier[i];
            for (int p = g.offset(v), end = g.offset(v + 1); p < end; p++) {
                int w = g.neighborAt(p);
                if (dist[w] < 0) {
                    dist[w] = level + 1;
                    next[found++] = w;
                }
            }
        }
        return found;
    }

    private int bottomUpStep(Graph g, int level) {
        int[] dist = this.dist, next = this.next;
        int n = dist.length, found = 0;
        for (int u = 0; u < n; u++) {
            if (dist[u] >= 0) continue;
            for (int p = g.offset(u), end = g.offset(u + 1); p < end; p++) {
                if (dist[g.neighborAt(p)] == level) {
                    dist[u] = level + 1;
                    next[found++] = u;
                    break;
                }
            }
        }
        return found;
    }

    /** {@return the number of node ids the search covers} */
    public int capacity() {
        return dist.length;
    }

    /**
     * The distance of {@code v} from the last source.
     *
     * @param v a node id
     * @return the distance, or {@code -1} if {@code v} was not reached
     */
    public int distance(int v) {
        return dist[v];
    }

    /** {@return the largest distance reached by the last search} */
    public int eccentricity() {
        return eccentricity;
    }

    /** {@return a node at the largest distance of the last search (the last one found on its level)} */
    public int farthest() {
        return farthest;
    }
}
