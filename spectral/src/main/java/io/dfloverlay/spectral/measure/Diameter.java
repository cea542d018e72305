package io.dfloverlay.spectral.measure;

import io.dfloverlay.core.graph.DirectionOptimizingBfs;
import io.dfloverlay.core.graph.Graph;

/**
 * Diameter of an unweighted graph by breadth-first search, every search direction-optimizing
 * ({@link DirectionOptimizingBfs}): exact by all-pairs BFS ({@link io.dfloverlay.core.graph.Diameter},
 * {@code O(n (n + m))}) up to {@link #EXACT_MAX_NODES} nodes; beyond, bounds from a few BFS
 * sweeps: the largest eccentricity seen (lower, double sweep of Magnien, Latapy and Habib 2009)
 * and twice the smallest eccentricity seen (upper, since {@code diam <= 2 ecc(v)} for every v).
 * Deterministic; stateless and thread-safe.
 */
public final class Diameter {
    /** Largest n for which {@link #of} is exact. */
    public static final int EXACT_MAX_NODES = 10_000;

    private Diameter() {}

    /**
     * Exact for {@code n <= }{@value #EXACT_MAX_NODES}, bounds beyond.
     *
     * @param g the graph
     * @return the diameter's bounds, both {@link DiameterBounds#INFINITE} if {@code g} is disconnected
     */
    public static DiameterBounds of(Graph g) {
        return g.numNodes() <= EXACT_MAX_NODES ? exact(g) : bounds(g);
    }

    /**
     * Exact diameter by BFS from every node ({@link io.dfloverlay.core.graph.Diameter#exact}); {@code O(n (n + m))}.
     *
     * @param g the graph
     * @return equal bounds, both {@link DiameterBounds#INFINITE} if {@code g} is disconnected
     */
    public static DiameterBounds exact(Graph g) {
        int diam = io.dfloverlay.core.graph.Diameter.exact(g);
        return diam < 0 ? new DiameterBounds(DiameterBounds.INFINITE, DiameterBounds.INFINITE) : new DiameterBounds(diam, diam);
    }

    /**
     * Bounds from four BFS sweeps (node 0, the farthest node a from it, the farthest b from a, the
     * middle of a–b), each direction-optimizing.
     *
     * @param g the graph
     * @return the bounds, both {@link DiameterBounds#INFINITE} if {@code g} is disconnected
     */
    public static DiameterBounds bounds(Graph g) {
        int n = g.numNodes();
        if (n <= 1) return new DiameterBounds(0, 0);
        DirectionOptimizingBfs bfs = new DirectionOptimizingBfs(n);
        if (bfs.run(g, 0) < n) return new DiameterBounds(DiameterBounds.INFINITE, DiameterBounds.INFINITE);
        int ecc0 = bfs.eccentricity();
        int a = bfs.farthest();
        bfs.run(g, a);
        int eccA = bfs.eccentricity();
        int b = bfs.farthest();
        int[] distA = new int[n];
        for (int v = 0; v < n; v++) distA[v] = bfs.distance(v);
        bfs.run(g, b);
        int eccB = bfs.eccentricity();
        // A node halfway on a shortest a–b path: distance from a is eccA/2 and from b the rest.
        int mid = a;
        for (int v = 0; v < n; v++) {
            if (distA[v] == eccA / 2 && bfs.distance(v) == eccA - eccA / 2) {
                mid = v;
                break;
            }
        }
        bfs.run(g, mid);
        int eccM = bfs.eccentricity();
        int lower = Math.max(Math.max(ecc0, eccA), Math.max(eccB, eccM));
        int upper = 2 * Math.min(Math.min(ecc0, eccA), Math.min(eccB, eccM));
        return new DiameterBounds(lower, Math.max(lower, upper));
    }
}
