package io.dfloverlay.core.graph;

import java.util.List;

/** Small deterministic graphs built directly with {@link GraphBuilder}, for tests. */
public final class FixtureGraphs {
    private FixtureGraphs() {}

    /** The cycle C_n. */
    public static Graph ring(int n) {
        GraphBuilder b = new GraphBuilder(n);
        for (int i = 0; i < n; i++) b.addEdge(i, (i + 1) % n);
        return b.build();
    }

    /** The complete graph K_n. */
    public static Graph complete(int n) {
        GraphBuilder b = new GraphBuilder(n);
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) b.addEdge(i, j);
        return b.build();
    }

    /** The path P_n. */
    public static Graph path(int n) {
        GraphBuilder b = new GraphBuilder(n);
        for (int i = 0; i + 1 < n; i++) b.addEdge(i, i + 1);
        return b.build();
    }

    /** The star K_{1,n-1} with centre 0. */
    public static Graph star(int n) {
        GraphBuilder b = new GraphBuilder(n);
        for (int i = 1; i < n; i++) b.addEdge(0, i);
        return b.build();
    }

    /** The Petersen graph (3-regular, 10 nodes). */
    public static Graph petersen() {
        GraphBuilder b = new GraphBuilder(10);
        for (int i = 0; i < 5; i++) {
            b.addEdge(i, (i + 1) % 5);
            b.addEdge(i, i + 5);
            b.addEdge(5 + i, 5 + (i + 2) % 5);
        }
        return b.build();
    }

    /** The hypercube Q_k (k-regular, 2^k nodes). */
    public static Graph hypercube(int k) {
        int n = 1 << k;
        GraphBuilder b = new GraphBuilder(n);
        for (int v = 0; v < n; v++) for (int bit = 0; bit < k; bit++) if ((v ^ (1 << bit)) > v) b.addEdge(v, v ^ (1 << bit));
        return b.build();
    }

    /** Circulant graph: {@code i ~ i ± s (mod n)} for each step s (2|steps|-regular if steps are distinct and < n/2). */
    public static Graph circulant(int n, int... steps) {
        GraphBuilder b = new GraphBuilder(n, (long) n * steps.length);
        for (int i = 0; i < n; i++) for (int s : steps) b.addEdge(i, (i + s) % n);
        return b.build();
    }

    /** An irregular connected graph: a triangle with a pendant path and a chord (degrees 1..4). */
    public static Graph lollipop() {
        GraphBuilder b = new GraphBuilder(7);
        int[][] e = {{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {2, 4}, {0, 3}};
        for (int[] x : e) b.addEdge(x[0], x[1]);
        return b.build();
    }

    /** Two triangles and an isolated node: disconnected, 3 components. */
    public static Graph twoTrianglesAndIsolated() {
        GraphBuilder b = new GraphBuilder(7);
        b.addEdge(0, 1).addEdge(1, 2).addEdge(0, 2).addEdge(3, 4).addEdge(4, 5).addEdge(3, 5);
        return b.build();
    }

    /** Connected graphs, regular and irregular, with names, for parameterized tests. */
    public static List<Object[]> connected() {
        return List.of(
                new Object[] {"ring(9)", ring(9)},
                new Object[] {"ring(10)", ring(10)},
                new Object[] {"complete(6)", complete(6)},
                new Object[] {"petersen", petersen()},
                new Object[] {"hypercube(4)", hypercube(4)},
                new Object[] {"circulant(30,1,4,7,11)", circulant(30, 1, 4, 7, 11)},
                new Object[] {"path(7)", path(7)},
                new Object[] {"star(8)", star(8)},
                new Object[] {"lollipop", lollipop()});
    }
}
