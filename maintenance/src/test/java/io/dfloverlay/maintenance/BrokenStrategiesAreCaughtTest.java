package io.dfloverlay.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import io.dfloverlay.maintenance.strategy.NoRepair;
import io.dfloverlay.maintenance.strategy.PairingRepair;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The repair contract's oracles catch deliberately broken strategies: {@link OverlayInvariants}
 * (degree bound, regularity up to one node one short, connectivity) on hand-built overlays and in
 * the seeded churn sequences of {@link ChurnSequenceChecker}, and {@link MutableOverlay} for edges
 * a simple degree-bounded overlay cannot hold (self-loops, duplicates, a node past {@code d}).
 */
class BrokenStrategiesAreCaughtTest {
    private static final int SEEDS = 2_000;

    @Test
    void oracleNamesEachViolatedInvariantOfAHandBuiltOverlay() {
        assertTrue(OverlayInvariants.violation(FixtureGraphs.star(6), 3, false, false).contains("degree 5 > d=3"));
        // a 6-cycle under d = 3: every node one short
        assertTrue(OverlayInvariants.violation(FixtureGraphs.ring(6), 3, true, false).contains("more than one node is one short"));
        // under d = 4 a node of degree 2 is two short
        assertTrue(OverlayInvariants.violation(FixtureGraphs.ring(6), 4, true, false).contains("has degree 2 < 3"));
        String cut = OverlayInvariants.violation(twoCopiesOfK4(), 3, true, true);
        assertTrue(cut.contains("disconnected: 2 components"), cut);
        assertNull(OverlayInvariants.violation(twoCopiesOfK4(), 3, true, false));
        assertNull(OverlayInvariants.violation(FixtureGraphs.ring(6), 2, true, true));
        assertNull(OverlayInvariants.violation(FixtureGraphs.complete(3), 5, true, true), "m <= d: the complete graph is the target");
        assertNull(OverlayInvariants.violation(FixtureGraphs.ring(6), 3, false, true), "short nodes allowed when regularity is not required");
    }

    @Test
    void anOverlayCannotHoldASelfLoopOrADuplicateEdge() {
        // the oracle checks a Graph snapshot, which is simple by construction
        assertThrows(IllegalArgumentException.class, () -> new GraphBuilder(3).addEdge(1, 1));
        GraphBuilder dup = new GraphBuilder(3);
        dup.addEdge(0, 1);
        dup.addEdge(1, 0);
        assertThrows(IllegalArgumentException.class, dup::build);
    }

    @Test
    void strategiesThatAddASelfLoopADuplicateOrAnEdgePastTheDegreeBoundAreRefused() {
        assertRefused(() -> new Broken(false, false, (ctx, orphans) -> ctx.link(orphans[0], orphans[0])), "self-loop");
        assertRefused(() -> new Broken(false, false, (ctx, orphans) -> ctx.link(orphans[0], ctx.overlay().neighbor(orphans[0], 0))),
                "duplicate edge");
        assertRefused(() -> new Broken(false, false, BrokenStrategiesAreCaughtTest::linkPastDegreeBound), "would exceed degree");
    }

    @Test
    void aStrategyThatLeavesTwoNodesShortIsCaughtAtItsFirstEvent() {
        String message = firstCaught(() -> new Broken(true, true, BrokenStrategiesAreCaughtTest::dropOneEdge), "drops-one-edge");
        assertTrue(message.contains("seed=0 ") && message.contains("event 0"), message);
        assertTrue(message.contains("more than one node is one short"), message);
    }

    @Test
    void aStrategyThatNeverRepairsIsCaught() {
        String message = firstCaught(NoRepair::new, "none");
        assertTrue(message.contains("short") || message.contains("disconnected"), message);
    }

    @Test
    void pairingWithoutItsConnectivityGuardIsCaughtDisconnecting() {
        String message = firstCaughtMatching(() -> new PairingRepair(false), "pairing-unguarded", "disconnected");
        assertTrue(message.contains("seed="), message);
    }

