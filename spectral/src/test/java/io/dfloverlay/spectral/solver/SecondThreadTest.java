package io.dfloverlay.spectral.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The persistent helper runs its half exactly once per call, hands failures back, and serves concurrent callers. */
class SecondThreadTest {
    /** Fills {@code out[i] = f(i)} in two halves through the helper. */
    private static void fillBeside(double[] out, int round) {
        int mid = out.length / 2;
        SecondThread.shared().runBeside(() -> {
            for (int i = 0; i < mid; i++) out[i] = round * 1000.0 + i;
        }, () -> {
            for (int i = mid; i < out.length; i++) out[i] = round * 1000.0 + i;
        });
    }

    private static double[] expected(int length, int round) {
        return IntStream.range(0, length).mapToDouble(i -> round * 1000.0 + i).toArray();
    }

    @Test
    void everyCallSeesBothHalvesDone() {
        double[] out = new double[101];
        for (int round = 0; round < 20_000; round++) {
            fillBeside(out, round);
            assertArrayEquals(expected(out.length, round), out, "round " + round);
        }
    }

    @Test
    void failuresOfEitherHalfReachTheCallerAndTheHelperStaysUsable() {
        IllegalStateException theirs = new IllegalStateException("helper half");
        assertSame(theirs, assertThrows(IllegalStateException.class, () -> SecondThread.shared().runBeside(() -> {}, () -> {
            throw theirs;
        })));
        IllegalArgumentException mine = new IllegalArgumentException("caller half");
        int[] helperRan = new int[1];
        assertSame(mine, assertThrows(IllegalArgumentException.class, () -> SecondThread.shared().runBeside(() -> {
            throw mine;
        }, () -> helperRan[0]++)));
        assertEquals(1, helperRan[0], "the helper's half still ran once");
        double[] out = new double[10];
        fillBeside(out, 3);
        assertArrayEquals(expected(10, 3), out);
    }

    @Test
    void concurrentCallersEachGetTheirOwnResult() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?>[] runs = new Future<?>[3];
            for (int t = 0; t < runs.length; t++) {
                int offset = t * 100_000;
                runs[t] = pool.submit(() -> {
                    double[] out = new double[57];
                    for (int round = 0; round < 5_000; round++) {
                        fillBeside(out, offset + round);
                        assertArrayEquals(expected(out.length, offset + round), out, "round " + (offset + round));
                    }
                });
            }
            for (Future<?> f : runs) f.get();
        } finally {
            pool.shutdownNow();
        }
    }
}
