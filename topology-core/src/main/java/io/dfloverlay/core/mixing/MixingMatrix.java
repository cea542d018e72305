package io.dfloverlay.core.mixing;

import java.util.Arrays;

/**
 * An immutable sparse n × n gossip (mixing) matrix in CSR form: row {@code i} holds the weights
 * {@code W_ij} for its stored columns (diagonal included), columns strictly increasing.
 *
 * <p>Static schemes ({@link UniformWeights}, {@link MetropolisHastingsWeights}, …) give symmetric
 * doubly-stochastic matrices; per-round matrices of directed time-varying topologies may be
 * non-symmetric ({@link #isSymmetric}). {@link MixingMatrixValidator} checks the properties.
 * Thread-safe.
 */
public final class MixingMatrix {
    private final int[] rowOffsets;
    private final int[] columns;
    private final double[] values;

    /**
     * Wraps validated CSR arrays (copied). Columns must be in range and strictly increasing per row.
     *
     * @param rowOffsets row starts, length {@code n + 1}, from 0 to {@code columns.length}, non-decreasing
     * @param columns column of each stored entry, in {@code [0, n)}, strictly increasing within a row
     * @param values weight of each stored entry, finite, same length as {@code columns}
     * @throws IllegalArgumentException on malformed arrays, naming the row
     */
    public MixingMatrix(int[] rowOffsets, int[] columns, double[] values) {
        int n = rowOffsets.length - 1;
        if (n < 0 || rowOffsets[0] != 0 || rowOffsets[n] != columns.length || columns.length != values.length)
            throw new IllegalArgumentException("inconsistent CSR arrays");
        for (int i = 0; i < n; i++) {
            if (rowOffsets[i + 1] < rowOffsets[i]) throw new IllegalArgumentException("row offsets decrease at row " + i);
            for (int k = rowOffsets[i]; k < rowOffsets[i + 1]; k++) {
                int j = columns[k];
                if (j < 0 || j >= n) throw new IllegalArgumentException("column " + j + " out of range [0, " + n + ") in row " + i);
                if (k > rowOffsets[i] && columns[k - 1] >= j)
                    throw new IllegalArgumentException("columns of row " + i + " are not strictly increasing");
                if (!Double.isFinite(values[k])) throw new IllegalArgumentException("non-finite weight in row " + i);
            }
        }
        this.rowOffsets = rowOffsets.clone();
        this.columns = columns.clone();
        this.values = values.clone();
    }

    /** {@return the dimension {@code n}} */
    public int size() {
        return rowOffsets.length - 1;
    }

    /** {@return the number of stored entries (diagonal included)} */
    public int numStored() {
        return columns.length;
    }

    /**
     * First stored index of a row; row {@code i} spans {@code rowStart(i)..rowStart(i+1)-1}.
     *
     * @param i a row, {@code 0 <= i <= n}; {@code rowStart(n)} is {@link #numStored()}
     * @return the index of the row's first stored entry
     */
    public int rowStart(int i) {
        return rowOffsets[i];
    }

    /**
     * Column of a stored entry.
     *
     * @param k a stored-entry index, {@code 0 <= k < numStored()}
     * @return the column of entry {@code k}
     */
    public int column(int k) {
        return columns[k];
    }

    /**
     * Value of a stored entry.
     *
     * @param k a stored-entry index, {@code 0 <= k < numStored()}
     * @return the weight of entry {@code k}
     */
    public double value(int k) {
        return values[k];
    }

    /**
     * One entry; {@code O(log row length)}.
     *
     * @param i the row, {@code 0 <= i < n}
     * @param j the column, {@code 0 <= j < n}
     * @return {@code W_ij}, 0 when not stored
     */
    public double get(int i, int j) {
        int k = Arrays.binarySearch(columns, rowOffsets[i], rowOffsets[i + 1], j);
        return k >= 0 ? values[k] : 0.0;
    }

    /**
     * Computes {@code y = W x} in {@code O(numStored())}.
     *
     * @param x the input vector, length {@code n}
     * @param y receives the result, length {@code n}; must not be {@code x}
     */
    public void multiply(double[] x, double[] y) {
        int n = size();
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = rowOffsets[i], end = rowOffsets[i + 1]; k < end; k++) s += values[k] * x[columns[k]];
            y[i] = s;
        }
    }

    /** {@return whether {@code W_ij == W_ji} exactly for all stored entries} */
    public boolean isSymmetric() {
        int n = size();
        for (int i = 0; i < n; i++) {
            for (int k = rowOffsets[i]; k < rowOffsets[i + 1]; k++) {
                if (get(columns[k], i) != values[k]) return false;
            }
        }
        return true;
    }

    /**
     * Dense copy, for small n (tests, dense eigen-solvers); {@code 8n²} bytes.
     *
     * @return a fresh {@code n × n} array with {@code W_ij} at {@code [i][j]}
     */
    public double[][] toDense() {
        int n = size();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = rowOffsets[i]; k < rowOffsets[i + 1]; k++) d[i][columns[k]] = values[k];
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MixingMatrix m && Arrays.equals(rowOffsets, m.rowOffsets)
                && Arrays.equals(columns, m.columns) && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(columns) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MixingMatrix[n=" + size() + ", nnz=" + numStored() + "]";
    }
}
