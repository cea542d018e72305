package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.GeneratorContract.assertRegular;
import static io.dfloverlay.core.generate.GeneratorContract.assertReproducible;
import static io.dfloverlay.core.generate.GeneratorContract.assertSimpleSymmetric;
import static io.dfloverlay.core.generate.GeneratorContract.generate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RandomLiftGeneratorTest {
    private static Graph petersen() {
        GraphBuilder b = new GraphBuilder(10);
        for (int i = 0; i < 5; i++) {
            b.addEdge(i, (i + 1) % 5).addEdge(i, i + 5).addEdge(i + 5, (i + 2) % 5 + 5);
        }
        return b.build();
    }

    private static Graph star() {
        return new GraphBuilder(4).addEdge(0, 1).addEdge(0, 2).addEdge(0, 3).build();
    }

    @ParameterizedTest
    @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")
    void liftIsACoveringOfTheBase(long seed) {
        for (Graph base : new Graph[] {petersen(), star()}) {
            for (int k : new int[] {1, 2, 5}) {
                RandomLiftGenerator gen = new RandomLiftGenerator(base, k);
                String ctx = gen + " seed=" + seed;
                Graph g = generate(gen, seed);
                assertSimpleSymmetric(g, ctx);
                assertEquals(base.numNodes() * k, g.numNodes(), ctx + ": n");
                assertEquals(base.numEdges() * k, g.numEdges(), ctx + ": m");
                for (int x = 0; x < g.numNodes(); x++) {
                    int u = x / k;
                    assertEquals(base.degree(u), g.degree(x), ctx + ": degree of " + x);
                    // neighbours of x lie in the fibres of u's base neighbours, one per fibre
                    for (int i = 0; i < g.degree(x); i++) {
                        int v = g.neighbor(x, i) / k;
                        assertTrue(base.hasEdge(u, v), ctx + ": edge maps to non-edge {" + u + ", " + v + "}");
                        if (i > 0) assertTrue(g.neighbor(x, i - 1) / k != v, ctx + ": two edges into fibre " + v);
                    }
                }
                assertReproducible(gen, seed);
            }
        }
    }

    @Test
    void liftOfRegularIsRegular() {
        Graph base = new RandomRegularGenerator(20, 3).generate(new java.util.SplittableRandom(1));
        assertRegular(generate(new RandomLiftGenerator(base, 7), 2), 140, 3, "7-lift of cubic graph");
    }

    @Test
    void rejectsBadParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RandomLiftGenerator(star(), 0));
        assertTrue(e.getMessage().contains("k must be >= 1"), e.getMessage());
        Graph big = new GraphBuilder(1000).addEdge(0, 1).build();
        e = assertThrows(IllegalArgumentException.class, () -> new RandomLiftGenerator(big, 3_000_000));
        assertTrue(e.getMessage().contains("nodes"), e.getMessage());
        assertThrows(NullPointerException.class, () -> new RandomLiftGenerator(null, 2));
    }
}
