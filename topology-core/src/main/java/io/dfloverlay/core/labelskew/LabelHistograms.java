package io.dfloverlay.core.labelskew;

import java.util.Arrays;

/**
 * The clients' label histograms: row i holds client i's example count (or any non-negative
 * weight) per class. A DFL system passes its own statistics; the simulator computes them from its
 * partition. Immutable (rows are copied in and out).
 */
public final class LabelHistograms {
    private final double[][] counts;

    /**
     * Validates and copies the histograms.
     *
     * @param counts one row per node, one column per class
     * @throws IllegalArgumentException if there are no rows, rows differ in length or have no class,
     *     a count is negative or not finite, or a row sums to zero (a node without data); the
     *     message names the row and column
     */
    public LabelHistograms(double[][] counts) {
        if (counts == null || counts.length == 0) throw new IllegalArgumentException("label histograms need at least one row");
        int k = counts[0] == null ? 0 : counts[0].length;
        if (k == 0) throw new IllegalArgumentException("label histograms need at least one class (row 0 is empty)");
        this.counts = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            double[] row = counts[i];
            if (row == null || row.length != k)
                throw new IllegalArgumentException("label histogram row " + i + " has " + (row == null ? 0 : row.length) + " classes, row 0 has " + k);
            double sum = 0;
            for (int c = 0; c < k; c++) {
                if (!Double.isFinite(row[c]) || row[c] < 0)
                    throw new IllegalArgumentException("label histogram row " + i + ", class " + c + ": count must be finite and >= 0, got " + row[c]);
                sum += row[c];
            }
            if (sum <= 0) throw new IllegalArgumentException("label histogram row " + i + " is all zeros (a node without data)");
            this.counts[i] = row.clone();
        }
    }

    /**
     * Histograms from integer counts.
     *
     * @param counts one row per node
     * @return the histograms
     * @throws IllegalArgumentException as {@link #LabelHistograms(double[][])}
     */
    public static LabelHistograms ofCounts(int[][] counts) {
        double[][] d = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) d[i] = Arrays.stream(counts[i]).asDoubleStream().toArray();
        return new LabelHistograms(d);
    }

    /**
     * Checks that there is one row per node.
     *
     * @param n the number of nodes
     * @return these histograms
     * @throws IllegalArgumentException {@code "label histograms have R rows, expected n = N"}
     */
    public LabelHistograms requireNodes(int n) {
        if (counts.length != n) throw new IllegalArgumentException("label histograms have " + counts.length + " rows, expected n = " + n);
        return this;
    }

    /** {@return the number of nodes (rows)} */
    public int numNodes() {
        return counts.length;
    }

    /** {@return the number of classes (columns)} */
    public int numClasses() {
        return counts[0].length;
    }

    /**
     * A node's counts.
     *
     * @param i the node
     * @return a copy of row i
     */
    public double[] counts(int i) {
        return counts[i].clone();
    }

    /**
     * Every node's label mix: row i divided by its sum.
     *
     * @return an n × K matrix whose rows sum to 1 (fresh arrays)
     */
    public double[][] proportions() {
        double[][] p = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            double s = 0;
            for (double c : counts[i]) s += c;
            p[i] = new double[counts[i].length];
            for (int c = 0; c < p[i].length; c++) p[i][c] = counts[i][c] / s;
        }
        return p;
    }

    /**
     * The global label mix as the nodes' average: the mean of the rows of {@link #proportions()}
     * (each node weighs the same, as in D-SGD's average of local objectives).
     *
     * @return K proportions summing to 1
     */
    public double[] globalMix() {
        double[][] p = proportions();
        double[] g = new double[numClasses()];
        for (double[] row : p) for (int c = 0; c < g.length; c++) g[c] += row[c] / p.length;
        return g;
    }
}
