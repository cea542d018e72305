package io.dfloverlay.spectral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MetropolisHastingsWeights;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The EJML views hold the same matrices: entry by entry against the graph and the CSR mixing matrix. */
class EjmlViewsTest {
    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void viewsMatchTheSourceMatrices(long seed) {
        Graph g = TestGraphs.gnp(30 + (int) seed, 0.2, seed);
        int n = g.numNodes();
        String what = "seed=" + seed;
        DMatrixRMaj a = EjmlViews.adjacencyDense(g);
        DMatrixRMaj l = new DMatrixRMaj(n, n);
        org.ejml.ops.DConvertMatrixStruct.convert(EjmlViews.laplacian(g), l);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double edge = g.hasEdge(i, j) ? 1 : 0;
                assertEquals(edge, a.get(i, j), 0, what);
                assertEquals(i == j ? g.degree(i) : -edge, l.get(i, j), 0, what);
            }
        }
        MixingMatrix w = new MetropolisHastingsWeights().of(g);
        DMatrixRMaj wd = EjmlViews.dense(w);
        double[][] ref = w.toDense();
        for (int i = 0; i < n; i++) assertArrayEquals(ref[i], java.util.Arrays.copyOfRange(wd.data, i * n, (i + 1) * n), 0, what);
        // W x through EJML's sparse product equals the CSR product.
        SplittableRandom rng = new SplittableRandom(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, 1), y = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) x.data[i] = rng.nextDouble(-1, 1);
        CommonOps_DSCC.mult(EjmlViews.sparse(w), x, y);
        double[] expected = new double[n];
        w.multiply(x.data, expected);
        assertArrayEquals(expected, y.data, 1e-12, what);
    }
}
