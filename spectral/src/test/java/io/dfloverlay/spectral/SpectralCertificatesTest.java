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
