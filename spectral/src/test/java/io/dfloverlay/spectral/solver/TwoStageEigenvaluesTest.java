package io.dfloverlay.spectral.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TwoStageEigenvaluesTest {
    /** Reference: EJML's symmetric QR on the full matrix, sorted. */
    private static double[] ejml(double[] a, int n) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(new DMatrixRMaj(n, n, true, a.clone()))) throw new AssertionError("EJML failed");
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) ev[i] = eig.getEigenvalue(i).getReal();
        Arrays.sort(ev);
        return ev;
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double x : a) m = Math.max(m, Math.abs(x));
        return m;
    }

    /** Checks against EJML to 1e-9 ||A||_F; returns the computed eigenvalues. */
    private static double[] checkAgainstEjml(double[] a, int n, String label) {
        double frob = 0;
        for (double x : a) frob += x * x;
        frob = Math.sqrt(frob);
        double[] want = ejml(a, n);
        double[] got = TwoStageEigenvalues.eigenvalues(a.clone(), n);
        assertEquals(n, got.length, label);
        for (int i = 0; i < n; i++) assertEquals(want[i], got[i], 1e-9 * Math.max(frob, 1e-300), label + " eigenvalue " + i);
        return got;
    }

    private static double[] randomSymmetric(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double x = rng.nextDouble(-1, 1);
                a[i * n + j] = x;
                a[j * n + i] = x;
            }
        }
        return a;
    }

    private static double[] adjacency(Graph g) {
        int n = g.numNodes();
        double[] a = new double[n * n];
        g.forEachEdge((u, v) -> {
            a[u * n + v] = 1;
            a[v * n + u] = 1;
        });
        return a;
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomSymmetricMatchesEjml(long seed) {
        int n = 1 + (int) ((seed * 37) % 150);
        checkAgainstEjml(randomSymmetric(n, seed), n, "seed=" + seed + " n=" + n);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomLowRankAndScaledMatchEjml(long seed) {
        // Rank-deficient (rank <= 3) and badly scaled matrices: many equal and zero eigenvalues.
        int n = 2 + (int) ((seed * 53) % 120);
        SplittableRandom rng = new SplittableRandom(seed);
        double scale = Math.pow(10, rng.nextInt(-150, 150));
        double[] a = new double[n * n];
        for (int k = 0; k < 3; k++) {
            double[] u = new double[n];
            for (int i = 0; i < n; i++) u[i] = rng.nextDouble(-1, 1);
            double w = rng.nextDouble(-2, 2) * scale;
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i * n + j] += w * u[i] * u[j];
        }
        checkAgainstEjml(a, n, "seed=" + seed + " n=" + n + " scale=" + scale);
    }

    @Test
    void largeRandomAcrossPanelAndParallelThresholds() {
        // band edges (16, 17, 18), panel multiples, the parallel threshold (192) and the two-thread
        // bulge chasing (from 400)
        for (int n : new int[] {16, 17, 18, 31, 32, 33, 34, 64, 65, 191, 192, 193, 255, 256, 257, 300, 399, 400, 401, 533}) {
            checkAgainstEjml(randomSymmetric(n, 1000 + n), n, "n=" + n);
        }
    }

    @Test
    void inputIsNotModified() {
        int n = 90;
        double[] a = randomSymmetric(n, 11);
        double[] copy = a.clone();
        TwoStageEigenvalues.eigenvalues(a, n);
        assertArrayEquals(copy, a);
    }

    @Test
    void structuredLargeMatricesTakeTheZeroReflectorPaths() {
        int n = 300;
        SplittableRandom rng = new SplittableRandom(3);
        // diagonal: every reflector of both stages is the identity
        double[] diag = new double[n * n];
        double[] want = new double[n];
        for (int i = 0; i < n; i++) want[i] = diag[i * n + i] = rng.nextDouble(-5, 5);
        Arrays.sort(want);
        assertArrayEquals(want, TwoStageEigenvalues.eigenvalues(diag, n), 1e-14); // scaling to unit max-norm and back: 1 ulp
        // already tridiagonal (path graph plus a diagonal), already banded (half-width 7), block diagonal
        double[] tri = new double[n * n], band = new double[n * n], blocks = new double[n * n];
        for (int i = 0; i < n; i++) {
            tri[i * n + i] = rng.nextDouble(-1, 1);
            if (i > 0) tri[i * n + i - 1] = tri[(i - 1) * n + i] = 1;
            for (int j = Math.max(0, i - 7); j <= i; j++) band[i * n + j] = band[j * n + i] = rng.nextDouble(-1, 1);
            for (int j = i - i % 50; j <= i; j++) blocks[i * n + j] = blocks[j * n + i] = rng.nextDouble(-1, 1);
        }
        checkAgainstEjml(tri, n, "tridiagonal");
        checkAgainstEjml(band, n, "band 7");
        checkAgainstEjml(blocks, n, "6 blocks of 50");
    }

    @Test
    void gradedAndClusteredSpectra() {
        int n = 260;
        SplittableRandom rng = new SplittableRandom(5);
        // graded: entries spanning 24 orders of magnitude
        double[] graded = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double x = rng.nextDouble(-1, 1) * Math.pow(10, -12.0 * (i + j) / n);
                graded[i * n + j] = graded[j * n + i] = x;
            }
        }
        checkAgainstEjml(graded, n, "graded");
        // Q diag(1,...,1,2,...,2) Q^T with a random orthogonal Q (Householder product): two clusters
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) a[i * n + i] = i < n / 2 ? 1 : 2;
        for (int k = 0; k < 3; k++) {
            double[] u = new double[n];
            double norm = 0;
            for (int i = 0; i < n; i++) norm += (u[i] = rng.nextDouble(-1, 1)) * u[i];
            for (int i = 0; i < n; i++) u[i] /= Math.sqrt(norm);
            a = reflect(a, u, n);
        }
        double[] got = TwoStageEigenvalues.eigenvalues(a, n);
        for (int i = 0; i < n; i++) assertEquals(i < n / 2 ? 1 : 2, got[i], 1e-12, "clustered eigenvalue " + i);
    }

    /** (I - 2uu^T) A (I - 2uu^T) for a unit vector u. */
    private static double[] reflect(double[] a, double[] u, int n) {
        double[] au = new double[n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) au[i] += a[i * n + j] * u[j];
        double uau = 0;
        for (int i = 0; i < n; i++) uau += u[i] * au[i];
        double[] r = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i * n + j] = a[i * n + j] - 2 * u[i] * au[j] - 2 * au[i] * u[j] + 4 * uau * u[i] * u[j];
            }
        }
        return r;
    }

    @Test
    void upperTriangleIsIgnored() {
        int n = 70;
        double[] a = randomSymmetric(n, 7);
        double[] want = TwoStageEigenvalues.eigenvalues(a.clone(), n);
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) a[i * n + j] = 1e300;
        assertArrayEquals(want, TwoStageEigenvalues.eigenvalues(a, n));
    }

    @Test
    void completeGraph() {
        for (int n : new int[] {2, 3, 10, 50, 129}) {
            double[] got = checkAgainstEjml(adjacency(FixtureGraphs.complete(n)), n, "K_" + n);
            for (int i = 0; i < n - 1; i++) assertEquals(-1, got[i], 1e-12 * n, "K_" + n + " eigenvalue " + i);
            assertEquals(n - 1, got[n - 1], 1e-12 * n, "K_" + n);
        }
    }

    @Test
    void ringGraph() {
        for (int n : new int[] {3, 4, 5, 12, 100, 301}) {
            double[] got = checkAgainstEjml(adjacency(FixtureGraphs.ring(n)), n, "C_" + n);
            double[] want = new double[n];
            for (int k = 0; k < n; k++) want[k] = 2 * Math.cos(2 * Math.PI * k / n);
            Arrays.sort(want);
            assertArrayEquals(want, got, 1e-12 * n, "C_" + n);
        }
    }

    @Test
    void hypercubeGraph() {
        for (int k = 1; k <= 8; k++) {
            int n = 1 << k;
            double[] got = checkAgainstEjml(adjacency(FixtureGraphs.hypercube(k)), n, "Q_" + k);
            double[] want = new double[n];
            for (int v = 0; v < n; v++) want[v] = k - 2 * Integer.bitCount(v);
            Arrays.sort(want);
            assertArrayEquals(want, got, 1e-12 * n, "Q_" + k);
        }
    }

    @Test
    void petersenGraph() {
        double[] got = checkAgainstEjml(adjacency(FixtureGraphs.petersen()), 10, "Petersen");
        assertArrayEquals(new double[] {-2, -2, -2, -2, 1, 1, 1, 1, 1, 3}, got, 1e-12);
    }

    @Test
    void diagonalZeroAndTinyMatrices() {
        double[] diag = {3, -1, 0.5, 2, -4, 1, 0, 0};
        int n = diag.length;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) a[i * n + i] = diag[i];
        double[] sorted = diag.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, TwoStageEigenvalues.eigenvalues(a, n), 1e-15);
        assertArrayEquals(new double[40], TwoStageEigenvalues.eigenvalues(new double[1600], 40));
        assertArrayEquals(new double[] {-2.5}, TwoStageEigenvalues.eigenvalues(new double[] {-2.5}, 1));
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3.
        assertArrayEquals(new double[] {1, 3}, TwoStageEigenvalues.eigenvalues(new double[] {2, 1, 1, 2}, 2), 1e-15);
        assertArrayEquals(new double[] {-1, 1}, TwoStageEigenvalues.eigenvalues(new double[] {0, 0, 1, 0}, 2), 1e-15);
        assertEquals(0, maxAbs(TwoStageEigenvalues.eigenvalues(new double[4], 2)));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> TwoStageEigenvalues.eigenvalues(new double[0], 0));
        assertThrows(IllegalArgumentException.class, () -> TwoStageEigenvalues.eigenvalues(new double[5], 2));
        assertThrows(IllegalArgumentException.class, () -> TwoStageEigenvalues.eigenvalues(new double[] {1, 0, Double.NaN, 1}, 2));
    }
}
