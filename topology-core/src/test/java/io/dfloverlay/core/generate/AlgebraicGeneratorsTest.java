package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.BasicGeneratorsTest.assertMessage;
import static io.dfloverlay.core.generate.GeneratorContract.assertConnected;
import static io.dfloverlay.core.generate.GeneratorContract.assertRegular;
import static io.dfloverlay.core.generate.GeneratorContract.assertSimpleSymmetric;
import static io.dfloverlay.core.generate.GeneratorContract.generate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Margulis–Gabber–Galil, Paley and chordal cycle graphs against their definitions. */
class AlgebraicGeneratorsTest {
    static IntStream sides() {
        return IntStream.rangeClosed(2, 40);
    }

    @ParameterizedTest
    @MethodSource("sides")
    void margulisIsTheSimplifiedEightMapGraph(int m) {
        Graph g = generate(new MargulisGabberGalilGenerator(m), 0);
        String ctx = "margulis m=" + m;
        assertSimpleSymmetric(g, ctx);
        assertEquals(m * m, g.numNodes(), ctx);
        assertTrue(g.maxDegree() <= 8, ctx + ": max degree " + g.maxDegree());
        assertConnected(g, ctx);
        // Reference edge set straight from the definition, loops dropped and duplicates merged.
        Set<Long> expected = new HashSet<>();
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                int v = x * m + y;
                int[] images = {((x + 2 * y) % m) * m + y, ((x + 2 * y + 1) % m) * m + y,
                    x * m + (y + 2 * x) % m, x * m + (y + 2 * x + 1) % m};
                for (int w : images) if (w != v) expected.add(key(v, w));
            }
        }
        assertEquals(expected.size(), g.numEdges(), ctx + ": edge count");
        g.forEachEdge((u, v) -> assertTrue(expected.contains(key(u, v)), ctx + ": unexpected edge " + u + "," + v));
    }

    private static long key(int u, int v) {
        return (long) Math.min(u, v) << 32 | Math.max(u, v);
    }

    static IntStream paleyPrimes() {
        return IntStream.rangeClosed(5, 400).filter(q -> q % 4 == 1 && PrimeFields.isPrime(q));
    }

    @ParameterizedTest
    @MethodSource("paleyPrimes")
    void paleyIsHalfRegularAndJoinsQuadraticResidues(int q) {
        Graph g = generate(new PaleyGenerator(q), 0);
        String ctx = "paley q=" + q;
        assertRegular(g, q, (q - 1) / 2, ctx);
        assertConnected(g, ctx);
        for (int v = 1; v < q; v++) assertEquals(PrimeFields.legendre(v, q) == 1, g.hasEdge(0, v), ctx + ": edge {0," + v + "}");
    }

    @Test
    void paley13IsSixRegularWithKnownSpectrum() {
        Graph g = generate(new PaleyGenerator(13), 0);
        assertRegular(g, 13, 6, "paley(13)");
        double[] mu = GraphTestSupport.adjacencyEigenvalues(g);
        assertEquals(6, mu[12], 1e-9);
        // Strongly regular: the other eigenvalues are (-1 ± √13)/2, six of each.
        for (int i = 0; i < 6; i++) assertEquals((-1 - Math.sqrt(13)) / 2, mu[i], 1e-9, "eigenvalue " + i);
        for (int i = 6; i < 12; i++) assertEquals((-1 + Math.sqrt(13)) / 2, mu[i], 1e-9, "eigenvalue " + i);
    }

    static IntStream chordalPrimes() {
        return IntStream.rangeClosed(3, 600).filter(PrimeFields::isPrime);
    }

    @ParameterizedTest
    @MethodSource("chordalPrimes")
    void chordalCycleJoinsNeighboursAndInverses(int p) {
        Graph g = generate(new ChordalCycleGenerator(p), 0);
        String ctx = "chordal-cycle p=" + p;
        assertSimpleSymmetric(g, ctx);
        assertEquals(p, g.numNodes());
        assertTrue(g.maxDegree() <= 3, ctx);
        assertConnected(g, ctx);
        for (int x = 0; x < p; x++) {
            assertTrue(g.hasEdge(x, (x + 1) % p), ctx + ": cycle edge at " + x);
            if (x >= 2 && x <= p - 2) {
                int inv = (int) PrimeFields.inverse(x, p);
                assertTrue(inv == x || g.hasEdge(x, inv), ctx + ": chord " + x + " -> " + inv);
            }
        }
        if (p > 3) {
            assertEquals(2, g.degree(0), ctx);
            assertEquals(2, g.degree(1), ctx);
            assertEquals(2, g.degree(p - 1), ctx);
        }
    }

    @Test
    void badParametersAreRejectedWithTheReason() {
        assertMessage(() -> new MargulisGabberGalilGenerator(1), "m=1");
        assertMessage(() -> new MargulisGabberGalilGenerator(20_000), "m=20000");
        assertMessage(() -> new PaleyGenerator(7), "q = 1 mod 4");
        assertMessage(() -> new PaleyGenerator(9), "q=9");
        assertMessage(() -> new PaleyGenerator(65_537), "q <= ");
        assertMessage(() -> new ChordalCycleGenerator(9), "prime");
        assertMessage(() -> new ChordalCycleGenerator(2), "p=2");
    }
}
