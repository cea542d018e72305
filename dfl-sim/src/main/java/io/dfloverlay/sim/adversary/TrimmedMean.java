package io.dfloverlay.sim.adversary;

import io.dfloverlay.core.topology.ParamException;
import java.util.Arrays;

/**
 * Coordinate-wise trimmed mean over the closed neighbourhood: for every coordinate, the node's own
 * value and its {@code d} neighbours' values are sorted, the {@code b} smallest and {@code b}
 * largest dropped and the rest averaged (unweighted). The coordinate-wise median is the special
 * case {@code b = ⌊d/2⌋} ({@link #median()}: with d + 1 values the middle one, or the mean of the
 * middle two). Needs {@code 2b < d + 1}.
 */
public final class TrimmedMean implements Aggregator {
    private final String kind;
    private final int trim;

    private TrimmedMean(String kind, int trim) {
        this.kind = kind;
        this.trim = trim;
    }

    /**
     * Drops {@code b} values at each end of every coordinate.
     *
     * @param b values trimmed per side, at least 0
     * @return the rule
     * @throws IllegalArgumentException if {@code b} is negative
     */
    public static TrimmedMean trimming(int b) {
        if (b < 0) throw new IllegalArgumentException("b must be >= 0, got " + b);
        return new TrimmedMean("trimmed-mean", b);
    }

    /**
     * The coordinate-wise median of the closed neighbourhood.
     *
     * @return the rule
     */
    public static TrimmedMean median() {
        return new TrimmedMean("median", -1);
    }

    /** Values dropped at each end when {@code values} are sorted. */
    private int trimFor(int values) {
        return trim < 0 ? (values - 1) / 2 : trim;
    }

    @Override
    public void aggregate(float[] self, Neighbourhood nb, float[][] messages, float[] out) {
        int m = messages.length + 1;
        int b = trimFor(m);
        if (2 * b >= m) throw new IllegalStateException(kind + " with b = " + b + " at a node of degree " + (m - 1));
        float[] col = new float[m];
        for (int c = 0; c < self.length; c++) {
            col[0] = self[c];
            for (int k = 1; k < m; k++) col[k] = messages[k - 1][c];
            Arrays.sort(col);
            double s = 0;
            for (int k = b; k < m - b; k++) s += col[k];
            out[c] = (float) (s / (m - 2 * b));
        }
    }

    @Override
    public void checkDegree(int degree) {
        if (trim >= 0 && 2 * trim >= degree + 1)
            throw new ParamException(kind, "b", "trimming " + trim + " values from each end needs more than " + 2 * trim
                    + " values per coordinate, but a node of degree " + degree + " has only " + (degree + 1)
                    + " (itself and its neighbours); use b <= " + degree / 2);
    }
}
