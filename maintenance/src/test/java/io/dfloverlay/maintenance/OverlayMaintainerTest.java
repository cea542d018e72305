package io.dfloverlay.maintenance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.jgrapht.JGraphTConverter;
import io.dfloverlay.maintenance.strategy.HamiltonianCycleRepair;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import io.dfloverlay.maintenance.strategy.RepairStrategyKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class OverlayMaintainerTest {
    private static OverlayMaintainer maintainer(String strategy, int n, int d) {
        return new OverlayMaintainer(TestGraphs.randomRegular(n, d, 7), d, RepairStrategies.byName(strategy), new SplittableRandom(1));
    }

    @Test
    void joinOfAliveOrUsedIdAndFailOfUnknownIdAreClearErrors() {
        OverlayMaintainer m = maintainer("pairing", 30, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.join(3));
        assertTrue(e.getMessage().contains("already alive"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.fail(99));
        assertTrue(e.getMessage().contains("unknown node id"), e.getMessage());
        m.fail(5);
        e = assertThrows(IllegalArgumentException.class, () -> m.join(5));
        assertTrue(e.getMessage().contains("never reused"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.leave(5));
        assertTrue(e.getMessage().contains("already failed or left"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.failAll(new int[] {1, 1}));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        assertTrue(m.isAlive(1), "a rejected batch changes nothing");
    }

    @Test
    void cycleStrategyRejectsOddDegree() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> maintainer("cycle", 30, 3));
        assertTrue(e.getMessage().contains("even d"), e.getMessage());
    }

    @Test
    void unknownStrategyListsNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RepairStrategies.byName("magic"));
        for (String name : RepairStrategies.names()) assertTrue(e.getMessage().contains(name), e.getMessage());
        for (String name : RepairStrategies.names()) assertEquals(name, RepairStrategies.byName(name).name());
        Set<String> keys = new HashSet<>();
        for (RepairStrategyKind k : RepairStrategies.kinds()) {
            assertFalse(k.description().isBlank(), k.name());
            assertTrue(keys.add(k.name()), k.name());
            for (String alias : k.aliases()) {
                assertTrue(keys.add(alias), alias);
                assertEquals(k.name(), RepairStrategies.byName(alias.toUpperCase(java.util.Locale.ROOT)).name(), alias);
            }
        }
    }

    @Test
    void failAllTakesACollectionAndTheLabelledSnapshotKeepsTheClientIds() {
        OverlayMaintainer byArray = maintainer("pairing", 30, 4);
        OverlayMaintainer byList = maintainer("pairing", 30, 4);
        assertEquals(byArray.failAll(new int[] {3, 17, 8}), byList.failAll(List.of(3, 17, 8)));
        var labelled = byList.labelledSnapshot();
        org.jgrapht.Graph<Integer, DefaultEdge> jg = JGraphTConverter.toJGraphT(labelled);
        Set<Integer> expectedIds = new HashSet<>();
        for (int id = 0; id < 30; id++) if (id != 3 && id != 17 && id != 8) expectedIds.add(id);
        assertEquals(expectedIds, jg.vertexSet());
        int edges = 0;
        for (int u : expectedIds) {
            for (int v : byList.neighbors(u)) {
                assertTrue(jg.containsEdge(u, v), "edge " + u + "-" + v + " of the overlay, by client id");
                edges++;
            }
        }
        assertEquals(edges / 2, jg.edgeSet().size());
        assertEquals(jg.vertexSet(), JGraphTConverter.toJGraphT(byList.snapshot(), byList.aliveNodes()).vertexSet());
    }

    @Test
    void failReportsRemovedEdgesAndPairingRestoresRegularity() {
        OverlayMaintainer m = maintainer("pairing", 40, 4);
        int[] nb = m.neighbors(10);
        RepairResult r = m.fail(10);
        assertEquals("pairing", r.strategy());
        for (int v : nb) assertTrue(r.removed().contains(Edge.of(10, v)));
        assertEquals(2, r.added().size(), "four orphans pair into two new edges: " + r);
        assertTrue(r.messages() > 0);
        assertNull(OverlayInvariants.violation(m));
        assertFalse(m.isAlive(10));
        assertEquals(39, m.numAlive());
    }

    @Test
    void leaveChargesNotificationsAndJoinGetsFullDegree() {
        OverlayMaintainer m = maintainer("pairing", 40, 4);
        long failMsgs = maintainer("pairing", 40, 4).fail(3).messages();
        assertTrue(m.leave(3).messages() >= failMsgs, "a leave also notifies its neighbours");
        int id = m.nextFreeId();
        assertEquals(40, id);
        RepairResult r = m.join(id);
        assertEquals(4, m.degree(id));
        assertEquals(4, r.added().size());
        assertEquals(2, r.removed().size(), "a join takes over two edges");
        assertNull(OverlayInvariants.violation(m));
    }

    @Test
    void snapshotIndexesAliveNodesInIdOrder() {
        OverlayMaintainer m = maintainer("none", 12, 3);
        m.failAll(new int[] {0, 5});
        int[] ids = m.aliveNodes();
        Graph s = m.snapshot();
        assertEquals(10, s.numNodes());
        assertEquals(1, ids[0]);
        for (int i = 0; i < ids.length; i++) {
            for (int k = 0; k < s.degree(i); k++) {
                int j = s.neighbor(i, k);
                assertTrue(java.util.Arrays.stream(m.neighbors(ids[i])).anyMatch(x -> x == ids[j]));
            }
            assertEquals(m.degree(ids[i]), s.degree(i));
        }
    }

    @Test
    void cycleStrategyKeepsDisjointHamiltonianCyclesThroughChurn() {
        HamiltonianCycleRepair cycle = new HamiltonianCycleRepair();
        OverlayMaintainer m = new OverlayMaintainer(TestGraphs.randomRegular(60, 6, 3), 6, cycle, new SplittableRandom(4));
        SplittableRandom r = new SplittableRandom(5);
        for (int e = 0; e < 200; e++) {
            int[] ids = m.aliveNodes();
            if (r.nextBoolean() && ids.length > 30) m.fail(ids[r.nextInt(ids.length)]);
            else m.join(m.nextFreeId());
            assertTrue(cycle.cyclesActive());
            int[][] orders = cycle.cycleOrders();
            assertEquals(3, orders.length);
            java.util.Set<Edge> union = new java.util.HashSet<>();
            for (int[] order : orders) {
                int[] sorted = order.clone();
                java.util.Arrays.sort(sorted);
                assertArrayEquals(m.aliveNodes(), sorted, "each cycle visits every alive node once");
                for (int i = 0; i < order.length; i++) {
                    Edge x = Edge.of(order[i], order[(i + 1) % order.length]);
                    assertTrue(union.add(x), "cycles are edge-disjoint, event " + e);
                    assertTrue(java.util.Arrays.stream(m.neighbors(x.u())).anyMatch(y -> y == x.v()));
                }
            }
            assertEquals(3L * m.numAlive(), union.size());
            assertNull(OverlayInvariants.violation(m));
        }
    }

    @Test
    void cycleStrategyAdoptsGivenOrders() {
        int n = 20;
        int[][] orders = new int[2][n];
        for (int i = 0; i < n; i++) {
            orders[0][i] = i;
            orders[1][i] = (i * 3) % n; // step 3 is coprime with 20: a second Hamiltonian cycle
        }
        io.dfloverlay.core.graph.GraphBuilder b = new io.dfloverlay.core.graph.GraphBuilder(n);
        for (int[] o : orders) for (int i = 0; i < n; i++) b.addEdge(o[i], o[(i + 1) % n]);
        HamiltonianCycleRepair cycle = new HamiltonianCycleRepair(orders);
        OverlayMaintainer m = new OverlayMaintainer(b.build(), 4, cycle, new SplittableRandom(1));
        assertTrue(m.initialization().edgesChanged() == 0);
        RepairResult r = m.fail(0);
        assertTrue(r.added().contains(Edge.of(1, 19)), "cycle 0 splices 19-0-1 into 19-1: " + r);
        assertTrue(r.added().contains(Edge.of(3, 17)), "cycle 1 splices 17-0-3 into 17-3: " + r);
    }

    @Test
    void cycleStrategyAdoptsGeneratorCyclesAndRejectsMismatch() {
        int[][] cycles = new io.dfloverlay.core.generate.HamiltonianCycleUnionGenerator(50, 6).generateCycles(new SplittableRandom(2));
        Graph g = io.dfloverlay.core.generate.HamiltonianCycleUnionGenerator.union(50, cycles);
        HamiltonianCycleRepair cycle = new HamiltonianCycleRepair(cycles);
        OverlayMaintainer m = new OverlayMaintainer(g, 6, cycle, new SplittableRandom(1));
        assertEquals(0, m.initialization().edgesChanged());
        assertTrue(cycle.cyclesActive());
        m.fail(7);
        m.join(m.nextFreeId());
        assertNull(OverlayInvariants.violation(m));
        int[][] swapped = {cycles[2], cycles[0], cycles[1]};
        assertEquals(0, new OverlayMaintainer(g, 6, new HamiltonianCycleRepair(swapped), new SplittableRandom(1))
                .initialization().edgesChanged(), "cycle order in the list does not matter");
        Graph other = TestGraphs.randomRegular(50, 6, 9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OverlayMaintainer(other, 6, new HamiltonianCycleRepair(cycles), new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("not an edge of the graph"), e.getMessage());
    }

    /** Two K5 minus an edge, joined through a hub h adjacent to both ends of each missing edge: 4-regular, h a cut vertex. */
    private static Graph barbell() {
        io.dfloverlay.core.graph.GraphBuilder b = new io.dfloverlay.core.graph.GraphBuilder(11);
        for (int side = 0; side < 2; side++) {
            int o = 1 + 5 * side;
            for (int i = 0; i < 5; i++) for (int j = i + 1; j < 5; j++) if (!(i == 0 && j == 1)) b.addEdge(o + i, o + j);
            b.addEdge(0, o);
            b.addEdge(0, o + 1);
        }
        return b.build();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
    void failingACutVertexIsRepairedIntoOneComponent(long seed) {
        for (String strategy : new String[] {"pairing", "rebalance", "spectral"}) {
            OverlayMaintainer m = new OverlayMaintainer(barbell(), 4, RepairStrategies.byName(strategy), new SplittableRandom(seed));
            m.fail(0);
            assertNull(OverlayInvariants.violation(m), strategy + " seed " + seed);
        }
    }

    @Test
    void disconnectedInitialOverlayIsJoinedOnAttach() {
        io.dfloverlay.core.graph.GraphBuilder b = new io.dfloverlay.core.graph.GraphBuilder(10);
        for (int side = 0; side < 2; side++) for (int i = 0; i < 5; i++) for (int j = i + 1; j < 5; j++) b.addEdge(5 * side + i, 5 * side + j);
        OverlayMaintainer m = new OverlayMaintainer(b.build(), 4, RepairStrategies.byName("pairing"), new SplittableRandom(3));
        assertNull(OverlayInvariants.violation(m));
        assertEquals(4, m.initialization().edgesChanged(), "one switch: two edges out, two in");
    }
}
