package io.dfloverlay.spectral.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.labelskew.LabelHistograms;
import io.dfloverlay.core.labelskew.LabelSkew;
import io.dfloverlay.core.topology.MissingInputException;
import io.dfloverlay.core.topology.TopologyRegistry;
import io.dfloverlay.spectral.Spectra;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelAwareSearchTest {
    static LongStream seeds() {
        return LongStream.range(0, 25);
    }

    /** node i holds class i mod k, plus a little of class (i+1) mod k for some nodes. */
    private static LabelHistograms skewed(int n, int k, SplittableRandom rng) {
        double[][] h = new double[n][k];
        for (int i = 0; i < n; i++) {
            h[i][i % k] = 20 + rng.nextInt(20);
            if (rng.nextBoolean()) h[i][(i + 1) % k] = rng.nextInt(5);
        }
        return new LabelHistograms(h);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keepsRegularityAndConnectivityAndLowersTheObjective(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int d = 4 + rng.nextInt(4), n = 20 + 2 * rng.nextInt(20);
        // beta large enough that the skew term can pay for a switch: with beta < 1 and d = 3 the
        // near-optimal start can already be a local minimum (J unchanged, which the search allows)
        double beta = 2 + 4 * rng.nextDouble();
        LabelHistograms h = skewed(n, 2 + rng.nextInt(8), rng);
        long startSwaps = 30;
        LabelAwareResult r = new LabelAwareSearch(h, d, beta, 300, startSwaps).search(new SplittableRandom(seed));
        Graph g = r.graph();
        String ctx = "seed " + seed + " n=" + n + " d=" + d + " beta=" + beta;
        assertTrue(g.isRegular() && g.maxDegree() == d && g.numNodes() == n, ctx);
        assertEquals(1, Connectivity.componentCount(g), ctx);
        // the start, rebuilt independently: the search begins with this near-optimal graph from the same seed
        Graph start = NearOptimalSearch.withSwapBudget(n, d, startSwaps).generate(new SplittableRandom(seed));
        double before = Spectra.adjacency(start).twoSided() / d + beta * LabelSkew.neighbourhoodSkew(start, h);
        double after = Spectra.adjacency(g).twoSided() / d + beta * LabelSkew.neighbourhoodSkew(g, h);
        assertTrue(after < before, ctx + ": objective " + before + " -> " + after + " (never higher; lower expected with this skew)");
        assertEquals(after, r.objective(), 1e-6, ctx);
        assertEquals(before, r.startObjective(), 1e-6, ctx);
        assertEquals(LabelSkew.neighbourhoodSkew(g, h), r.skew(), 1e-12, ctx);
        assertTrue(r.certificate().regular() && r.certificate().connected(), ctx);
    }

    @Test
    void badInputIsNamed() {
        LabelHistograms h = skewed(15, 3, new SplittableRandom(1));
        assertEquals("n*d must be even, got n=15, d=3", assertThrows(IllegalArgumentException.class, () -> new LabelAwareSearch(h, 3, 1, 10, 10)).getMessage());
        assertEquals("d must be at least 3, got 2", assertThrows(IllegalArgumentException.class, () -> new LabelAwareSearch(h, 2, 1, 10, 10)).getMessage());
        assertEquals("n must exceed d, got n=15, d=16", assertThrows(IllegalArgumentException.class, () -> new LabelAwareSearch(h, 16, 1, 10, 10)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LabelAwareSearch(h, 4, -1, 10, 10));
        MissingInputException e = assertThrows(MissingInputException.class,
                () -> TopologyRegistry.create("label-aware", Map.of("n", 20, "d", 4)));
        assertEquals("label-aware needs the clients' label histograms (one row per node)", e.getMessage());
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class, () -> TopologyRegistry.create("label-aware",
                Map.of("n", 20, "d", 4), io.dfloverlay.core.topology.TopologyInputs.NONE.with(LabelHistograms.class, h)));
        assertEquals("label-aware: label histograms have 15 rows, expected n = 20", rows.getMessage());
    }
}
