package io.dfloverlay.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingSchemes;
import io.dfloverlay.spectral.measure.EffectiveNeighbors;
import io.dfloverlay.spectral.solver.EjmlEigenSolver;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The report's effective neighbours, tolerance and error bounds against independent computations. */
class SpectralReportTest {
    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void estimatedEffectiveNeighboursMatchTheExactValue(long seed) {
        Graph g = TestGraphs.randomRegular(300 + 20 * (int) seed, 4 + (int) (seed % 3), seed);
        String scheme = new String[] {"uniform", "lazy", "best-constant", "mh"}[(int) (seed % 4)];
        SpectralReport r = SpectralReport.of(g, scheme, SpectralMethod.LANCZOS, 1e-10);
        double[] ev = new EjmlEigenSolver().eigenvalues(io.dfloverlay.spectral.solver.GraphOperators.adjacency(g));
        int n = g.numNodes();
        double[] l = {g.maxDegree() - ev[n - 2], g.maxDegree() - ev[0]};
        double exact = EffectiveNeighbors.exact(MixingSchemes.byName(scheme, ignored -> l).of(g), r.mixing().gamma(),
                new EjmlEigenSolver());
        String what = "seed=" + seed + " " + scheme;
        assertEquals(exact, r.mixing().effectiveNeighbors(), 0.03 * exact, what);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void requestedToleranceBoundsTheReportedError(long seed) {
        Graph g = TestGraphs.randomRegular(3000, 3 + (int) (seed % 5), seed);
        double[] tolerances = {1e-4, 1e-7, 1e-10};
        SpectralReport tight = SpectralReport.of(g, "uniform", SpectralMethod.LANCZOS, 1e-12);
        for (double tol : tolerances) {
            SpectralReport r = SpectralReport.of(g, "uniform", SpectralMethod.LANCZOS, tol);
            String what = "seed=" + seed + " tol=" + tol;
            assertTrue(r.converged(), what);
            assertTrue(r.adjacency().errorBound() <= 1.01 * tol * r.lambda() + 1e-12, what + " " + r.adjacency());
            // The bound is honest: the tight solve's values lie within it.
            assertEquals(tight.adjacency().largest(), r.adjacency().largest(), r.adjacency().errorBound() + 1e-11, what);
            assertEquals(tight.adjacency().smallest(), r.adjacency().smallest(), r.adjacency().errorBound() + 1e-11, what);
        }
        assertThrows(IllegalArgumentException.class, () -> SpectralReport.of(g, "uniform", SpectralMethod.LANCZOS, 0));
        assertThrows(IllegalArgumentException.class, () -> SpectralReport.of(g, "magic", SpectralMethod.AUTO, 1e-9));
    }
}
