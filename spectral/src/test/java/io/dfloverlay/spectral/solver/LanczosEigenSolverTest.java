package io.dfloverlay.spectral.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanczosEigenSolverTest extends SymmetricEigenSolverContract {
    @Override
    SymmetricEigenSolver solver() {
        return new LanczosEigenSolver(1e-12, 5000, 3);
    }

    @Test
    void iterationBudgetReportsNonConvergence() {
        double[] d = new double[2000];
        for (int i = 0; i < d.length; i++) d[i] = i * 1e-3;
        SpectrumEnds e = new LanczosEigenSolver(1e-14, 5, 1).extremes(diagonal(d), null);
        assertFalse(e.converged());
        assertEquals(5, e.iterations());
    }

    @Test
    void ritzVectorsAreEigenvectors() {
        double[] d = {5, 1, 2, -3, 0.5, 4};
        RitzPairs r = new LanczosEigenSolver(1e-12, 500, 2).extremesWithVectors(diagonal(d), null, null);
        assertEquals(1, Math.abs(r.largestVector()[0]), 1e-6);
        assertEquals(1, Math.abs(r.smallestVector()[3]), 1e-6);
    }

    @Test
    void nextTestIsPlacedFromTheMeasuredRate() {
        // No history: the cap max(10, k/10).
        assertEquals(10, LanczosEigenSolver.checkInterval(50, 1e-3, 0, Double.NaN, 1e-9));
        assertEquals(30, LanczosEigenSolver.checkInterval(300, 1e-3, 0, Double.NaN, 1e-9));
        // Residual falls 10x per 10 steps: 1e-6 -> 1e-9 needs 30 steps; 90% of them is 27 (cap 30 at k = 300).
        assertEquals(27, LanczosEigenSolver.checkInterval(300, 1e-6, 290, 1e-5, 1e-9));
        // Nearly there: at least 2 steps.
        assertEquals(2, LanczosEigenSolver.checkInterval(300, 1.01e-9, 290, 1e-5, 1e-9));
        // Not decreasing: the cap.
        assertEquals(30, LanczosEigenSolver.checkInterval(300, 1e-5, 290, 1e-6, 1e-9));
    }

    @Test
    void earlyStopEndsTheRunOnceDecided() {
        double[] d = new double[3000];
        for (int i = 0; i < d.length; i++) d[i] = Math.sin(i) * 3;
        LanczosEigenSolver s = new LanczosEigenSolver(1e-13, 5000, 4);
        SpectrumEnds full = s.extremes(diagonal(d), null);
        SpectrumEnds early = s.extremes(diagonal(d), null, (max, min, err) -> max > 2.5);
        assertTrue(early.iterations() < full.iterations(), early + " vs " + full);
        assertTrue(early.largest() > 2.5 && early.largest() <= full.largest() + 1e-12, early.toString());
        assertTrue(Math.abs(early.largest() - full.largest()) <= early.errorBound(), early.toString());
    }

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 8);
    }

    /**
     * Several Ritz pairs per end against the known spectrum of a rotated diagonal matrix (eigenvalues
     * drawn from the seed, so the reference is independent of the solver): the outermost values
     * match, every value lies in the spectrum's range, vectors are unit, and the extreme pairs'
     * residuals are within the reported bound.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("seeds")
    void ritzSetsMatchAKnownSpectrum(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 60 + rng.nextInt(60);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = rng.nextDouble(-5, 5);
        double[] sorted = d.clone();
        java.util.Arrays.sort(sorted);
        SymmetricOperator op = rotated(d, seed);
        RitzSet r = new LanczosEigenSolver(1e-12, 5000, seed).extremeRitzSet(op, null, null, 3, null);
        String what = "seed=" + seed;
        assertFalse(r.rejected(), what);
        assertEquals(sorted[n - 1], r.topValues()[0], 1e-9, what);
        assertEquals(sorted[0], r.bottomValues()[0], 1e-9, what);
        assertTrue(r.topValues().length >= 1 && r.topValues().length <= 3, what);
        for (int j = 1; j < r.topValues().length; j++) assertTrue(r.topValues()[j] < r.topValues()[j - 1], what);
        double[][][] ends = {r.topVectors(), r.bottomVectors()};
        double[][] values = {r.topValues(), r.bottomValues()};
        for (int e = 0; e < 2; e++) {
            for (int j = 0; j < values[e].length; j++) {
                double[] v = ends[e][j];
                assertEquals(1, dot(v, v), 1e-9, what);
                assertTrue(values[e][j] >= sorted[0] - 1e-9 && values[e][j] <= sorted[n - 1] + 1e-9, what);
            }
            double[] v = ends[e][0], y = new double[n];
            op.apply(v, y);
            double res = 0;
            for (int i = 0; i < n; i++) res += Math.pow(y[i] - values[e][0] * v[i], 2);
            assertTrue(Math.sqrt(res) <= r.ends().errorBound() + 1e-9, what + " residual " + Math.sqrt(res));
        }
    }

    @Test
    void aRejectingEarlyStopFormsNoVectors() {
        double[] d = new double[500];
        for (int i = 0; i < d.length; i++) d[i] = Math.cos(i) * 2;
        RitzSet r = new LanczosEigenSolver(1e-13, 5000, 4).extremeRitzSet(diagonal(d), null, null, 4, (max, min, err) -> max > 1.5);
        assertTrue(r.rejected());
        assertEquals(0, r.topVectors().length);
        assertTrue(r.ends().largest() > 1.5 && r.ends().largest() <= 2 + 1e-12, r.ends().toString());
        assertThrows(IllegalArgumentException.class, () -> new LanczosEigenSolver().extremeRitzSet(diagonal(d), null, null, 0, null));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new LanczosEigenSolver(0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new LanczosEigenSolver(1e-6, 1, 1));
    }

    /**
     * A rank-one operator {@code M = λ u uᵀ + σ I} with a random unit u deflated: the Krylov space of
     * the complement is invariant at once (every vector there is an eigenvector with σ), so the run
     * breaks down at step 1. Both ends must be σ within the bound, not λ leaking back through the
     * rounding left along u (σ, λ and n from the seed).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("seeds")
    void breakdownOnTheComplementOfADeflatedVectorKeepsItOut(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 200 + rng.nextInt(2000);
        double lambda = rng.nextDouble(0.5, 1e3);
        double sigma = seed % 2 == 0 ? 0 : rng.nextDouble(-1, 1);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) u[i] = rng.nextDouble(-1, 1);
        double norm = Math.sqrt(java.util.Arrays.stream(u).map(x -> x * x).sum());
        for (int i = 0; i < n; i++) u[i] /= norm;
        SymmetricOperator op = new SymmetricOperator() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void apply(double[] x, double[] y) {
                double c = 0;
                for (int i = 0; i < n; i++) c += u[i] * x[i];
                for (int i = 0; i < n; i++) y[i] = lambda * c * u[i] + sigma * x[i];
            }
        };
        SpectrumEnds e = new LanczosEigenSolver(1e-10, 5000, seed).extremes(op, u);
        String what = "seed=" + seed + " n=" + n + " λ=" + lambda + " σ=" + sigma + ": " + e;
        assertTrue(e.converged(), what);
        assertTrue(Math.abs(e.largest() - sigma) <= e.errorBound(), what);
        assertTrue(Math.abs(e.smallest() - sigma) <= e.errorBound(), what);
        assertTrue(e.errorBound() <= 1e-12 * lambda, what);
    }

    /**
     * The fused path (product and first pass in one sweep, for a {@link RowBlockOperator}) and the
     * plain path (product, then the passes) do the same arithmetic in the same order: equal results
     * to the bit, with the all-ones vector, a general vector or nothing deflated, below and above
     * the two-thread threshold (where blocks are shared out dynamically and summed in block order).
     */
    @ParameterizedTest(name = "n={0}")
    @ValueSource(ints = {2 * 150, 2 * 2000, GraphOperators.PARALLEL_MIN + 2})
    void theFusedRowBlockPathEqualsThePlainPath(int n) {
        Graph g = new RandomRegularGenerator(n, 3).generate(new SplittableRandom(n));
        SymmetricOperator fused = GraphOperators.adjacency(g);
        SymmetricOperator plain = new SymmetricOperator() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void apply(double[] x, double[] y) {
                fused.apply(x, y);
            }
        };
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        double[] general = new double[n];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < n; i++) general[i] = r.nextDouble(-1, 1);
        LanczosEigenSolver solver = new LanczosEigenSolver(1e-8, 3000, 2);
        for (double[] deflate : new double[][] {ones, general, null}) {
            SpectrumEnds a = solver.extremes(fused, deflate);
            SpectrumEnds b = solver.extremes(plain, deflate);
            String what = "n=" + n + (deflate == ones ? " ones" : deflate == null ? " none" : " general");
            assertEquals(b.largest(), a.largest(), 0.0, what);
            assertEquals(b.smallest(), a.smallest(), 0.0, what);
            assertEquals(b.errorBound(), a.errorBound(), 0.0, what);
            assertEquals(b.iterations(), a.iterations(), what);
            assertTrue(a.converged(), what);
        }
        if (n == 2 * 150) {
            SpectrumEnds known = new DenseSymmetricEigenSolver().extremes(fused, ones);
            SpectrumEnds a = solver.extremes(fused, ones);
            assertEquals(known.largest(), a.largest(), 1e-8 * 3, "mu2");
            assertEquals(known.smallest(), a.smallest(), 1e-8 * 3, "mu_n");
        }
    }
}
