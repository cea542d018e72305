package io.dfloverlay.sim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TopologiesTest {
    @Test
    void staticKindsGiveDoublyStochasticMatricesOnTheirGraphs() {
        for (String kind : new String[] {"ring", "complete", "random-regular", "exponential", "hypercube", "near-optimal"}) {
            RoundTopology t = Topologies.create(kind, 16, 4, kind.equals("near-optimal") ? Map.of("swaps", "20") : Map.of(), "mh", new SplittableRandom(1));
            assertEquals(16, t.numNodes(), kind);
            assertTrue(!t.timeVarying(), kind);
            Graph g = t.graph(0);
            var w = t.mixing(7);
            assertEquals(2 * g.numEdges() + 16, w.numStored(), kind);
            for (int i = 0; i < 16; i++) {
                double sum = 0;
                for (int k = w.rowStart(i); k < w.rowStart(i + 1); k++) sum += w.value(k);
                assertEquals(1.0, sum, 1e-12, kind + " row " + i);
            }
        }
        for (String scheme : new String[] {"uniform", "best-constant", "lazy"}) {
            var w = Topologies.create("random-regular", 20, 4, Map.of(), scheme, new SplittableRandom(3)).mixing(0);
            assertTrue(w.isSymmetric(), scheme);
        }
        Graph rr = Topologies.create("random-regular", 20, 4, Map.of(), "uniform", new SplittableRandom(3)).graph(0);
        assertTrue(rr.isRegular() && rr.maxDegree() == 4);
    }

    @Test
    void timeVaryingKindsCycleThroughTheirPeriod() {
        RoundTopology t = Topologies.create("one-peer-exponential", 8, 0, Map.of(), "uniform", new SplittableRandom(1));
        assertTrue(t.timeVarying());
        assertEquals(3, t.graphs().length);
        assertEquals(t.mixing(0), t.mixing(3));
        RoundTopology b = Topologies.create("base-(k+1)", 9, 0, Map.of("k", "2"), "uniform", new SplittableRandom(1));
        assertTrue(b.timeVarying() && Topologies.isTimeVarying("base-k-plus-one"));
    }

    @Test
    void unknownKindsAndWeightsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Topologies.create("mesh", 8, 2, Map.of(), "uniform", new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("mesh"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Topologies.create("ring", 8, 2, Map.of(), "magic", new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Topologies.create("hypercube", 12, 2, Map.of(), "uniform", new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> Topologies.create("ring", 12, 2, Map.of("swaps", "3"), "uniform", new SplittableRandom(1)));
    }
}
