package io.dfloverlay.spectral.measure;

import io.dfloverlay.core.graph.Graph;

/**
 * Diameter of an unweighted graph by breadth-first search: exact by all-pairs BFS
 * ({@code O(n (n + m))}) up to {@link #EXACT_MAX_NODES} nodes; beyond, bounds from a few BFS
 * sweeps: the largest eccentricity seen (lower, double sweep of Magnien, Latapy and Habib 2009)
 * and twice the smallest eccentricity seen (upper, since {@code diam <= 2 ecc(v)} for every v).
 * Deterministic; stateless and thread-safe.
 */
public final class Diameter {
    /** Largest n for which {@link #of} is exact. */
    public static final int EXACT_MAX_NODES = 10_000;

    private Diameter() {}

    /** Exact for {@code n <= }{@value #EXACT_MAX_NODES}, bounds beyond. */
    public static DiameterBounds of(Graph g) {
        return g.numNodes() <= EXACT_MAX_NODES ? exact(g) : bounds(g);
    }

    /** Exact diameter by BFS from every node; {@code O(n (n + m))}. */
    public static DiameterBounds exact(Graph g) {
        int n = g.numNodes();
        if (n <= 1) return new DiameterBounds(0, 0);
        int[] dist = new int[n];
        int[] queue = new int[n];
        int diam = 0;
        for (int s = 0; s < n; s++) {
            int ecc = eccentricity(g, s, dist, queue);
            if (ecc < 0) return new DiameterBounds(DiameterBounds.INFINITE, DiameterBounds.INFINITE);
            diam = Math.max(diam, ecc);
        }
        return new DiameterBounds(diam, diam);
    }

    /** Bounds from four BFS sweeps (node 0, the farthest node a from it, the farthest b from a, the middle of a–b). */
    public static DiameterBounds bounds(Graph g) {
        int n = g.numNodes();
        if (n <= 1) return new DiameterBounds(0, 0);
        int[] dist = new int[n];
        int[] queue = new int[n];
        int ecc0 = eccentricity(g, 0, dist, queue);
        if (ecc0 < 0) return new DiameterBounds(DiameterBounds.INFINITE, DiameterBounds.INFINITE);
        int a = queue[n - 1];
        int eccA = eccentricity(g, a, dist, queue);
        int b = queue[n - 1];
        int[] distA = dist.clone();
        int eccB = eccentricity(g, b, dist, queue);
        // A node halfway on a shortest a–b path: distance from a is eccA/2 and from b the rest.
        int mid = a;
        for (int v = 0; v < n; v++) {
            if (distA[v] == eccA / 2 && dist[v] == eccA - eccA / 2) {
                mid = v;
                break;
            }
        }
        int eccM = eccentricity(g, mid, dist, queue);
        int lower = Math.max(Math.max(ecc0, eccA), Math.max(eccB, eccM));
        int upper = 2 * Math.min(Math.min(ecc0, eccA), Math.min(eccB, eccM));
        return new DiameterBounds(lower, Math.max(lower, upper));
    }

    /** Eccentricity of {@code s} (−1 if some node is unreachable); leaves BFS order in {@code queue}. */
    static int eccentricity(Graph g, int s, int[] dist, int[] queue) {
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
