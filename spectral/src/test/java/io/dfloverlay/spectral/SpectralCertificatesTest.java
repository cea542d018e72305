package io.dfloverlay.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.HypercubeGenerator;
import io.dfloverlay.core.generate.LpsGenerator;
import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpectralCertificatesTest {
    @Test
    void lpsNonBipartiteIsRamanujan() {
        Graph g = new LpsGenerator(13, 17).generate(new SplittableRandom(0)); // PSL(2,17), 14-regular, n=2448
        SpectralCertificate c = SpectralCertificates.certify(g);
        assertEquals(14, c.d());
        assertTrue(c.regular() && c.connected() && !c.bipartite(), c.toString());
        assertTrue(c.isRamanujan(0), c.toString());
        assertTrue(c.margin() > 0, c.toString());
        assertEquals(2 * Math.sqrt(13), c.ramanujanBound(), 1e-12);
    }

    @Test
    void lpsBipartiteIsNotRamanujanTwoSided() {
        Graph g = new LpsGenerator(5, 13).generate(new SplittableRandom(0)); // PGL(2,13), bipartite
        SpectralCertificate c = SpectralCertificates.certify(g);
        assertTrue(c.bipartite(), c.toString());
        assertEquals(-6, c.muN(), 1e-8);
        assertTrue(c.mu2() <= c.ramanujanBound(), "one-sided check would pass: " + c);
        assertFalse(c.isRamanujan(1e-6), c.toString());
        // LPS graphs are Ramanujan in the bipartite sense: every |μ| other than ±6 is at most 2√5.
        assertTrue(c.isBipartiteRamanujan(0), c.toString());
        // The −6 mode: A/6 has −1; uniform (A+I)/7 keeps −5/7; lazy moves it to 1/7.
        assertEquals(1.0, c.rhoRandomWalk(), 1e-9);
        assertEquals(Math.max(5.0 / 7, (c.mu2() + 1) / 7), c.rhoUniform(), 1e-9);
        assertEquals((1 + (c.mu2() + 1) / 7) / 2, c.rhoLazy(), 1e-9);
    }

    @Test
    void hypercubeIsBipartiteRamanujanWithItsModeComputed() {
        // Q_4: eigenvalues 4 − 2k (k = 0..4), so μ2 = 2 <= 2√3 and μn = −4.
        SpectralCertificate q = SpectralCertificates.certify(new HypercubeGenerator(4).generate(new SplittableRandom(0)),
                SpectralMethod.LANCZOS, 1e-12);
        assertEquals(2, q.mu2(), 1e-9);
        assertEquals(-4, q.muN(), 1e-9);
        assertTrue(q.isBipartiteRamanujan(0));
        assertFalse(q.isRamanujan(0));
        assertEquals(1.0, q.rhoRandomWalk(), 1e-9);
        assertEquals(3.0 / 5, q.rhoUniform(), 1e-9);
        assertEquals(Math.max((1 + 3.0 / 5) / 2, (1 - 3.0 / 5) / 2), q.rhoLazy(), 1e-9);
        // Q_8: μ2 = 6 > 2√7, not even bipartite Ramanujan.
        SpectralCertificate q8 = SpectralCertificates.certify(new HypercubeGenerator(8).generate(new SplittableRandom(0)));
        assertFalse(q8.isBipartiteRamanujan(1e-9), q8.toString());
    }

    @Test
    void earlyStopGivesTheSameVerdictAsTheFullSolve() {
        for (long seed = 0; seed < 12; seed++) {
            Graph g = TestGraphs.randomRegular(600, 3 + (int) (seed % 4), seed);
            SpectralCertificate full = SpectralCertificates.certify(g, SpectralMethod.LANCZOS, 1e-12);
            SpectralCertificate early = SpectralCertificates.certify(g, SpectralMethod.LANCZOS, 1e-12, 1e-9);
            assertEquals(full.isRamanujan(1e-9), early.isRamanujan(1e-9), "seed=" + seed + " " + full + " vs " + early);
            assertTrue(Math.abs(full.lambda() - early.lambda()) <= early.errorBound() + 1e-9, "seed=" + seed);
        }
    }

    @Test
    void petersenIsRamanujanAndHypercubeIsNot() {
        SpectralCertificate p = SpectralCertificates.certify(FixtureGraphs.petersen());
        assertEquals(2, p.lambda(), 1e-12);
        assertTrue(p.isRamanujan(0));
        SpectralCertificate q = SpectralCertificates.certify(new HypercubeGenerator(4).generate(new SplittableRandom(0)));
        assertTrue(q.bipartite());
        assertFalse(q.isRamanujan(0.5));
    }

    @Test
    void disconnectedAndIrregularAreNotRamanujan() {
        SpectralCertificate two = SpectralCertificates.certify(TestGraphs.twoCopies(FixtureGraphs.petersen()));
        assertFalse(two.connected());
        assertFalse(two.isRamanujan(10));
        SpectralCertificate star = SpectralCertificates.certify(TestGraphs.completeBipartite(1, 5));
        assertFalse(star.regular());
        assertFalse(star.isRamanujan(10));
    }

    @Test
    void toleranceDecidesBorderlineCases() {
        SpectralCertificate c = SpectralCertificates.certify(TestGraphs.randomRegular(200, 4, 3));
        double excess = c.lambda() + c.errorBound() - c.ramanujanBound();
        if (excess > 0) {
            assertFalse(c.isRamanujan(0));
            assertTrue(c.isRamanujan(excess + 1e-12));
        } else {
            assertTrue(c.isRamanujan(0));
        }
        assertThrows(IllegalArgumentException.class, () -> c.isRamanujan(-1));
        assertThrows(IllegalArgumentException.class, () -> c.isRamanujan(Double.NaN));
    }
}
