package io.dfloverlay.sim.adversary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.topology.ParamException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each aggregator against an independent reference computation on random neighbourhoods (seeded;
 * the failing seed is in the test name and message).
 */
class AggregatorsTest {
    static LongStream seeds() {
        return LongStream.range(1, 61);
    }

    /** A random neighbourhood: self, messages and row-stochastic weights. */
    record Case(float[] self, float[][] messages, Neighbourhood nb) {
        static Case random(long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            int d = 1 + r.nextInt(9), p = 1 + r.nextInt(7);
            float[] self = vector(r, p);
            float[][] msgs = new float[d][];
            for (int k = 0; k < d; k++) msgs[k] = r.nextInt(4) == 0 ? scaled(vector(r, p), 100) : vector(r, p);
            double[] w = new double[d + 1];
            double sum = 0;
            for (int k = 0; k <= d; k++) sum += w[k] = r.nextDouble(0.1, 1);
            double[] nw = new double[d];
            int[] ids = new int[d];
            for (int k = 0; k < d; k++) {
                nw[k] = w[k + 1] / sum;
                ids[k] = k + 1;
            }
            return new Case(self, msgs, new Neighbourhood(0, ids, nw, w[0] / sum));
        }

        float[] run(Aggregator a) {
            float[] out = new float[self.length];
            a.aggregate(self, nb, messages, out);
            return out;
        }

        /** Coordinate c of self and every message. */
        List<Double> column(int c) {
            List<Double> v = new ArrayList<>();
            v.add((double) self[c]);
            for (float[] m : messages) v.add((double) m[c]);
            return v;
        }
    }

    private static float[] vector(SplittableRandom r, int p) {
        float[] v = new float[p];
        for (int c = 0; c < p; c++) v[c] = (float) r.nextGaussian();
        return v;
    }

