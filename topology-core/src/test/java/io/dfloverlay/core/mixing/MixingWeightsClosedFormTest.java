package io.dfloverlay.core.mixing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Schemes against closed forms: uniform = (A+I)/(d+1), best constant on K_n and C_n, lazy = (I+W)/2. */
class MixingWeightsClosedFormTest {
    @Test
    void uniformOnRegularGraphIsAPlusIOverDPlusOne() {
        for (Graph g : new Graph[] {FixtureGraphs.petersen(), FixtureGraphs.hypercube(4), FixtureGraphs.ring(11), FixtureGraphs.circulant(30, 1, 4, 7, 11)}) {
            int d = g.maxDegree();
            double[][] w = new UniformWeights().of(g).toDense();
            for (int i = 0; i < g.numNodes(); i++) {
                for (int j = 0; j < g.numNodes(); j++) {
                    double expected = (i == j || g.hasEdge(i, j)) ? 1.0 / (d + 1) : 0.0;
                    assertEquals(expected, w[i][j], 1e-15, g + " entry " + i + "," + j);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 8, 13})
    void bestConstantOnCompleteGraphIsAveraging(int n) {
        // L(K_n) has eigenvalues 0 and n (n-1 times), so alpha = 1/n and W = J/n.
        Graph g = FixtureGraphs.complete(n);
        assertEquals(1.0 / n, new BestConstantWeights(new DenseLaplacianExtremes()).alpha(g), 1e-12, "n=" + n);
        double[][] w = new BestConstantWeights(new DenseLaplacianExtremes()).of(g).toDense();
        for (double[] row : w) for (double x : row) assertEquals(1.0 / n, x, 1e-12, "n=" + n);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 7, 10, 25, 64})
    void bestConstantOnRingMatchesCosineSpectrum(int n) {
        // L(C_n) has eigenvalues 2 - 2cos(2 pi k / n), k = 0..n-1.
        double l2 = 2 - 2 * Math.cos(2 * Math.PI / n);
        double ln = 2 - 2 * Math.cos(2 * Math.PI * (n / 2) / n);
        double alpha = 2 / (l2 + ln);
        Graph g = FixtureGraphs.ring(n);
        double[] ext = new DenseLaplacianExtremes().algebraicConnectivityAndLargest(g);
        assertEquals(l2, ext[0], 1e-10, "lambda2, n=" + n);
        assertEquals(ln, ext[1], 1e-10, "lambdaN, n=" + n);
        MixingMatrix w = new BestConstantWeights(new DenseLaplacianExtremes()).of(g);
        assertEquals(alpha, w.get(0, 1), 1e-10, "n=" + n);
        assertEquals(1 - 2 * alpha, w.get(0, 0), 1e-10, "n=" + n);
    }

    @Test
    void bestConstantRejectsDisconnectedGraphs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BestConstantWeights(new DenseLaplacianExtremes()).of(FixtureGraphs.twoTrianglesAndIsolated()));
        assertTrue(e.getMessage().contains("connected") && e.getMessage().contains("3 components"), e.getMessage());
    }

    @Test
    void bestConstantOnSingleNodeIsIdentity() {
        MixingMatrix w = new BestConstantWeights(new DenseLaplacianExtremes()).of(FixtureGraphs.path(1));
        assertEquals(1.0, w.get(0, 0));
        assertEquals(0, new BestConstantWeights(new DenseLaplacianExtremes()).of(FixtureGraphs.path(0)).size());
    }

    @Test
    void denseSolverRefusesLargeGraphsPointingToSpectralModule() {
        Graph big = FixtureGraphs.path(DenseLaplacianExtremes.MAX_NODES + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DenseLaplacianExtremes().algebraicConnectivityAndLargest(big));
        assertTrue(e.getMessage().contains("n=5001") && e.getMessage().contains("spectral"), e.getMessage());
    }

    @Test
    void lazyIsHalfIdentityPlusBase() {
        for (Object[] named : FixtureGraphs.connected()) {
            Graph g = (Graph) named[1];
            double[][] base = new MetropolisHastingsWeights().of(g).toDense();
            double[][] lazy = new LazyWeights(new MetropolisHastingsWeights()).of(g).toDense();
            for (int i = 0; i < base.length; i++) {
                for (int j = 0; j < base.length; j++) {
                    assertEquals(((i == j ? 1 : 0) + base[i][j]) / 2, lazy[i][j], 1e-15, named[0] + " " + i + "," + j);
                }
            }
        }
    }

    @Test
    void lazyInsertsMissingDiagonal() {
        // Permutation matrix swapping 0 and 1, with no stored diagonal; node 2 has an empty row.
        MixingMatrix swap = new MixingMatrix(new int[] {0, 1, 2, 2}, new int[] {1, 0}, new double[] {1, 1});
        double[][] lazy = LazyWeights.lazy(swap).toDense();
        assertEquals(0.5, lazy[0][0]);
        assertEquals(0.5, lazy[0][1]);
        assertEquals(0.5, lazy[1][0]);
        assertEquals(0.5, lazy[1][1]);
        assertEquals(0.5, lazy[2][2]);
    }
}
