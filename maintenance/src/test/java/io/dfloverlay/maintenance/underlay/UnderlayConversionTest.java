package io.dfloverlay.maintenance.underlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import io.dfloverlay.maintenance.OverlayInvariants;
import io.dfloverlay.maintenance.TestGraphs;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class UnderlayConversionTest {
    static LongStream seeds() {
        return LongStream.range(0, 50);
    }

    /** A 2-D grid (torus-free), a typical physical underlay with degrees 2..4. */
    private static Graph grid(int w, int h) {
        GraphBuilder b = new GraphBuilder(w * h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x + 1 < w) b.addEdge(y * w + x, y * w + x + 1);
                if (y + 1 < h) b.addEdge(y * w + x, (y + 1) * w + x);
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gridBecomesConnectedRegularOverlayReusingGridEdges(long seed) {
        Graph grid = grid(12, 10);
        UnderlayOverlay r = UnderlayConversion.convert(grid, 6, new SplittableRandom(seed));
        assertNull(OverlayInvariants.violation(r.overlay(), 6, true, true), "seed " + seed);
        assertTrue(r.overlay().isRegular(), "seed " + seed);
        // every node keeps all its <= 4 grid edges unless a takeover dropped one
        assertTrue(r.reusedEdges() >= grid.numEdges() - 10, "seed " + seed + ": reused " + r.reusedEdges());
        assertEquals(r.overlay().numEdges() - r.reusedEdges(), r.added().size(), "seed " + seed);
        assertTrue(r.lambda() > 0 && r.lambda() < 1, "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void denseUnderlayIsThinnedToDegreeD(long seed) {
        Graph dense = TestGraphs.randomRegular(40, 12, seed);
        UnderlayOverlay r = UnderlayConversion.convert(dense, 4, new SplittableRandom(seed));
        assertNull(OverlayInvariants.violation(r.overlay(), 4, true, true), "seed " + seed);
        assertTrue(r.reuseFraction() > 0.9, "seed " + seed + ": reuse " + r.reuseFraction());
    }

    @Test
    void emptyUnderlayGetsARandomOverlayAndOddCountLeavesOneShort() {
        UnderlayOverlay r = UnderlayConversion.convert(new GraphBuilder(15).build(), 3, new SplittableRandom(1));
        assertEquals(0, r.reusedEdges());
        assertEquals(0.0, r.reuseFraction());
        assertNull(OverlayInvariants.violation(r.overlay(), 3, true, true));
        assertEquals(22, r.overlay().numEdges(), "15*3 is odd: one node one short");
        assertThrows(IllegalArgumentException.class, () -> UnderlayConversion.convert(grid(2, 2), 1, new SplittableRandom(1)));
    }

    @Test
    void reuseCapTradesReuseForRandomEdges() {
        Graph grid = grid(20, 20);
        UnderlayOverlay full = UnderlayConversion.convert(grid, 8, new SplittableRandom(4));
        UnderlayOverlay capped = UnderlayConversion.convert(grid, 8, 2, new SplittableRandom(4));
        UnderlayOverlay none = UnderlayConversion.convert(grid, 8, 0, new SplittableRandom(4));
        assertNull(OverlayInvariants.violation(capped.overlay(), 8, true, true));
        assertTrue(capped.reusedEdges() < full.reusedEdges(), capped.reusedEdges() + " vs " + full.reusedEdges());
        assertTrue(capped.reusedEdges() >= 200, "a cap of 2 keeps at least n/2 edges greedily: " + capped.reusedEdges());
        assertTrue(none.reusedEdges() < capped.reusedEdges());
        assertThrows(IllegalArgumentException.class, () -> UnderlayConversion.convert(grid, 8, 9, new SplittableRandom(1)));
    }
}