    /** The first seeded sequence whose checks fail, as its message; fails if none of {@value #SEEDS} does. */
    private static String firstCaught(Supplier<RepairStrategy> strategy, String name) {
        return firstCaughtMatching(strategy, name, "");
    }

    private static String firstCaughtMatching(Supplier<RepairStrategy> strategy, String name, String needle) {
        for (long seed = 0; seed < SEEDS; seed++) {
            try {
                ChurnSequenceChecker.run(strategy, name, seed, 48, false, true);
            } catch (AssertionFailedError e) {
                if (e.getMessage().contains(needle)) return e.getMessage();
            }
        }
        throw new AssertionFailedError("broken strategy " + name + " passed " + SEEDS + " churn sequences");
    }

    private static void assertRefused(Supplier<RepairStrategy> strategy, String reason) {
        OverlayMaintainer m = new OverlayMaintainer(TestGraphs.randomRegular(12, 4, 1), 4, strategy.get(), new SplittableRandom(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.fail(0));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    /** What a broken strategy does after a removal. */
    private interface RemovalRule {
        void apply(RepairContext ctx, int[] orphans);
    }

    /**
     * A deliberately broken strategy: pairing's repair first when {@code repairFirst}, then {@code rule}
     * after every removal (and after every join when {@code alsoOnJoin}).
     */
    private static final class Broken extends PairingRepair {
        private final boolean repairFirst;
        private final boolean alsoOnJoin;
        private final RemovalRule rule;

        Broken(boolean repairFirst, boolean alsoOnJoin, RemovalRule rule) {
            this.repairFirst = repairFirst;
            this.alsoOnJoin = alsoOnJoin;
            this.rule = rule;
        }

        @Override
        public void attach(RepairContext ctx) {
            if (repairFirst) super.attach(ctx);
        }

        @Override
        public void afterRemoval(RepairContext ctx, int[] removed, int[] orphans, boolean graceful) {
            if (repairFirst) super.afterRemoval(ctx, removed, orphans, graceful);
            rule.apply(ctx, orphans);
        }

        @Override
        public void afterJoin(RepairContext ctx, int node) {
            if (repairFirst) super.afterJoin(ctx, node);
            if (alsoOnJoin) rule.apply(ctx, new int[] {node});
        }
    }

    /** Drops one edge between two nodes of full degree. */
    private static void dropOneEdge(RepairContext ctx, int[] orphans) {
        MutableOverlay o = ctx.overlay();
        int target = ctx.targetDegree();
        for (int i = 0; i < o.numAlive(); i++) {
            int u = o.aliveAt(i);
            if (o.degree(u) != target) continue;
            for (int k = 0; k < o.degree(u); k++) {
                int v = o.neighbor(u, k);
                if (o.degree(v) == target) {
                    ctx.unlink(u, v);
                    return;
                }
            }
        }
    }

    /** Links the first orphan to a non-neighbour that already has degree {@code d}. */
    private static void linkPastDegreeBound(RepairContext ctx, int[] orphans) {
        MutableOverlay o = ctx.overlay();
        int u = orphans[0];
        for (int i = 0; i < o.numAlive(); i++) {
            int v = o.aliveAt(i);
            if (v != u && o.degree(v) == o.d() && !o.hasEdge(u, v)) {
                ctx.link(u, v);
                return;
            }
        }
        throw new AssertionFailedError("test setup: no full non-neighbour found");
    }

    private static Graph twoCopiesOfK4() {
        GraphBuilder b = new GraphBuilder(8);
        for (int base = 0; base < 8; base += 4)
            for (int u = 0; u < 4; u++) for (int v = u + 1; v < 4; v++) b.addEdge(base + u, base + v);
        Graph g = b.build();
        assertEquals(8, g.numNodes());
        assertNotNull(g);
        return g;
    }
}
