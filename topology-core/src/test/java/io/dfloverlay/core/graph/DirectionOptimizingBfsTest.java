package io.dfloverlay.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DirectionOptimizingBfs} against {@link BreadthFirstSearch} on seeded random graphs: sparse
 * and dense G(n, p) (often disconnected), random regular expanders (where the bottom-up steps run)
 * and paths (where they never do), one search reused across sources.
 */
class DirectionOptimizingBfsTest {
    static LongStream seeds() {
        return LongStream.range(0, 120);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void distancesMatchThePlainSearch(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Graph g = switch ((int) (seed % 3)) {
            case 0 -> {
                int n = 1 + r.nextInt(400);
                double p = r.nextDouble() * 8.0 / n;
                GraphBuilder b = new GraphBuilder(n);
                for (int u = 0; u < n; u++) for (int v = u + 1; v < n; v++) if (r.nextDouble() < p) b.addEdge(u, v);
                yield b.build();
            }
            case 1 -> new RandomRegularGenerator(2 * (50 + r.nextInt(1500)), 3 + r.nextInt(6)).generate(r);
            default -> {
                int n = 1 + r.nextInt(300);
                GraphBuilder b = new GraphBuilder(n);
                for (int v = 0; v + 1 < n; v++) b.addEdge(v, v + 1);
                yield b.build();
            }
        };
        int n = g.numNodes();
        BreadthFirstSearch plain = new BreadthFirstSearch(n);
        DirectionOptimizingBfs fast = new DirectionOptimizingBfs(n);
        for (int k = 0; k < 4; k++) {
            int s = r.nextInt(n);
            int reached = fast.run(g, s);
            assertEquals(plain.run(g, s), reached, "seed " + seed + " source " + s);
            int ecc = 0;
            for (int v = 0; v < n; v++) {
                assertEquals(plain.distance(v), fast.distance(v), "seed " + seed + " source " + s + " node " + v);
                ecc = Math.max(ecc, fast.distance(v));
            }
            assertEquals(ecc, fast.eccentricity(), "seed " + seed);
            assertEquals(ecc, fast.distance(fast.farthest()), "seed " + seed);
        }
    }

    @Test
    void aLargeExpanderAgrees() {
        Graph g = new RandomRegularGenerator(20_000, 8).generate(new SplittableRandom(7));
        DirectionOptimizingBfs fast = new DirectionOptimizingBfs(g.numNodes());
        BreadthFirstSearch plain = new BreadthFirstSearch(g.numNodes());
        assertEquals(20_000, fast.run(g, 123));
        plain.run(g, 123);
        for (int v = 0; v < g.numNodes(); v++) assertEquals(plain.distance(v), fast.distance(v));
        assertTrue(fast.eccentricity() >= 4 && fast.eccentricity() <= 10, "eccentricity " + fast.eccentricity());
    }

    @Test
    void rejectsAGraphOfAnotherSizeAndASourceOutOfRange() {
        DirectionOptimizingBfs bfs = new DirectionOptimizingBfs(5);
        assertThrows(IllegalArgumentException.class, () -> bfs.run(FixtureGraphs.ring(6), 0));
        assertThrows(IllegalArgumentException.class, () -> bfs.run(FixtureGraphs.ring(5), 5));
        assertThrows(IllegalArgumentException.class, () -> new DirectionOptimizingBfs(-1));
    }
}
