package io.dfloverlay.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link BreadthFirstSearch} against Floyd–Warshall distances on random graphs, with one search reused across sources. */
class BreadthFirstSearchTest {
    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void distancesParentsAndOrderMatchFloydWarshall(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 1 + r.nextInt(30);
        double p = r.nextDouble() * 0.3;
        GraphBuilder b = new GraphBuilder(n);
        for (int u = 0; u < n; u++) for (int v = u + 1; v < n; v++) if (r.nextDouble() < p) b.addEdge(u, v);
        Graph g = b.build();
        int[][] fw = floydWarshall(g);
        BreadthFirstSearch bfs = new BreadthFirstSearch(n);
        for (int s = 0; s < n; s++) {
            int reached = bfs.run(g, s);
            int expectReached = 0;
            for (int v = 0; v < n; v++) {
                int want = fw[s][v] == Integer.MAX_VALUE ? -1 : fw[s][v];
                if (want >= 0) expectReached++;
                assertEquals(want, bfs.distance(v), "seed " + seed + " s=" + s + " v=" + v);
                assertEquals(want >= 0, bfs.reached(v), "seed " + seed);
                int par = bfs.parent(v);
                if (v == s || want < 0) assertEquals(-1, par, "seed " + seed);
                else assertTrue(g.hasEdge(par, v) && fw[s][par] == want - 1, "seed " + seed + " parent of " + v);
            }
            assertEquals(expectReached, reached, "seed " + seed);
            for (int i = 1; i < reached; i++)
                assertTrue(bfs.distance(bfs.reachedAt(i - 1)) <= bfs.distance(bfs.reachedAt(i)), "seed " + seed + ": order not by distance");
            assertEquals(bfs.reachedAt(reached - 1), bfs.farthest());
        }
    }

    @Test
    void admitRestrictsTheSearchAndExpandNextStepsNodeByNode() {
        Graph ring = FixtureGraphs.ring(10);
        BreadthFirstSearch bfs = new BreadthFirstSearch(10);
        // only even ids or 1 may be entered: from 0 the search reaches 1 and 9 is refused
        assertEquals(2, bfs.run(ring, 0, v -> v == 1));
        assertFalse(bfs.reached(9));
        assertEquals(-1, bfs.distance(2));
        bfs.start(5);
        assertEquals(1, bfs.reachedCount());
        assertEquals(5, bfs.expandNext(ring));
        assertEquals(3, bfs.reachedCount());
        assertEquals(4, bfs.expandNext(ring));
    }

    @Test
    void growsAndRejectsSourcesOutsideTheCapacity() {
        BreadthFirstSearch bfs = new BreadthFirstSearch(0);
        assertThrows(IllegalArgumentException.class, () -> bfs.start(0));
        bfs.ensureCapacity(7);
        assertEquals(7, bfs.run(FixtureGraphs.path(7), 3));
        assertEquals(3, bfs.distance(6));
        assertThrows(IndexOutOfBoundsException.class, () -> bfs.reachedAt(7));
        assertThrows(IllegalArgumentException.class, () -> new BreadthFirstSearch(-1));
    }

    private static int[][] floydWarshall(Graph g) {
        int n = g.numNodes();
        int inf = Integer.MAX_VALUE;
        int[][] d = new int[n][n];
        for (int u = 0; u < n; u++)
            for (int v = 0; v < n; v++) d[u][v] = u == v ? 0 : g.hasEdge(u, v) ? 1 : inf;
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    if (d[i][k] != inf && d[k][j] != inf && d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
        return d;
    }
}
