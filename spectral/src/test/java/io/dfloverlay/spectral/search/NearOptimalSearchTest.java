package io.dfloverlay.spectral.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.Spectra;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NearOptimalSearchTest {
    static LongStream seeds() {
        return LongStream.range(0, 6);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void resultIsRegularConnectedAndNoWorseThanStart(long seed) {
        int n = 40 + 8 * (int) seed, d = 3 + (int) (seed % 3) * 2 - (seed % 3 == 2 ? 1 : 0);
        if (n * d % 2 != 0) n++;
        List<String> lines = new ArrayList<>();
        SearchResult r = NearOptimalSearch.withSwapBudget(n, d, 300).withSamples(3).withProgress(lines::add).search(new SplittableRandom(seed));
        Graph g = r.graph();
        String what = "seed=" + seed + " " + r;
        assertEquals(n, g.numNodes(), what);
        assertTrue(g.isRegular() && g.maxDegree() == d, what);
        assertTrue(Connectivity.isConnected(g), what);
        assertTrue(r.lambda() <= r.startLambda() + 1e-12, what);
        assertEquals(Spectra.adjacency(g).twoSided(), r.lambda(), 1e-8, what);
        assertTrue(!lines.isEmpty(), what);
    }

    @Test
    void sameSeedSameGraphWithIterationBudget() {
        NearOptimalSearch s = NearOptimalSearch.withSwapBudget(30, 4, 100);
        assertEquals(s.generate(new SplittableRandom(9)), s.generate(new SplittableRandom(9)));
    }

    /** At a size where batches of several swaps are tried: same seed, same graph; counts consistent. */
    @ParameterizedTest
    @MethodSource("seeds")
    void batchedSearchIsDeterministicWithASwapBudget(long seed) {
        NearOptimalSearch s = NearOptimalSearch.withSwapBudget(600, 8, 400).withSamples(2);
        SearchResult first = s.search(new SplittableRandom(seed));
        SearchResult second = s.search(new SplittableRandom(seed));
        String what = "seed=" + seed + " " + first;
        assertEquals(first.graph(), second.graph(), what);
        assertEquals(400, first.swapsTried(), what);
        assertTrue(first.ramanujanSamples() <= first.samples(), what);
        Graph g = first.graph();
        assertTrue(g.isRegular() && g.maxDegree() == 8 && Connectivity.isConnected(g), what);
        assertTrue(first.lambda() <= first.startLambda() + 1e-12, what);
        assertEquals(Spectra.adjacency(g, io.dfloverlay.spectral.SpectralMethod.DENSE, 1e-10).twoSided(), first.lambda(), 1e-8, what);
    }

    @Test
    void theSwapBudgetIsACountAndBothBudgetsApply() {
        SearchResult bySwaps = NearOptimalSearch.withSwapBudget(30, 4, 25).search(new SplittableRandom(4));
        assertEquals(25, bySwaps.swapsTried(), bySwaps.toString());
        SearchResult both = NearOptimalSearch.withTimeBudget(30, 4, Duration.ofMinutes(10)).limitSwaps(12).search(new SplittableRandom(4));
        assertEquals(12, both.swapsTried(), both.toString());
        SearchResult reversed = NearOptimalSearch.withSwapBudget(30, 4, 12).limitTime(Duration.ofMinutes(10)).search(new SplittableRandom(4));
        assertEquals(both.graph(), reversed.graph());
        assertThrows(IllegalArgumentException.class, () -> NearOptimalSearch.withSwapBudget(30, 4, 5).limitTime(Duration.ofSeconds(-1)));
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> NearOptimalSearch.withSwapBudget(5, 3, 10));
        assertThrows(IllegalArgumentException.class, () -> NearOptimalSearch.withSwapBudget(4, 4, 10));
        assertThrows(IllegalArgumentException.class, () -> NearOptimalSearch.withSwapBudget(10, 2, 10));
        assertThrows(IllegalArgumentException.class, () -> NearOptimalSearch.withTimeBudget(10, 4, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> NearOptimalSearch.withSwapBudget(10, 4, -1));
    }
}
