package io.dfloverlay.spectral.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RationalQlTest {
    private static double[] ql(double[] d, double[] e) {
        double[] dd = d.clone();
        double[] ee = Arrays.copyOf(e, d.length);
        RationalQl.eigenvalues(dd, ee);
        Arrays.sort(dd);
        return dd;
    }

    private static double[] ejml(double[] d, double[] e) {
        int n = d.length;
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            m.set(i, i, d[i]);
            if (i < n - 1) {
                m.set(i, i + 1, e[i]);
                m.set(i + 1, i, e[i]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(m)) throw new AssertionError("EJML failed");
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) ev[i] = eig.getEigenvalue(i).getReal();
        Arrays.sort(ev);
        return ev;
    }

    private static void check(double[] d, double[] e, String label) {
        double norm = 0;
        for (int i = 0; i < d.length; i++) norm = Math.max(norm, Math.abs(d[i]) + (i < e.length ? Math.abs(e[i]) : 0) + (i > 0 ? Math.abs(e[i - 1]) : 0));
        assertArrayEquals(ejml(d, e), ql(d, e), 1e-12 * Math.max(norm, 1e-300) * Math.sqrt(d.length), label);
    }

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomTridiagonalsMatchEjml(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1 + rng.nextInt(120);
        double[] d = new double[n], e = new double[Math.max(n - 1, 0)];
        int kind = (int) (seed % 4);
        for (int i = 0; i < n; i++) d[i] = kind == 1 ? 0 : rng.nextDouble(-1, 1);
        for (int i = 0; i < n - 1; i++) {
            e[i] = switch (kind) {
                case 2 -> rng.nextInt(4) == 0 ? 0 : rng.nextDouble(-1, 1); // splits into blocks
                case 3 -> Math.pow(10, -rng.nextInt(12)) * rng.nextDouble(-1, 1); // graded
                default -> rng.nextDouble(-1, 1);
            };
        }
        check(d, e, "seed=" + seed + " kind=" + kind + " n=" + n);
    }

    @Test
    void wilkinsonMatrixHasCloseEigenvaluePairs() {
        // W21+: diagonal |10 - i|, off-diagonal 1; its top eigenvalues agree to ~1e-14 in pairs.
        double[] d = new double[21], e = new double[20];
        for (int i = 0; i < 21; i++) d[i] = Math.abs(10 - i);
        Arrays.fill(e, 1);
        check(d, e, "W21+");
    }

    @Test
    void knownSpectra() {
        // path graph P_n: eigenvalues 2 cos(pi k / (n + 1))
        int n = 50;
        double[] d = new double[n], e = new double[n - 1];
        Arrays.fill(e, 1);
        double[] want = new double[n];
        for (int k = 1; k <= n; k++) want[k - 1] = 2 * Math.cos(Math.PI * k / (n + 1));
        Arrays.sort(want);
        assertArrayEquals(want, ql(d, e), 1e-13);
        assertArrayEquals(new double[] {7}, ql(new double[] {7}, new double[0]));
        assertArrayEquals(new double[] {1, 3}, ql(new double[] {2, 2}, new double[] {1}), 1e-15);
        assertArrayEquals(new double[] {-1, 0, 2}, ql(new double[] {2, -1, 0}, new double[] {0, 0}), 0);
    }

    @Test
    void repeatedEigenvalues() {
        // direct sum of identical blocks: each eigenvalue three times
        double[] d = {1, 2, 1, 2, 1, 2};
        double[] e = {0.5, 0, 0.5, 0, 0.5};
        double[] got = ql(d, e);
        double lo = 1.5 - Math.sqrt(0.5), hi = 1.5 + Math.sqrt(0.5);
        assertArrayEquals(new double[] {lo, lo, lo, hi, hi, hi}, got, 1e-15);
        assertEquals(9, Arrays.stream(got).sum(), 1e-14);
    }
}
