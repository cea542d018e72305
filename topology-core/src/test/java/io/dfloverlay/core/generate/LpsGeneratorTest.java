package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.BasicGeneratorsTest.assertMessage;
import static io.dfloverlay.core.generate.GeneratorContract.assertConnected;
import static io.dfloverlay.core.generate.GeneratorContract.assertRegular;
import static io.dfloverlay.core.generate.GeneratorContract.generate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** LPS Ramanujan graphs: size, regularity, simplicity, connectivity, bipartiteness, spectrum. */
class LpsGeneratorTest {
    /** Every valid (p, q) with p in {5, 13, 17, 29, 37}, q < 40 and n <= 30,000. */
    static Stream<Arguments> validPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (int p : new int[] {5, 13, 17, 29, 37}) {
            for (int q = 3; q < 40; q += 2) {
                if (!PrimeFields.isPrime(q) || q == p || (long) q * q <= 4L * p) continue;
                long n = (long) q * (q * q - 1) / (PrimeFields.legendre(p, q) == 1 ? 2 : 1);
                if (n <= 30_000) pairs.add(Arguments.of(p, q));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest
    @MethodSource("validPairs")
    void isConnectedSimpleRegularOfTheExpectedSize(int p, int q) {
        LpsGenerator gen = new LpsGenerator(p, q);
        Graph g = generate(gen, 0);
        String ctx = "lps p=" + p + " q=" + q;
        boolean pgl = PrimeFields.legendre(p, q) == -1;
        int n = q * (q * q - 1) / (pgl ? 1 : 2);
        assertEquals(n, gen.numNodes(), ctx);
        assertRegular(g, n, p + 1, ctx);
        assertConnected(g, ctx);
        assertEquals(pgl, gen.isBipartite(), ctx);
        assertEquals(pgl, GraphTestSupport.isBipartite(g), ctx + ": bipartite iff (p/q) = -1");
    }

    @Test
    void lps5And13IsTheBipartitePglCaseOn2184Nodes() {
        // (5/13) = -1 (the squares mod 13 are 1, 3, 4, 9, 10, 12), so X^{5,13} is the PGL(2,13) Cayley graph.
        LpsGenerator gen = new LpsGenerator(5, 13);
        Graph g = generate(gen, 0);
        assertRegular(g, 2184, 6, "lps(5,13)");
        assertTrue(gen.isBipartite());
        assertConnected(g, "lps(5,13)");
    }

    @Test
    void lps13And17IsThePslCaseOn2448Nodes() {
        LpsGenerator gen = new LpsGenerator(13, 17);
        Graph g = generate(gen, 0);
        assertRegular(g, 2448, 14, "lps(13,17)");
        assertTrue(!gen.isBipartite() && !GraphTestSupport.isBipartite(g));
    }

    @ParameterizedTest
    @CsvSource({"5,7", "5,11", "13,11"})
    void isRamanujan(int p, int q) {
        Graph g = generate(new LpsGenerator(p, q), 0);
        assertRamanujan(g, p, "lps p=" + p + " q=" + q);
    }

    @Tag("slow")
    @ParameterizedTest
    @CsvSource({"17,11", "5,13", "13,17"})
    void largerOnesAreRamanujanToo(int p, int q) {
        assertRamanujan(generate(new LpsGenerator(p, q), 0), p, "lps p=" + p + " q=" + q);
    }

    private static void assertRamanujan(Graph g, int p, String ctx) {
        double[] mu = GraphTestSupport.adjacencyEigenvalues(g);
        int n = mu.length;
        assertEquals(p + 1, mu[n - 1], 1e-8, ctx + ": top eigenvalue");
        double bound = 2 * Math.sqrt(p) + 1e-8;
        boolean bipartite = Math.abs(mu[0] + p + 1) < 1e-8;
        int from = bipartite ? 1 : 0;
        for (int i = from; i < n - 1; i++) assertTrue(Math.abs(mu[i]) <= bound, ctx + ": |mu_" + i + "| = " + Math.abs(mu[i]) + " > 2 sqrt(p)");
    }

    @ParameterizedTest
    @CsvSource({"29,13", "5,7", "13,11", "37,17"})
    void generatorsAreDistinctAndClosedUnderInverseInPgl(int p, int q) {
        int[][] gens = new LpsGenerator(p, q).generatorMatrices();
        assertEquals(p + 1, gens.length);
        for (int[] s : gens) {
            assertEquals(Math.floorMod(p, q), Math.floorMod(s[0] * s[3] - s[1] * s[2], q), "determinant is p mod q");
            int inverses = 0;
            for (int[] t : gens) {
                if (t != s) assertFalse(proportional(s, t, q), "two generators are equal in PGL(2," + q + ")");
                int[] st = {(s[0] * t[0] + s[1] * t[2]) % q, (s[0] * t[1] + s[1] * t[3]) % q,
                    (s[2] * t[0] + s[3] * t[2]) % q, (s[2] * t[1] + s[3] * t[3]) % q};
                if (st[1] == 0 && st[2] == 0 && st[0] == st[3] && st[0] != 0) inverses++;
            }
            assertEquals(1, inverses, "each generator has exactly one inverse among the generators");
        }
    }

    private static boolean proportional(int[] s, int[] t, int q) {
        for (int lambda = 1; lambda < q; lambda++) {
            boolean all = true;
            for (int i = 0; i < 4; i++) all &= (lambda * s[i]) % q == t[i];
            if (all) return true;
        }
        return false;
    }

    @Test
    void badParametersAreRejectedWithTheReason() {
        assertMessage(() -> new LpsGenerator(7, 13), "p = 1 mod 4");
        assertMessage(() -> new LpsGenerator(9, 13), "p=9");
        assertMessage(() -> new LpsGenerator(5, 15), "q to be an odd prime");
        assertMessage(() -> new LpsGenerator(5, 2), "q=2");
        assertMessage(() -> new LpsGenerator(13, 13), "distinct");
        assertMessage(() -> new LpsGenerator(13, 7), "q > 2*sqrt(p)");
        assertMessage(() -> new LpsGenerator(5, 349), "too large");
        assertMessage(() -> new LpsGenerator(5, 1009), "too large");
    }
}
