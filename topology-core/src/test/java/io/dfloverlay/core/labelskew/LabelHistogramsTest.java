package io.dfloverlay.core.labelskew;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dfloverlay.core.generate.CompleteGraphGenerator;
import io.dfloverlay.core.generate.RingGenerator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LabelHistogramsTest {
    @Test
    void badHistogramsAreNamedInOneLine() {
        assertEquals("label histogram row 1, class 0: count must be finite and >= 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new LabelHistograms(new double[][] {{1, 2}, {-1, 3}})).getMessage());
        assertEquals("label histogram row 1 has 3 classes, row 0 has 2",
                assertThrows(IllegalArgumentException.class, () -> new LabelHistograms(new double[][] {{1, 2}, {1, 2, 3}})).getMessage());
        assertEquals("label histogram row 0 is all zeros (a node without data)",
                assertThrows(IllegalArgumentException.class, () -> new LabelHistograms(new double[][] {{0, 0}})).getMessage());
        assertEquals("label histograms have 2 rows, expected n = 5",
                assertThrows(IllegalArgumentException.class, () -> new LabelHistograms(new double[][] {{1}, {2}}).requireNodes(5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LabelHistograms(new double[0][]));
        assertThrows(IllegalArgumentException.class, () -> new LabelHistograms(new double[][] {{1, Double.NaN}}));
    }

    @Test
    void proportionsAndGlobalMix() {
        LabelHistograms h = new LabelHistograms(new double[][] {{3, 1}, {0, 2}});
        assertArrayEquals(new double[] {0.75, 0.25}, h.proportions()[0], 1e-15);
        assertArrayEquals(new double[] {0.375, 0.625}, h.globalMix(), 1e-15);
    }

    @Test
    void neighbourhoodSkewOfKnownGraphs() {
        // complete graph: every closed neighbourhood is everybody, whose mean mix is the global one
        LabelHistograms h = LabelSkewTestData.oneClassEach(8, 4, 3);
        assertEquals(0, LabelSkew.neighbourhoodSkew(new CompleteGraphGenerator(8).generate(new SplittableRandom(1)), h), 1e-12);
        // ring of 8, node i has class i mod 4: closed neighbourhood {i-1, i, i+1} holds 3 distinct classes
        // mean mix: 1/3 on three classes, 0 on one; global 1/4 each: TV = ½(3·(1/3−1/4) + 1/4) = 1/4
        assertEquals(0.25, LabelSkew.neighbourhoodSkew(new RingGenerator(8).generate(new SplittableRandom(1)), h), 1e-12);
    }
}
