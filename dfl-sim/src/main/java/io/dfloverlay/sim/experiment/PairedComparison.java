package io.dfloverlay.sim.experiment;

import org.apache.commons.math3.stat.inference.TTest;

/**
 * A cell against its reference cell on the same seeds: the mean of the per-seed differences
 * (cell − reference) with its 95% t interval, and the two-sided p-value of the paired t test.
 *
 * @param n          the number of seeds paired
 * @param difference the mean difference (cell − reference)
 * @param interval   the difference's mean and 95% t interval
 * @param p          two-sided p-value of the paired t test; NaN when n is below 2 or all differences are equal
 */
public record PairedComparison(int n, double difference, MeanInterval interval, double p) {
    /**
     * Compares paired samples.
     *
     * @param values    the cell's values
     * @param reference the reference cell's values on the same seeds, same order
     * @return the comparison
     * @throws IllegalArgumentException when the lengths differ
     */
    public static PairedComparison of(double[] values, double[] reference) {
        if (values.length != reference.length) throw new IllegalArgumentException("paired samples differ in length");
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) d[i] = values[i] - reference[i];
        MeanInterval mi = MeanInterval.of(d);
        boolean constant = true;
        for (double x : d) constant &= x == d[0];
        double p = d.length < 2 || constant ? Double.NaN : new TTest().pairedTTest(values, reference);
        return new PairedComparison(d.length, mi.mean(), mi, p);
    }
}
