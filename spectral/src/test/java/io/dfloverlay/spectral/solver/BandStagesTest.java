package io.dfloverlay.spectral.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two reduction stages of {@link TwoStageEigenvalues} on their own. */
class BandStagesTest {
    private static double[][] randomSymmetricRows(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double x = rng.nextDouble(-1, 1);
                a[i][j] = x;
                a[j][i] = x;
            }
        }
        return a;
    }

    private static double[][] randomBand(int n, int b, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = Math.max(0, i - b); j <= i; j++) a[i][j] = rng.nextDouble(-1, 1);
        return a;
    }

    private static double frobeniusLower(double[][] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) for (int j = 0; j <= i; j++) s += (i == j ? 1 : 2) * a[i][j] * a[i][j];
        return Math.sqrt(s);
    }

    @ParameterizedTest
    @ValueSource(ints = {18, 40, 200, 450})
    void bandReductionLeavesZerosBelowTheBandAndKeepsTheNorm(int n) {
        int b = TwoStageEigenvalues.BAND;
        double[][] a = randomSymmetricRows(n, n);
        double before = frobeniusLower(a);
        BandReduction.reduce(a, n, b);
        for (int i = 0; i < n; i++) for (int j = 0; j < i - b; j++) assertEquals(0.0, a[i][j], "entry (" + i + "," + j + ") below the band, n=" + n);
        // an orthogonal similarity keeps the Frobenius norm
        assertEquals(before, frobeniusLower(a), 1e-12 * before, "n=" + n);
    }

    @Test
    void pipelinedBulgeChasingEqualsSequentialBitForBit() {
        for (int n : new int[] {400, 401, 517, 800}) {
            int b = TwoStageEigenvalues.BAND;
            double[][] a = randomBand(n, b, 1000 + n);
            double[] d1 = new double[n], e1 = new double[n], d2 = new double[n], e2 = new double[n];
            BandTridiagonalizer.reduce(a, n, b, d1, e1, false);
            BandTridiagonalizer.reduce(a, n, b, d2, e2, true);
            assertArrayEquals(d1, d2, 0.0, "diagonal, n=" + n);
            assertArrayEquals(e1, e2, 0.0, "subdiagonal, n=" + n);
        }
    }

    @Test
    void bulgeChasingKeepsTraceAndNorm() {
        int n = 300, b = 5;
        double[][] a = randomBand(n, b, 5);
        double trace = 0;
        for (int i = 0; i < n; i++) trace += a[i][i];
        double norm = frobeniusLower(a);
        double[] d = new double[n], e = new double[n];
        BandTridiagonalizer.reduce(a, n, b, d, e, false);
        double t2 = Arrays.stream(d).sum();
        double f2 = 0;
        for (int i = 0; i < n; i++) f2 += d[i] * d[i] + (i < n - 1 ? 2 * e[i] * e[i] : 0);
        assertEquals(trace, t2, 1e-11 * norm);
        assertEquals(norm, Math.sqrt(f2), 1e-12 * norm);
    }
}
