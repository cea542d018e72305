package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.GeneratorContract.assertConnected;
import static io.dfloverlay.core.generate.GeneratorContract.assertRegular;
import static io.dfloverlay.core.generate.GeneratorContract.assertSimpleSymmetric;
import static io.dfloverlay.core.generate.GeneratorContract.generate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ring, torus, complete, star, hypercube and static exponential graphs: exact sizes and degrees. */
class BasicGeneratorsTest {
    static IntStream smallN() {
        return IntStream.rangeClosed(3, 70);
    }

    @ParameterizedTest
    @MethodSource("smallN")
    void ringIsConnectedTwoRegularCycle(int n) {
        Graph g = generate(new RingGenerator(n), 0);
        assertRegular(g, n, 2, "ring n=" + n);
        assertConnected(g, "ring n=" + n);
        for (int i = 0; i < n; i++) assertTrue(g.hasEdge(i, (i + 1) % n), "ring n=" + n + " edge " + i);
    }

    static Stream<Arguments> torusSizes() {
        return IntStream.rangeClosed(2, 9).boxed().flatMap(r -> IntStream.rangeClosed(2, 9).mapToObj(c -> Arguments.of(r, c)));
    }

    @ParameterizedTest
    @MethodSource("torusSizes")
    void torusDegreesFollowSideLengths(int rows, int cols) {
        Graph g = generate(new TorusGenerator(rows, cols), 0);
        String ctx = "torus " + rows + "x" + cols;
        int d = (rows == 2 ? 1 : 2) + (cols == 2 ? 1 : 2);
        assertRegular(g, rows * cols, d, ctx);
        assertConnected(g, ctx);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                assertTrue(g.hasEdge(r * cols + c, ((r + 1) % rows) * cols + c), ctx + " vertical edge at " + r + "," + c);
                assertTrue(g.hasEdge(r * cols + c, r * cols + (c + 1) % cols), ctx + " horizontal edge at " + r + "," + c);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 10, 33, 64})
    void completeGraphHasAllPairs(int n) {
        Graph g = generate(new CompleteGraphGenerator(n), 0);
        assertRegular(g, n, n - 1, "complete n=" + n);
        assertEquals((long) n * (n - 1) / 2, g.numEdges(), "complete n=" + n);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 17, 100})
    void starHasHubAndLeaves(int n) {
        Graph g = generate(new StarGenerator(n), 0);
        assertSimpleSymmetric(g, "star n=" + n);
        assertEquals(n - 1, g.numEdges());
        assertEquals(n - 1, g.degree(0));
        for (int v = 1; v < n; v++) assertEquals(1, g.degree(v), "star leaf " + v);
        assertConnected(g, "star n=" + n);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 8, 10})
    void hypercubeIsDimRegularWithDimTimesHalfNEdges(int dim) {
        Graph g = generate(new HypercubeGenerator(dim), 0);
        int n = 1 << dim;
        assertRegular(g, n, dim, "hypercube dim=" + dim);
        assertEquals((long) dim << (dim - 1), g.numEdges());
        assertConnected(g, "hypercube dim=" + dim);
        for (int u = 0; u < n; u++) {
            for (int k = 0; k < dim; k++) assertEquals(1, Integer.bitCount(u ^ g.neighbor(u, k)), "hypercube neighbour");
        }
    }

    static IntStream exponentialN() {
        return IntStream.rangeClosed(2, 300);
    }

    @ParameterizedTest
    @MethodSource("exponentialN")
    void exponentialGraphDegreeIsNumberOfDistinctSignedPowers(int n) {
        Graph g = generate(new StaticExponentialGenerator(n), 0);
        Set<Integer> residues = new HashSet<>();
        for (long s = 1; s <= n - 1; s *= 2) {
            residues.add((int) (s % n));
            residues.add((int) ((n - s) % n));
        }
        String ctx = "exponential n=" + n;
        assertRegular(g, n, residues.size(), ctx);
        assertConnected(g, ctx);
        for (int r : residues) assertTrue(g.hasEdge(0, r), ctx + " edge {0," + r + "}");
        if (Integer.bitCount(n) == 1 && n > 1) assertEquals(2 * Integer.numberOfTrailingZeros(n) - 1, g.degree(0), ctx);
    }

    @Test
    void badParametersAreRejectedWithTheirName() {
        assertMessage(() -> new RingGenerator(2), "n >= 3");
        assertMessage(() -> new TorusGenerator(1, 5), "rows >= 2");
        assertMessage(() -> new TorusGenerator(1 << 15, 1 << 15), "2^28");
        assertMessage(() -> new CompleteGraphGenerator(0), "n=0");
        assertMessage(() -> new CompleteGraphGenerator(100_000), "n=100000");
        assertMessage(() -> new StarGenerator(1), "n >= 2");
        assertMessage(() -> new HypercubeGenerator(0), "dim=0");
        assertMessage(() -> new HypercubeGenerator(27), "dim=27");
        assertMessage(() -> new StaticExponentialGenerator(1), "n=1");
    }

    static void assertMessage(Runnable r, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
    }
}
