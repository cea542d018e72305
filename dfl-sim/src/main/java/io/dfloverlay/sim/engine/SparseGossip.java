package io.dfloverlay.sim.engine;

import io.dfloverlay.core.mixing.MixingMatrix;
import java.nio.FloatBuffer;
import java.util.stream.IntStream;

/**
 * {@code out ← W·in} for row-major {@code [n × s]} float panels, over the CSR of W only.
 *
 * <p>Cache blocking: the columns are cut into chunks of about 256 KB across all n rows; a task
 * copies the chunk of every row into a heap scratch (one bulk copy), forms each output row as
 * Σ_j W_ij·in_j with tight float loops the JIT vectorizes, and writes it back. So every input
 * float is read from memory once instead of once per stored entry of its column (the
 * {@code nnz/n}-fold traffic of a row-by-row sparse product). Chunks run in parallel on the
 * common fork-join pool when asked; each output element is computed in the same order whatever the
 * schedule, so results are deterministic. Cost {@code O(nnz(W)·s)} flops, {@code O(n·s)} memory traffic.
 */
public final class SparseGossip {
    private static final int CHUNK_BYTES = 256 * 1024;
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[2][0]);

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
     * Mixes the panels {@code in[t] → out[t]} of widths {@code width[t]} (floats per row).
     *
     * @param in       input panels, row-major {@code [n, width[t]]}
     * @param out      output panels (distinct from the inputs)
     * @param width    floats per row of each panel
     * @param parallel whether to use the common fork-join pool
     */
    public void apply(FloatBuffer[] in, FloatBuffer[] out, int[] width, boolean parallel) {
        int tasks = 0;
        int[] chunk = new int[width.length];
        int[] firstTask = new int[width.length + 1];
        for (int t = 0; t < width.length; t++) {
            chunk[t] = Math.max(16, Math.min(width[t], CHUNK_BYTES / 4 / n));
            firstTask[t] = tasks;
            tasks += (width[t] + chunk[t] - 1) / chunk[t];
        }
        firstTask[width.length] = tasks;
        IntStream range = IntStream.range(0, tasks);
        (parallel ? range.parallel() : range).forEach(task -> {
            int t = 0;
            while (firstTask[t + 1] <= task) t++;
            int c0 = (task - firstTask[t]) * chunk[t];
            int len = Math.min(chunk[t], width[t] - c0);
            mixChunk(in[t], out[t], width[t], c0, len);
        });
    }

    private void mixChunk(FloatBuffer in, FloatBuffer out, int width, int c0, int len) {
        float[][] scratch = SCRATCH.get();
        if (scratch[0].length < n * len) scratch[0] = new float[n * len];
        if (scratch[1].length < len) scratch[1] = new float[len];
        float[] src = scratch[0];
        float[] acc = scratch[1];
        for (int j = 0; j < n; j++) in.get(j * width + c0, src, j * len, len);
        for (int i = 0; i < n; i++) {
            int k = rowStart[i], end = rowStart[i + 1];
            if (k == end) {
                java.util.Arrays.fill(acc, 0, len, 0f);
            } else {
                float w0 = vals[k];
                int b0 = cols[k++] * len;
                for (int e = 0; e < len; e++) acc[e] = w0 * src[b0 + e];
            }
            // four source rows per pass: one load/store of acc per four multiply-adds
            for (; k + 4 <= end; k += 4) {
                float w0 = vals[k], w1 = vals[k + 1], w2 = vals[k + 2], w3 = vals[k + 3];
                int b0 = cols[k] * len, b1 = cols[k + 1] * len, b2 = cols[k + 2] * len, b3 = cols[k + 3] * len;
                for (int e = 0; e < len; e++) acc[e] += w0 * src[b0 + e] + w1 * src[b1 + e] + w2 * src[b2 + e] + w3 * src[b3 + e];
            }
            for (; k < end; k++) {
                float w0 = vals[k];
                int b0 = cols[k] * len;
                for (int e = 0; e < len; e++) acc[e] += w0 * src[b0 + e];
            }
            out.put(i * width + c0, acc, 0, len);
        }
    }
}
