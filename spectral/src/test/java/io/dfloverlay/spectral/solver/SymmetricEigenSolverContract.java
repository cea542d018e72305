package io.dfloverlay.spectral.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks every {@link SymmetricEigenSolver} must pass; one subclass per implementation. */
abstract class SymmetricEigenSolverContract {
    abstract SymmetricEigenSolver solver();

    /** Diagonal operator with the given entries. */
    static SymmetricOperator diagonal(double... d) {
        return new SymmetricOperator() {
            public int dimension() {
                return d.length;
            }

            public void apply(double[] x, double[] y) {
                for (int i = 0; i < d.length; i++) y[i] = d[i] * x[i];
            }
        };
    }

    /** Q diag(d) Q^T for a random orthogonal Q (from seeded Householder reflections). */
    static SymmetricOperator rotated(double[] d, long seed) {
        int n = d.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) m[i][i] = d[i];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int r = 0; r < 3; r++) {
            double[] v = new double[n];
            double s = 0;
            for (int i = 0; i < n; i++) s += (v[i] = rng.nextDouble(-1, 1)) * v[i];
            for (int i = 0; i < n; i++) v[i] /= Math.sqrt(s);
            // M <- H M H with H = I - 2 v v^T
            double[] mv = new double[n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) mv[i] += m[i][j] * v[j];
            double vmv = 0;
            for (int i = 0; i < n; i++) vmv += v[i] * mv[i];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[i][j] += -2 * v[i] * mv[j] - 2 * mv[i] * v[j] + 4 * vmv * v[i] * v[j];
        }
        return new SymmetricOperator() {
            public int dimension() {
                return n;
            }

            public void apply(double[] x, double[] y) {
                for (int i = 0; i < n; i++) {
                    double t = 0;
                    for (int j = 0; j < n; j++) t += m[i][j] * x[j];
                    y[i] = t;
                }
            }
        };
    }

    @Test
    void diagonalEnds() {
        SpectrumEnds e = solver().extremes(diagonal(3, -1, 0.5, 2, -4, 1), null);
        assertEquals(3, e.largest(), 1e-9);
        assertEquals(-4, e.smallest(), 1e-9);
        assertTrue(e.converged());
    }

    @Test
    void deflationRemovesTheGivenEigenvector() {
        double[] d = {3, -1, 0.5, 2, -4, 1};
        double[] top = new double[6];
        top[0] = 2.5; // unnormalized eigenvector of 3
        SpectrumEnds e = solver().extremes(diagonal(d), top);
        assertEquals(2, e.largest(), 1e-9);
        assertEquals(-4, e.smallest(), 1e-9);
    }

    @Test
    void rotatedSpectrum() {
        int n = 60;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = Math.sin(i * 1.7) * 5;
        double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
        for (double x : d) {
            max = Math.max(max, x);
            min = Math.min(min, x);
        }
        SpectrumEnds e = solver().extremes(rotated(d, 4), null);
        assertEquals(max, e.largest(), 1e-8);
        assertEquals(min, e.smallest(), 1e-8);
        assertTrue(Math.abs(e.largest() - max) <= e.errorBound() + 1e-12, e.toString());
    }

    @Test
    void badArgumentsThrow() {
        assertThrows(IllegalArgumentException.class, () -> solver().extremes(diagonal(1), null));
        assertThrows(IllegalArgumentException.class, () -> solver().extremes(diagonal(1, 2), new double[3]));
        assertThrows(IllegalArgumentException.class, () -> solver().extremes(diagonal(1, 2), new double[2]));
    }
}
