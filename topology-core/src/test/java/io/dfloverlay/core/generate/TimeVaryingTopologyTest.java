package io.dfloverlay.core.generate;

import static io.dfloverlay.core.generate.BasicGeneratorsTest.assertMessage;
import static io.dfloverlay.core.generate.GeneratorContract.assertSimpleSymmetric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One-peer exponential and Base-(k+1) topologies: per-round structure and finite-time averaging. */
class TimeVaryingTopologyTest {
    /** Per-round checks shared by both topologies. */
    static void assertRoundsWellFormed(TimeVaryingTopology topo, int maxDegree, boolean symmetric) {
        for (int t = 0; t < topo.period(); t++) {
            String ctx = topo + " round " + t;
            MixingMatrix w = topo.mixing(t);
            assertEquals(topo.numNodes(), w.size(), ctx);
            GraphTestSupport.assertDoublyStochastic(w, 1e-12, ctx);
            if (symmetric) assertTrue(w.isSymmetric(), ctx + ": not symmetric");
            Graph g = topo.graph(t);
            assertSimpleSymmetric(g, ctx);
            assertTrue(g.maxDegree() <= maxDegree, ctx + ": degree " + g.maxDegree() + " > " + maxDegree);
            GraphTestSupport.assertSupportIs(w, g, ctx);
            assertEquals(w, topo.mixing(t + topo.period()), ctx + ": not periodic");
        }
    }

    static IntStream onePeerSizes() {
        return IntStream.rangeClosed(2, 70);
    }

    @ParameterizedTest
    @MethodSource("onePeerSizes")
    void onePeerExponentialRoundsAreDoublyStochasticWithOnePeer(int n) {
        OnePeerExponentialTopology topo = new OnePeerExponentialTopology(n);
        assertEquals(32 - Integer.numberOfLeadingZeros(n - 1), topo.period(), "tau for n=" + n);
        assertRoundsWellFormed(topo, 2, false);
        for (int t = 0; t < topo.period(); t++) {
            int s = topo.shift(t);
            assertEquals(0.5, topo.mixing(t).get(0, s % n), 1e-15, "n=" + n + " round " + t);
        }
        double dist = GraphTestSupport.distanceOfPeriodProductFromAverage(topo);
        if (Integer.bitCount(n) == 1) {
            assertTrue(dist <= 1e-12, "n=" + n + ": product of one period is not J, max deviation " + dist);
        } else {
            assertTrue(dist < 1 - 1.0 / n, "n=" + n + ": product does not contract, max deviation " + dist);
        }
    }

    static Stream<Arguments> baseSizes() {
        List<Arguments> cases = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            for (int n = 2; n <= 100; n++) cases.add(Arguments.of(n, k));
        }
        for (int k = 1; k <= 4; k++) cases.add(Arguments.of(pow(k + 1, k == 1 ? 8 : 4), k));
        cases.add(Arguments.of(301, 2));
        cases.add(Arguments.of(257, 1));
        return cases.stream();
    }

    private static int pow(int b, int e) {
        int r = 1;
        for (int i = 0; i < e; i++) r *= b;
        return r;
    }

    @ParameterizedTest
    @MethodSource("baseSizes")
    void baseKPlusOneReachesTheExactAverageInOnePeriod(int n, int k) {
        BaseKPlusOneTopology topo = new BaseKPlusOneTopology(n, k);
        assertRoundsWellFormed(topo, k, true);
        double dist = GraphTestSupport.distanceOfPeriodProductFromAverage(topo);
        assertTrue(dist <= 1e-12, topo + ": period " + topo.period() + " product deviates from J by " + dist);
        int log = (int) Math.floor(Math.log(n) / Math.log(k + 1) + 1e-9);
        assertTrue(topo.period() <= 2 * log + 2, topo + ": period " + topo.period() + " above 2 log_{k+1} n + 2");
    }

    @Test
    void baseKPlusOneOnPowersOfKPlusOneTakesLogRounds() {
        assertEquals(10, new BaseKPlusOneTopology(1024, 1).period());
        assertEquals(4, new BaseKPlusOneTopology(81, 2).period());
        assertEquals(1, new BaseKPlusOneTopology(5, 4).period());
    }

    @Test
    void badParametersAreRejected() {
        assertMessage(() -> new OnePeerExponentialTopology(1), "n=1");
        assertMessage(() -> new BaseKPlusOneTopology(1, 1), "n=1");
        assertMessage(() -> new BaseKPlusOneTopology(10, 0), "k >= 1");
        assertMessage(() -> new OnePeerExponentialTopology(8).mixing(-1), "round");
    }
}
