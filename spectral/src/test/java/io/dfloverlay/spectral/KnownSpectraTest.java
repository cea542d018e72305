package io.dfloverlay.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dfloverlay.core.generate.CompleteGraphGenerator;
import io.dfloverlay.core.generate.HypercubeGenerator;
import io.dfloverlay.core.generate.PaleyGenerator;
import io.dfloverlay.core.generate.RingGenerator;
import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.solver.SpectrumEnds;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exact adjacency and Laplacian spectra of classical graphs, for both solver paths. */
class KnownSpectraTest {
    private static final double EPS = 1e-9;

    private static Graph gen(io.dfloverlay.core.generate.GraphGenerator g) {
        return g.generate(new SplittableRandom(0));
    }

    private static void check(Graph g, SpectralMethod m, double mu1, double mu2, double muN) {
        SpectrumEnds e = Spectra.adjacency(g, m, 1e-12);
        assertEquals(mu2, e.largest(), EPS, "μ2 " + g + " " + m);
        assertEquals(muN, e.smallest(), EPS, "μn " + g + " " + m);
        SpectralReport r = SpectralReport.of(g, "uniform", m, 1e-12);
        assertEquals(mu1, r.mu1(), EPS, "μ1 " + g + " " + m);
        assertEquals(Math.max(Math.abs(mu2), Math.abs(muN)), r.lambda(), EPS, "λ(A) " + g + " " + m);
    }

    @ParameterizedTest
    @EnumSource(value = SpectralMethod.class, names = {"DENSE", "EJML", "LANCZOS"})
    void complete(SpectralMethod m) {
        check(gen(new CompleteGraphGenerator(9)), m, 8, -1, -1);
        // W = J/9 for uniform weights: ρ(W) is exactly 0 (within the error bound it prints as 0).
        assertEquals(0.0, SpectralReport.of(gen(new CompleteGraphGenerator(9)), "uniform", m, 1e-12).rhoW());
        SpectrumEnds l = Spectra.laplacian(gen(new CompleteGraphGenerator(9)), m, 1e-12);
        assertEquals(9, l.smallest(), EPS);
        assertEquals(9, l.largest(), EPS);
    }

    @ParameterizedTest
    @EnumSource(value = SpectralMethod.class, names = {"DENSE", "EJML", "LANCZOS"})
    void rings(SpectralMethod m) {
        check(gen(new RingGenerator(12)), m, 2, 2 * Math.cos(2 * Math.PI / 12), -2);
        check(gen(new RingGenerator(11)), m, 2, 2 * Math.cos(2 * Math.PI / 11), 2 * Math.cos(2 * Math.PI * 5 / 11));
        SpectrumEnds l = Spectra.laplacian(gen(new RingGenerator(40)), m, 1e-12);
        assertEquals(2 - 2 * Math.cos(2 * Math.PI / 40), l.smallest(), EPS);
        assertEquals(4, l.largest(), EPS);
    }

    @ParameterizedTest
    @EnumSource(value = SpectralMethod.class, names = {"DENSE", "EJML", "LANCZOS"})
    void hypercube(SpectralMethod m) {
        check(gen(new HypercubeGenerator(6)), m, 6, 4, -6);
    }

    @ParameterizedTest
    @EnumSource(value = SpectralMethod.class, names = {"DENSE", "EJML", "LANCZOS"})
    void petersen(SpectralMethod m) {
        check(FixtureGraphs.petersen(), m, 3, 1, -2);
    }

    @ParameterizedTest
    @EnumSource(value = SpectralMethod.class, names = {"DENSE", "EJML", "LANCZOS"})
    void paley(SpectralMethod m) {
        for (int q : new int[] {13, 29, 101}) {
            double r = Math.sqrt(q);
            check(gen(new PaleyGenerator(q)), m, (q - 1) / 2.0, (-1 + r) / 2, (-1 - r) / 2);
        }
    }

    @ParameterizedTest
    @EnumSource(value = SpectralMethod.class, names = {"DENSE", "EJML", "LANCZOS"})
    void completeBipartite(SpectralMethod m) {
        // K_{3,5} is irregular: μ = ±√15 and 0 (multiplicity 6); exercises the computed-top path.
        check(TestGraphs.completeBipartite(3, 5), m, Math.sqrt(15), 0, -Math.sqrt(15));
        check(TestGraphs.completeBipartite(4, 4), m, 4, 0, -4);
    }
}