    private static float[] scaled(float[] v, float s) {
        for (int c = 0; c < v.length; c++) v[c] *= s;
        return v;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void weightedMeanIsTheRowOfWTimesTheMessages(long seed) {
        Case k = Case.random(seed);
        float[] out = k.run(new WeightedMean());
        for (int c = 0; c < out.length; c++) {
            double ref = k.nb().selfWeight() * k.self()[c];
            for (int j = 0; j < k.messages().length; j++) ref += k.nb().weights()[j] * k.messages()[j][c];
            assertEquals(ref, out[c], 1e-4 * (1 + Math.abs(ref)), "seed " + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void medianMatchesCommonsMath(long seed) {
        Case k = Case.random(seed);
        float[] out = k.run(TrimmedMean.median());
        for (int c = 0; c < out.length; c++) {
            double ref = new Median().evaluate(k.column(c).stream().mapToDouble(Double::doubleValue).toArray());
            assertEquals(ref, out[c], 1e-4 * (1 + Math.abs(ref)), "seed " + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void trimmedMeanRemovesExtremesOneByOne(long seed) {
        Case k = Case.random(seed);
        int values = k.messages().length + 1;
        for (int b = 0; 2 * b < values; b++) {
            float[] out = k.run(TrimmedMean.trimming(b));
            for (int c = 0; c < out.length; c++) {
                List<Double> v = k.column(c);
                for (int t = 0; t < b; t++) {
                    v.remove(Collections.max(v));
                    v.remove(Collections.min(v));
                }
                double ref = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                assertEquals(ref, out[c], 1e-4 * (1 + Math.abs(ref)), "seed " + seed + ", b " + b);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void trimmedMeanStaysWithinTheHonestRangeWhenAtMostBValuesAreBad(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Case k = Case.random(seed);
        int values = k.messages().length + 1, b = (values - 1) / 2;
        List<Integer> bad = new ArrayList<>();
        for (int j = 0; j < k.messages().length && bad.size() < b; j++) if (r.nextBoolean()) bad.add(j);
        for (int j : bad) for (int c = 0; c < k.self().length; c++) k.messages()[j][c] = (float) (r.nextBoolean() ? 1e6 : -1e6);
        float[] out = k.run(TrimmedMean.trimming(b));
        for (int c = 0; c < out.length; c++) {
            double lo = k.self()[c], hi = k.self()[c];
            for (int j = 0; j < k.messages().length; j++) {
                if (bad.contains(j)) continue;
                lo = Math.min(lo, k.messages()[j][c]);
                hi = Math.max(hi, k.messages()[j][c]);
            }
            assertTrue(out[c] >= lo - 1e-4 && out[c] <= hi + 1e-4, "seed " + seed + ": " + out[c] + " outside [" + lo + ", " + hi + "]");
        }
    }

    /** Reference clipping in double: x + Σ w_j min(1, τ/‖z_j‖) z_j. */
    private static double[] clippedReference(Case k, double tau) {
        int p = k.self().length;
        double[] ref = new double[p];
        for (int c = 0; c < p; c++) ref[c] = k.self()[c];
        for (int j = 0; j < k.messages().length; j++) {
            double[] z = new double[p];
            double norm = 0;
            for (int c = 0; c < p; c++) {
                z[c] = k.messages()[j][c] - (double) k.self()[c];
                norm += z[c] * z[c];
            }
            norm = Math.sqrt(norm);
            double s = norm > tau ? tau / norm : 1;
            for (int c = 0; c < p; c++) ref[c] += k.nb().weights()[j] * s * z[c];
        }
        return ref;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fixedRadiusClippingMatchesTheFormulaAndBoundsEachNeighboursPull(long seed) {
        Case k = Case.random(seed);
        double tau = new SplittableRandom(seed ^ 99).nextDouble(0.1, 3);
        float[] out = k.run(new ClippedGossip(ClippingRadius.fixed(tau)));
        double[] ref = clippedReference(k, tau);
        double moved = 0;
        for (int c = 0; c < out.length; c++) {
            assertEquals(ref[c], out[c], 1e-4 * (1 + Math.abs(ref[c])), "seed " + seed);
            moved += (out[c] - k.self()[c]) * (double) (out[c] - k.self()[c]);
        }
        assertTrue(Math.sqrt(moved) <= k.nb().neighbourWeight() * tau * (1 + 1e-4) + 1e-5,
                "seed " + seed + ": moved " + Math.sqrt(moved) + " beyond sum_j W_ij tau");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void adaptiveRadiusIsTheSmallestThatClipsAtMostDeltaOfTheWeight(long seed) {
        Case k = Case.random(seed);
        double delta = new SplittableRandom(seed ^ 7).nextDouble(0, 0.99);
        int m = k.messages().length;
        double[] dist = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int c = 0; c < k.self().length; c++) s += Math.pow(k.messages()[j][c] - (double) k.self()[c], 2);
            dist[j] = Math.sqrt(s);
        }
        // brute force over the candidate radii: 0 and every distance
        double total = k.nb().neighbourWeight(), best = Double.POSITIVE_INFINITY;
        List<Double> candidates = new ArrayList<>(List.of(0.0));
        for (double d : dist) candidates.add(d);
        for (double t : candidates) {
            double beyond = 0;
            for (int j = 0; j < m; j++) if (dist[j] > t) beyond += k.nb().weights()[j];
            if (beyond <= delta * total * (1 + 1e-12)) best = Math.min(best, t);
        }
        double tau = ClippingRadius.adaptive(delta).radius(dist, k.nb().weights());
        assertEquals(best, tau, 1e-12, "seed " + seed);
        float[] out = k.run(new ClippedGossip(ClippingRadius.adaptive(delta)));
        double[] ref = clippedReference(k, best);
        for (int c = 0; c < out.length; c++) assertEquals(ref[c], out[c], 1e-4 * (1 + Math.abs(ref[c])), "seed " + seed);
    }

    @Test
    void adaptiveRadiusWithoutBudgetIsPlainGossip() {
        Case k = Case.random(3);
        float[] clipped = k.run(new ClippedGossip(ClippingRadius.adaptive(0)));
        float[] plain = k.run(new WeightedMean());
        for (int c = 0; c < plain.length; c++) assertEquals(plain[c], clipped[c], 1e-4 * (1 + Math.abs(plain[c])));
    }

    @Test
    void trimmingTooManyForTheDegreeNamesTheParameter() {
        var e = assertThrows(ParamException.class, () -> TrimmedMean.trimming(2).checkDegree(3));
        assertEquals("b", e.param());
        assertTrue(e.problem().contains("a node of degree 3 has only 4"), e.problem());
        TrimmedMean.trimming(2).checkDegree(4);
        TrimmedMean.median().checkDegree(1);
    }
}
