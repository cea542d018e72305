package io.dfloverlay.sim.engine.gpu;

import io.dfloverlay.core.mixing.MixingMatrix;

/**
 * The small set of device operations the {@link DeviceEngine} is written against: memory, copies,
 * strided-batched SGEMM, CSR sparse-times-dense, and the engine's custom kernels (see
 * {@code kernels.cu}; each kernel method here names its CUDA kernel). Offsets and counts are in
 * elements (floats, ints or doubles as the method says). Implementations: the CUDA device over
 * Java's FFM API, and {@link JavaDevice}, a plain-Java twin that mirrors every kernel line by line.
 * Operations are ordered: each sees the effects of the ones before it. Not thread-safe.
 */
public interface Device extends AutoCloseable {
    /**
     * One line naming the device.
     *
     * @return e.g. {@code NVIDIA H200 (sm_90, 141 GB, driver CUDA 13.0)}
     */
    String description();

    /**
     * Peak memory bandwidth in bytes per second as the device reports it, or 0 when unknown.
     *
     * @return bytes per second, or 0
     */
    double peakBandwidth();

    /**
     * Allocates zeroed memory.
     *
     * @param bytes size, at least 1
     * @return the buffer
     * @throws IllegalArgumentException if bytes is not positive
     */
    DeviceBuffer allocate(long bytes);

    /**
     * Copies floats host to device.
     *
     * @param src      host floats
     * @param srcIndex first float to copy
     * @param dst      device buffer
     * @param dstIndex first float written
     * @param count    floats to copy
     */
    void copyIn(float[] src, int srcIndex, DeviceBuffer dst, long dstIndex, int count);

    /**
     * Copies ints host to device.
     *
     * @param src      host ints
     * @param srcIndex first int to copy
     * @param dst      device buffer
     * @param dstIndex first int written
     * @param count    ints to copy
     */
    void copyIn(int[] src, int srcIndex, DeviceBuffer dst, long dstIndex, int count);

    /**
     * Copies floats device to host.
     *
     * @param src      device buffer
     * @param srcIndex first float read
     * @param dst      host floats
     * @param dstIndex first float written
     * @param count    floats to copy
     */
    void copyOut(DeviceBuffer src, long srcIndex, float[] dst, int dstIndex, int count);

    /**
     * Copies doubles device to host.
     *
     * @param src      device buffer
     * @param srcIndex first double read
     * @param dst      host doubles
     * @param dstIndex first double written
     * @param count    doubles to copy
     */
    void copyOut(DeviceBuffer src, long srcIndex, double[] dst, int dstIndex, int count);

    /**
     * Copies floats within device memory (ranges must not overlap).
     *
     * @param src      source buffer
     * @param srcIndex first float read
     * @param dst      destination buffer
     * @param dstIndex first float written
     * @param count    floats to copy
     */
    void copy(DeviceBuffer src, long srcIndex, DeviceBuffer dst, long dstIndex, long count);

    /**
     * Strided-batched SGEMM, column-major as in cuBLAS's {@code cublasSgemmStridedBatched}.
     *
     * @param shape transposes and sizes
     * @param alpha scale of the product
     * @param a     operand A
     * @param b     operand B
     * @param beta  scale of the old C
     * @param c     result C
     */
    void gemm(GemmShape shape, float alpha, GemmOperand a, GemmOperand b, float beta, GemmOperand c);

    /**
     * Uploads a square CSR matrix.
     *
     * @param rowStart n + 1 row offsets
     * @param cols     column of each stored entry
     * @param vals     value of each stored entry
     * @return the device copy
     */
    DeviceCsr uploadCsr(int[] rowStart, int[] cols, float[] vals);

    /**
     * Uploads a mixing matrix's CSR with float values.
     *
     * @param w the mixing matrix
     * @return the device copy
     */
    default DeviceCsr uploadCsr(MixingMatrix w) {
        int n = w.size();
        int[] rowStart = new int[n + 1];
        int[] cols = new int[w.numStored()];
        float[] vals = new float[w.numStored()];
        for (int i = 0; i <= n; i++) rowStart[i] = i < n ? w.rowStart(i) : w.numStored();
        for (int k = 0; k < cols.length; k++) {
            cols[k] = w.column(k);
            vals[k] = (float) w.value(k);
        }
        return uploadCsr(rowStart, cols, vals);
    }

    /**
     * {@code out ← W·in} for row-major {@code [n, width]} float panels (gossip); the CUDA device may
     * use cuSPARSE's SpMM or kernel {@code csr_gossip}.
     *
     * @param w     the n × n matrix
     * @param in    input panel (not aliased with out)
     * @param out   output panel
     * @param width floats per row
     */
    void csrGossip(DeviceCsr w, DeviceBuffer in, DeviceBuffer out, long width);

    /**
     * Kernel {@code gather_rows}: {@code dst[k, :] = src[idx[k], :]}.
     *
     * @param dst   floats [count, dim]
     * @param src   floats [rows, dim]
     * @param idx   ints [count]
     * @param count rows gathered
     * @param dim   floats per row
     */
    void gatherRows(DeviceBuffer dst, DeviceBuffer src, DeviceBuffer idx, int count, int dim);

    /**
     * Kernel {@code bias_act}: adds client i's bias ({@code x[i·stride + offset ..]}) to every row of
     * its slice of z {@code [rows, b, out]}, then ReLU if asked.
     *
     * @param z      floats [rows, b, out], updated
     * @param x      parameter block
     * @param offset bias offset within a client's parameters
     * @param stride floats per client in x
     * @param dims   rows (clients), b (examples per client), out (width)
     * @param relu   whether to apply ReLU
     */
    void biasActivation(DeviceBuffer z, DeviceBuffer x, long offset, long stride, int[] dims, boolean relu);

