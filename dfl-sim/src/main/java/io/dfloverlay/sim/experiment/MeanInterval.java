package io.dfloverlay.sim.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Sample mean with a two-sided Student t confidence interval: mean ± t(1 − α/2, n − 1) · s / √n,
 * with s the sample standard deviation (n − 1 in the denominator).
 *
 * @param n    the number of values
 * @param mean their mean (NaN when n = 0)
 * @param low  the interval's lower end (NaN when n is below 2)
 * @param high the interval's upper end (NaN when n is below 2)
 */
public record MeanInterval(int n, double mean, double low, double high) {
    /** The confidence level of every interval reported: 95%. */
    public static final double LEVEL = 0.95;

    /**
     * The mean and 95% t interval of {@code values}.
     *
     * @param values the sample (NaN values are not allowed)
     * @return the mean and interval
     * @throws IllegalArgumentException when a value is NaN
     */
    public static MeanInterval of(double[] values) {
        int n = values.length;
        if (n == 0) return new MeanInterval(0, Double.NaN, Double.NaN, Double.NaN);
        double sum = 0;
        for (double v : values) {
            if (Double.isNaN(v)) throw new IllegalArgumentException("NaN in a sample");
            sum += v;
        }
        double mean = sum / n;
        if (n < 2) return new MeanInterval(1, mean, Double.NaN, Double.NaN);
        double ss = 0;
        for (double v : values) ss += (v - mean) * (v - mean);
        double half = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2) * Math.sqrt(ss / (n - 1) / n);
        return new MeanInterval(n, mean, mean - half, mean + half);
    }

    /**
     * Half the interval's width.
     *
     * @return (high − low) / 2, NaN when there is no interval
     */
    public double halfWidth() {
        return (high - low) / 2;
    }
}
