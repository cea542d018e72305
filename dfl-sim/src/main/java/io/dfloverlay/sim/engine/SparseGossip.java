package io.dfloverlay.sim.engine;

import io.dfloverlay.core.mixing.MixingMatrix;
import java.nio.FloatBuffer;

/**
 * The CSR of a mixing matrix W in float32, and the mixing kernel for one column chunk: given the
 * chunk {@code [c0, c0+len)} of every row of an {@code [n × s]} panel copied to heap arrays, it forms
 * each output row's chunk as {@code Σ_j W_ij·in_j} with tight float loops the JIT vectorizes and
 * writes it to the output panel. Callers ({@link PanelSweep}) cut the columns into chunks of a few
 * hundred KB across all n rows, so every input float is read from memory once instead of once per
 * stored entry of its column (the {@code nnz/n}-fold traffic of a row-by-row sparse product). Each
 * output element is summed in CSR order whatever the chunking or the thread, so results are
 * deterministic and independent of the thread count. Cost {@code O(nnz(W)·s)} flops,
 * {@code O(n·s)} memory traffic. Immutable after construction; {@link #mixChunk} is thread-safe
 * given distinct scratch arrays.
 */
final class SparseGossip {
    private final int n;
    private final int[] rowStart;
    private final int[] cols;
    private final float[] vals;

    /**
     * The gossip of {@code w}, copied into float CSR arrays.
     *
     * @param w the mixing matrix
     */
    public SparseGossip(MixingMatrix w) {
        n = w.size();
        rowStart = new int[n + 1];
        cols = new int[w.numStored()];
        vals = new float[w.numStored()];
        for (int i = 0; i <= n; i++) rowStart[i] = i < n ? w.rowStart(i) : w.numStored();
        for (int k = 0; k < cols.length; k++) {
            cols[k] = w.column(k);
            vals[k] = (float) w.value(k);
        }
    }

    int size() {
        return n;
    }

    /**
     * Output rows' chunk {@code out[i·width + c0 ..+len) ← Σ_j W_ij·rows[j][0 ..len)}. The input rows
     * are separate arrays so that each inner loop indexes every array at the same position, which
     * the JIT vectorizes (one array at several invariant offsets it does not).
     *
     * @param rows the chunk of every input row, at least {@code len} floats each
     * @param acc  scratch of at least {@code len} floats
     */
    void mixChunk(float[][] rows, int len, float[] acc, FloatBuffer out, int width, int c0) {
        for (int i = 0; i < n; i++) {
            int k = rowStart[i], end = rowStart[i + 1];
            if (k == end) {
                java.util.Arrays.fill(acc, 0, len, 0f);
            } else {
                float w0 = vals[k];
                float[] s0 = rows[cols[k++]];
                for (int e = 0; e < len; e++) acc[e] = w0 * s0[e];
            }
            // four source rows per pass: one load/store of acc per four multiply-adds
            for (; k + 4 <= end; k += 4) {
                float w0 = vals[k], w1 = vals[k + 1], w2 = vals[k + 2], w3 = vals[k + 3];
                float[] s0 = rows[cols[k]], s1 = rows[cols[k + 1]], s2 = rows[cols[k + 2]], s3 = rows[cols[k + 3]];
                for (int e = 0; e < len; e++) acc[e] += w0 * s0[e] + w1 * s1[e] + w2 * s2[e] + w3 * s3[e];
            }
            for (; k < end; k++) {
                float w0 = vals[k];
                float[] s0 = rows[cols[k]];
                for (int e = 0; e < len; e++) acc[e] += w0 * s0[e];
            }
            out.put(i * width + c0, acc, 0, len);
        }
    }
}
