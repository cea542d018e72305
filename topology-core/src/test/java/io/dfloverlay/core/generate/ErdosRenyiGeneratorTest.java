package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.GeneratorContract.assertReproducible;
import static io.dfloverlay.core.generate.GeneratorContract.assertSimpleSymmetric;
import static io.dfloverlay.core.generate.GeneratorContract.generate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ErdosRenyiGeneratorTest {
    @ParameterizedTest
    @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")
    void gnpIsSimpleAndReproducible(long seed) {
        for (double p : new double[] {0.0, 0.05, 0.3, 1.0}) {
            for (int n : new int[] {1, 2, 17, 60}) {
                ErdosRenyiGenerator gen = new ErdosRenyiGenerator(n, p);
                String ctx = gen + " seed=" + seed;
                Graph g = generate(gen, seed);
                assertSimpleSymmetric(g, ctx);
                assertEquals(n, g.numNodes(), ctx + ": n");
                if (p == 0) assertEquals(0, g.numEdges(), ctx + ": m");
                if (p == 1) assertEquals((long) n * (n - 1) / 2, g.numEdges(), ctx + ": complete");
                assertReproducible(gen, seed);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")
    void gnmHasExactlyMEdges(long seed) {
        int[][] cases = {{1, 0}, {2, 1}, {10, 0}, {10, 7}, {10, 30}, {10, 45}, {50, 100}, {50, 1000}};
        for (int[] c : cases) {
            ErdosRenyiGenerator gen = ErdosRenyiGenerator.withEdges(c[0], c[1]);
            String ctx = gen + " seed=" + seed;
            Graph g = generate(gen, seed);
            assertSimpleSymmetric(g, ctx);
            assertEquals(c[0], g.numNodes(), ctx + ": n");
            assertEquals(c[1], g.numEdges(), ctx + ": m");
            assertReproducible(gen, seed);
        }
    }

    /** Edge count of G(n, p) over many samples against Binomial(n(n-1)/2, p), chi-square on bins. */
    @Test
    void gnpEdgeCountIsBinomial() {
        int n = 12, pairs = 66, samples = 20_000;
        double p = 0.25;
        ErdosRenyiGenerator gen = new ErdosRenyiGenerator(n, p);
        SplittableRandom rng = new SplittableRandom(42);
        BinomialDistribution binom = new BinomialDistribution(null, pairs, p);
        // bins: <= 10, 11, ..., 22, >= 23
        int lo = 10, hi = 23;
        long[] observed = new long[hi - lo + 1];
        for (int s = 0; s < samples; s++) {
            long m = gen.generate(rng).numEdges();
            observed[(int) Math.min(Math.max(m, lo), hi) - lo]++;
        }
        double[] expected = new double[observed.length];
        for (int b = 0; b < expected.length; b++) {
            int m = lo + b;
            double prob = m == lo ? binom.cumulativeProbability(lo) : m == hi ? 1 - binom.cumulativeProbability(hi - 1) : binom.probability(m);
            expected[b] = prob * samples;
        }
        double pValue = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(pValue > 0.001, "edge-count chi-square p-value " + pValue);
    }

    @Test
    void gnmIsUniformOverPairs() {
        // every one of the 10 pairs of 5 nodes is equally likely to be among m = 3 edges
        ErdosRenyiGenerator gen = ErdosRenyiGenerator.withEdges(5, 3);
        SplittableRandom rng = new SplittableRandom(7);
        long[] hits = new long[10];
        for (int s = 0; s < 20_000; s++) {
            gen.generate(rng).forEachEdge((u, v) -> hits[v * (v - 1) / 2 + u]++);
        }
        double[] expected = new double[10];
        java.util.Arrays.fill(expected, 20_000 * 3 / 10.0);
        double pValue = new ChiSquareTest().chiSquareTest(expected, hits);
        assertTrue(pValue > 0.001, "pair-frequency chi-square p-value " + pValue);
    }

    @ParameterizedTest
    @CsvSource({"0, 0.5, n must be >= 1", "10, -0.1, p must be in [0, 1]", "10, 1.1, p must be in [0, 1]",
        "10, NaN, p must be in [0, 1]", "2000000000, 0.9, too large"})
    void rejectsBadGnp(int n, double p, String keyWords) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ErdosRenyiGenerator(n, p));
        assertTrue(e.getMessage().contains(keyWords), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0, 0, n must be >= 1", "10, -1, m must be in", "10, 46, m must be in", "2000000000, 1500000000, m must be <=", "100000, 600000000, G(n, m) sampling needs"})
    void rejectsBadGnm(int n, long m, String keyWords) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ErdosRenyiGenerator.withEdges(n, m));
        assertTrue(e.getMessage().contains(keyWords), e.getMessage());
    }
}
