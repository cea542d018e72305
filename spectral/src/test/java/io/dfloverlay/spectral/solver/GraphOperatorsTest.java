package io.dfloverlay.spectral.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GraphOperatorsTest {
    /** Uneven degrees (a few hubs), so that the two-thread split by edge count differs from n / 2. */
    private static Graph unevenGraph(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        GraphBuilder b = new GraphBuilder(n);
        Set<Long> seen = new HashSet<>();
        for (int v = 1; v < n; v++) add(b, seen, v, rng.nextInt(v)); // random tree: connected
        for (int k = 0; k < 3 * n; k++) {
            int u = rng.nextInt(100) == 0 ? rng.nextInt(50) : rng.nextInt(n); // hubs among the first 50
            add(b, seen, u, rng.nextInt(n));
        }
        return b.build();
    }

    private static void add(GraphBuilder b, Set<Long> seen, int u, int v) {
        if (u != v && seen.add((long) Math.min(u, v) << 32 | Math.max(u, v))) b.addEdge(u, v);
    }

    private static double[] sequential(Graph g, double[] x, boolean laplacian) {
        int n = g.numNodes();
        double[] y = new double[n];
        for (int v = 0; v < n; v++) {
            int start = g.offset(v), end = g.offset(v + 1);
            double s = laplacian ? (end - start) * x[v] : 0;
            for (int i = start; i < end; i++) s += laplacian ? -x[g.neighborAt(i)] : x[g.neighborAt(i)];
            y[v] = s;
        }
        return y;
    }

    /**
     * The two-thread split and the chunked row sums agree with the plain definition up to rounding
     * (the summation order within a row differs: pairs of pairs).
     */
    @Test
    void productsMatchTheDefinitionOnBothSidesOfTheThreadSplit() {
        for (int n : new int[] {GraphOperators.PARALLEL_MIN - 1, GraphOperators.PARALLEL_MIN, GraphOperators.PARALLEL_MIN + 12_345}) {
            Graph g = unevenGraph(n, n);
            assertTrue(g.numEdges() > n, "n=" + n);
            double[] x = new double[n];
            SplittableRandom rng = new SplittableRandom(1);
            for (int i = 0; i < n; i++) x[i] = rng.nextDouble(-1, 1);
            double[] y = new double[n];
            GraphOperators.adjacency(g).apply(x, y);
            assertArrayEquals(sequential(g, x, false), y, 1e-11, "A x, n=" + n);
            GraphOperators.laplacian(g).apply(x, y);
            assertArrayEquals(sequential(g, x, true), y, 1e-11, "L x, n=" + n);
        }
    }

    /**
     * Regular graphs take the offset-free kernels (degree 8 fully unrolled, other degrees in chunks
     * of four): each row must be bit-identical to the general chunked row sum, and a block of rows
     * by {@link RowBlockOperator#applyRows} must equal the same rows of the whole product.
     */
    @Test
    void regularKernelsAndRowBlocksEqualTheGeneralRowSum() {
        for (int d : new int[] {3, 4, 7, 8, 9, 16}) {
            int n = 2 * 601;
            Graph g = new RandomRegularGenerator(n, d).generate(new SplittableRandom(d));
            CsrRows rows = CsrRows.of(g);
            double[] x = new double[n];
            SplittableRandom rng = new SplittableRandom(d + 100);
            for (int i = 0; i < n; i++) x[i] = rng.nextDouble(-1, 1);
            double[] y = new double[n];
            SymmetricOperator a = GraphOperators.adjacency(g);
            a.apply(x, y);
            for (int v = 0; v < n; v++) assertTrue(rows.sum(x, v) == y[v], "d=" + d + " row " + v);
            RowBlockOperator blocks = (RowBlockOperator) a;
            double[] part = new double[n];
            blocks.applyRows(x, part, 100, 700);
            for (int v = 0; v < n; v++) assertTrue(part[v] == (v >= 100 && v < 700 ? y[v] : 0), "d=" + d + " block row " + v);
        }
    }
}
