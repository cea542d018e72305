package io.dfloverlay.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StatisticsTest {
    /** Two-sided 95% Student t quantiles t(0.975, df) for df = 1..9, from a printed table. */
    private static final double[] T_TABLE = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262};

    @Test
    void textbookIntervalOfOneToFive() {
        // mean 3, s = sqrt(2.5), half-width t(0.975, 4) s / sqrt(5) = 2.776 * 0.7071 = 1.963
        MeanInterval mi = MeanInterval.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(5, mi.n());
        assertEquals(3.0, mi.mean(), 1e-12);
        assertEquals(1.963, mi.halfWidth(), 1e-3);
        assertEquals(3 - 1.963, mi.low(), 1e-3);
    }

    @Test
    void pairedTestAtTheCriticalValueHasPFiveHundredths() {
        // differences d_i = i - 3 + m with m chosen so that t = m / (s / sqrt 5) = t(0.975, 4): p = 0.05, CI touches 0
        double m = 2.776445 * Math.sqrt(2.5) / Math.sqrt(5);
        double[] a = new double[5], b = new double[5];
        for (int i = 0; i < 5; i++) {
            b[i] = 10 + i * i;
            a[i] = b[i] + (i + 1) - 3 + m;
        }
        PairedComparison pc = PairedComparison.of(a, b);
        assertEquals(5, pc.n());
        assertEquals(m, pc.difference(), 1e-12);
        assertEquals(0.05, pc.p(), 1e-5);
        assertEquals(0.0, pc.interval().low(), 1e-5);
    }

    @Test
    void degenerateSamples() {
        assertTrue(Double.isNaN(MeanInterval.of(new double[0]).mean()));
        MeanInterval one = MeanInterval.of(new double[] {4});
        assertEquals(4, one.mean());
        assertTrue(Double.isNaN(one.halfWidth()));
        assertTrue(Double.isNaN(PairedComparison.of(new double[] {1, 2}, new double[] {0, 1}).p()), "constant differences have no p");
    }

    static long[] seeds() {
        return new SplittableRandom(17).longs(100).toArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void intervalMatchesTheTableFormula(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 2 + r.nextInt(9);
        double[] x = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) sum += x[i] = r.nextGaussian() * (1 + r.nextInt(100)) + r.nextInt(1000);
        double mean = sum / n, ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        double half = T_TABLE[n - 2] * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        MeanInterval mi = MeanInterval.of(x);
        assertEquals(mean, mi.mean(), 1e-9 * Math.abs(mean) + 1e-9, "seed " + seed);
        assertEquals(half, mi.halfWidth(), 2e-3 * half, "seed " + seed);
        assertEquals(mi.mean(), (mi.low() + mi.high()) / 2, 1e-9 * (1 + Math.abs(mean)), "seed " + seed);
    }
}
