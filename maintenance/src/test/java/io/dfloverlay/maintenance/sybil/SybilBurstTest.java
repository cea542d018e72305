package io.dfloverlay.maintenance.sybil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.maintenance.strategy.CappedJoinRepair;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sybil bursts through the maintainer: capped joins never give an honest node a Sybil majority. */
class SybilBurstTest {
    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cappedJoinLeavesNoHonestNodeWithASybilMajority(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = 3 + r.nextInt(8), n = 40 + r.nextInt(80);
        if ((n * d) % 2 == 1) n++;
        Graph g = new RandomRegularGenerator(n, d).generate(r);
        int t = CappedJoinRepair.cap(d), k = 1 + r.nextInt(Math.max(1, n * t / d));
        SybilBurstOutcome o = SybilBurst.run(g, d, "capped-join", k, seed);
        String msg = "seed " + seed + ", n " + n + ", d " + d + ", k " + k + ": " + o;
        if (k <= n * t / (4 * d)) assertEquals(0, o.overflow(), "a quarter of the slot capacity always fits: " + msg);
        if (o.overflow() > 0) return; // beyond capacity the bound is not claimed
        assertEquals(0, o.captured(), msg);
        assertTrue(o.maxSybilShare() < 0.5, msg);
        assertTrue(o.maxSybilShare() * d <= CappedJoinRepair.cap(d) + d % 2 + 1e-9, "at most the cap (+1 parity link) of Sybil neighbours: " + msg);
    }

    @Test
    void cappedJoinConnectsABurstWithinItsCapacity() {
        Graph g = new RandomRegularGenerator(200, 8).generate(new SplittableRandom(3));
        // capacity about n*t/d = 200*3/8 = 75 joiners; 40 fit with room to spare
        SybilBurstOutcome o = SybilBurst.run(g, 8, "capped-join", 40, 3);
        assertEquals(0, o.overflow(), o.toString());
        assertEquals(0, o.captured(), o.toString());
    }

    @Test
    void uncappedPairingLetsALargeBurstCaptureSomeNeighbourhoods() {
        Graph g = new RandomRegularGenerator(200, 4).generate(new SplittableRandom(3));
        SybilBurstOutcome o = SybilBurst.run(g, 4, "pairing", 200, 3);
        assertTrue(o.captured() > 0, "with as many Sybils as honest nodes some honest node has a Sybil majority: " + o);
    }
}
