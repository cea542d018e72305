package io.dfloverlay.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MetropolisHastingsWeights;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.UniformWeights;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The dense and Lanczos paths agree to 1e-8 on a few hundred seeded random graphs. */
class DenseLanczosAgreementTest {
    private static final double TOL = 1e-8;

    static LongStream seeds() {
        return LongStream.range(0, 240);
    }

    private static void agree(ExtremeEigenvalues dense, ExtremeEigenvalues lanczos, String what) {
        assertTrue(lanczos.converged(), what + " not converged");
        assertEquals(dense.first(), lanczos.first(), TOL, what + " first");
        assertEquals(dense.second(), lanczos.second(), TOL, what + " second");
        assertEquals(dense.last(), lanczos.last(), TOL, what + " last");
        assertTrue(lanczos.errorBound() <= TOL, what + " error bound " + lanczos.errorBound());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void regularAdjacencyAndMixing(long seed) {
        int n = 20 + (int) (seed * 7 % 120);
        int d = 3 + (int) (seed % 6);
        if (n * d % 2 != 0) n++;
        Graph g = TestGraphs.randomRegular(n, d, seed);
        String what = "seed=" + seed + " n=" + n + " d=" + d;
        agree(Spectra.adjacency(g, SpectralMethod.DENSE, 1e-12), Spectra.adjacency(g, SpectralMethod.LANCZOS, 1e-12), what + " A");
        MixingMatrix w = new UniformWeights().of(g);
        agree(Spectra.mixing(w, SpectralMethod.DENSE, 1e-12), Spectra.mixing(w, SpectralMethod.LANCZOS, 1e-12), what + " W");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void irregularAdjacencyLaplacianAndMh(long seed) {
        if (seed % 3 != 0) return; // 80 cases: the irregular path runs Lanczos twice
        Graph g = TestGraphs.gnp(40 + (int) (seed % 90), 0.12, seed);
        String what = "seed=" + seed + " " + g;
        agree(Spectra.adjacency(g, SpectralMethod.DENSE, 1e-12), Spectra.adjacency(g, SpectralMethod.LANCZOS, 1e-12), what + " A");
        LaplacianEigenvalues ld = Spectra.laplacian(g, SpectralMethod.DENSE, 1e-12);
        LaplacianEigenvalues ll = Spectra.laplacian(g, SpectralMethod.LANCZOS, 1e-12);
        assertEquals(ld.algebraicConnectivity(), ll.algebraicConnectivity(), TOL, what + " λ2(L)");
        assertEquals(ld.largest(), ll.largest(), TOL, what + " λn(L)");
        MixingMatrix w = new MetropolisHastingsWeights().of(g);
        agree(Spectra.mixing(w, SpectralMethod.DENSE, 1e-12), Spectra.mixing(w, SpectralMethod.LANCZOS, 1e-12), what + " W_mh");
    }
}
