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
    void aliasesTypedParametersAndTheDegreeReachTheRegistry() {
        RoundTopology viaAlias = Topologies.create("static-exponential", 16, null, null, "uniform", new SplittableRandom(1));
        RoundTopology viaName = Topologies.create("exponential", 16, 8, Map.of(), "uniform", new SplittableRandom(1));
        assertEquals(viaName.graph(0), viaAlias.graph(0));
        // i ~ i +- 2^k mod 16 for k = 0..3: offsets 1, 2, 4, 8 (8 = -8), so degree 7
        assertEquals(7, viaAlias.graph(0).maxDegree());
        // Base-(k+1)'s k answers to d: the client degree sets the peers per round
        RoundTopology base = Topologies.create("base-(k+1)", 9, 2, null, "uniform", new SplittableRandom(1));
        for (Graph g : base.graphs()) assertTrue(g.maxDegree() <= 2);
        assertEquals(Topologies.create("base-k-plus-one", 9, 8, Map.of("k", 2), "uniform", new SplittableRandom(1)).graphs().length,
                base.graphs().length);
        RoundTopology no = Topologies.create("near-optimal", 16, 4, Map.of("swaps", 10, "samples", 1), "mh", new SplittableRandom(2));
        assertTrue(no.graph(0).isRegular() && no.graph(0).maxDegree() == 4);
        assertEquals(java.util.List.of("n", "d", "swaps", "budget", "samples"),
                Topologies.kind("near-optimal").params().stream().map(io.dfloverlay.core.topology.ParamSpec::name).toList());
        assertEquals(Map.of("n", 16, "d", 4, "swaps", 10, "samples", 1),
                Topologies.params("near-optimal", 16, 4, Map.of("swaps", "10", "samples", 1)).values());
    }

    @Test
    void badParametersNameTheParameter() {
        var e = assertThrows(io.dfloverlay.core.topology.ParamException.class,
                () -> Topologies.create("random-regular", 16, 2, Map.of("connected", "maybe"), "uniform", new SplittableRandom(1)));
        assertEquals("connected", e.param());
        e = assertThrows(io.dfloverlay.core.topology.ParamException.class,
                () -> Topologies.create("near-optimal", 16, 2, Map.of(), "uniform", new SplittableRandom(1)));
        assertEquals("near-optimal: d must be at least 3, got 2", e.getMessage());
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