    /**
     * Kernel {@code softmax_xent_grad}: logits to {@code (softmax − onehot)/batch} in place.
     *
     * @param z      floats [rows, c], updated
     * @param labels ints, label of each example of the dataset
     * @param idx    ints [rows], dataset example of each row
     * @param lossEx floats [rows] receiving each row's cross-entropy, or null
     * @param rows   rows of z
     * @param c      classes
     * @param batch  examples per client (the divisor)
     */
    void softmaxCrossEntropyGrad(DeviceBuffer z, DeviceBuffer labels, DeviceBuffer idx, DeviceBuffer lossEx, int rows, int c,
            int batch);

    /**
     * Kernel {@code squared_grad}: predictions to {@code (z − y)/batch} in place.
     *
     * @param z       floats [rows], updated
     * @param targets floats, target of each example of the dataset
     * @param idx     ints [rows]
     * @param lossEx  floats [rows] receiving {@code (z − y)²}, or null
     * @param rows    rows of z
     * @param batch   examples per client
     */
    void squaredErrorGrad(DeviceBuffer z, DeviceBuffer targets, DeviceBuffer idx, DeviceBuffer lossEx, int rows, int batch);

    /**
     * Kernel {@code relu_mask}: {@code d ← d·[act > 0]}.
     *
     * @param d     floats, updated
     * @param act   post-ReLU activations
     * @param count elements
     */
    void reluMask(DeviceBuffer d, DeviceBuffer act, long count);

    /**
     * Kernel {@code bias_grad}: {@code g[i·stride + offset + j] = Σ_k dz[i, k, j]}.
     *
     * @param g      gradient block, updated
     * @param offset bias offset within a client's parameters
     * @param stride floats per client in g
     * @param dz     floats [rows, b, out]
     * @param dims   rows, b, out
     */
    void biasGradient(DeviceBuffer g, long offset, long stride, DeviceBuffer dz, int[] dims);

    /**
     * Kernel {@code sgd_step}: {@code g ← g + wd·x}; {@code v ← m·v + g; x ← x − lr·v} (or
     * {@code x ← x − lr·g} without v).
     *
     * @param x     parameters, updated
     * @param g     gradients (updated when wd ≠ 0)
     * @param v     velocity, or null
     * @param count elements
     * @param hyper lr, momentum, weight decay
     */
    void sgdStep(DeviceBuffer x, DeviceBuffer g, DeviceBuffer v, long count, float[] hyper);

    /**
     * Kernel {@code axpy}: {@code y ← y + a·x}.
     *
     * @param a     scale
     * @param x     input
     * @param y     output, updated
     * @param count elements
     */
    void axpy(float a, DeviceBuffer x, DeviceBuffer y, long count);

    /**
     * Kernel {@code column_mean}: column means of a row-major {@code [n, p]} float panel, summed in double.
     *
     * @param out floats [p]
     * @param x   floats [n, p]
     * @param n   rows
     * @param p   columns
     */
    void columnMean(DeviceBuffer out, DeviceBuffer x, int n, long p);

    /**
     * Kernel {@code column_sq_dev}: per column, the sum of squared deviations from its mean, in double.
     *
     * @param out doubles [p]
     * @param x   floats [n, p]
     * @param n   rows
     * @param p   columns
     */
    void columnSquaredDeviation(DeviceBuffer out, DeviceBuffer x, int n, long p);

    /**
     * Kernel {@code sum_chunks_f32}: sums of consecutive chunks of floats, in double.
     *
     * @param out   doubles [ceil(count/chunk)]
     * @param in    floats [count]
     * @param count elements
     * @param chunk elements per sum
     */
    void sumChunksF32(DeviceBuffer out, DeviceBuffer in, long count, int chunk);

    /**
     * Kernel {@code sum_chunks_f64}: sums of consecutive chunks of doubles.
     *
     * @param out   doubles [ceil(count/chunk)]
     * @param in    doubles [count]
     * @param count elements
     * @param chunk elements per sum
     */
    void sumChunksF64(DeviceBuffer out, DeviceBuffer in, long count, int chunk);

    /**
     * Kernel {@code eval_softmax}: per-example cross-entropy and correctness of logits
     * {@code [models, len, c]} for examples {@code start..start+len-1}.
     *
     * @param lossEx    floats [models·len]
     * @param correctEx floats [models·len], 1 or 0
     * @param z         logits, overwritten by probabilities
     * @param labels    ints, the dataset's labels
     * @param dims      start, len, models, c
     */
    void evalSoftmax(DeviceBuffer lossEx, DeviceBuffer correctEx, DeviceBuffer z, DeviceBuffer labels, int[] dims);

    /**
     * Kernel {@code eval_squared}: per-example half squared error of predictions {@code [models, len]}.
     *
     * @param lossEx  floats [models·len]
     * @param z       predictions
     * @param targets floats, the dataset's targets
     * @param dims    start, len, models
     */
    void evalSquared(DeviceBuffer lossEx, DeviceBuffer z, DeviceBuffer targets, int[] dims);

    /** Waits until all issued work is done (a no-op for the Java twin). */
    void synchronize();

    /** Frees every buffer and matrix still open, then the device's own resources. */
    @Override
    void close();
}
