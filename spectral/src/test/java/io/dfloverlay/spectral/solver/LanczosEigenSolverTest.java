package io.dfloverlay.spectral.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new LanczosEigenSolver(0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new LanczosEigenSolver(1e-6, 1, 1));
    }
}
