package io.dfloverlay.spectral.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new LanczosEigenSolver(0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new LanczosEigenSolver(1e-6, 1, 1));
    }
}
