package io.dfloverlay.sim.engine;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.model.Loss;
import io.dfloverlay.sim.model.ModelSpec;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Minibatch gradients of every client, one client per work item of a {@link WorkerPool}: layer l
 * forward is {@code Z = A·W_l + b_l} (one single-threaded {@code cblas_sgemm} with the bias rows as
 * {@code C}, β = 1), ReLU between layers, softmax cross-entropy or half squared error at the output;
 * backward {@code dA = dZ·W_lᵀ} masked by the ReLU, {@code dW_l = Aᵀ·dZ} written straight into the
 * client's slice of the gradient block, {@code db_l = Σ_batch dZ}; or, for an in-place plain SGD
 * step ({@link #step}), {@code W_l ← W_l − lr·Aᵀ·dZ} in the same SGEMM and {@code b_l ← b_l − lr·db_l}. The element-wise parts are
 * plain Java loops over native scratch ({@link ClientScratch}). A client's result depends only on
 * its own inputs, never on the thread or the number of threads, so gradients are bit-identical for
 * any pool size. Reusable: {@link #run} sets the inputs, so a round allocates nothing.
 */
final class BlasGradients implements WorkerPool.Task {
    private final WorkerPool pool;
    private ClientScratch[] scratch;
    private Nd4jParameterBlock x, grad;
    private FloatPointer[][] xPointers, gradPointers;
    private Nd4jData data;
    private int[] batch;
    private int b;
    private float[] lossOut;
    /** Whether this pass applies the step in place ({@link #step}) rather than writing {@code grad}. */
    private boolean inPlace;
    private float lr;
    /** The profile's clock, or null when not profiling. */
    PhaseClock clock;

    BlasGradients(WorkerPool pool) {
        this.pool = pool;
        this.scratch = new ClientScratch[pool.threads()];
    }

    /** Gradients of all rows of {@code x} on their minibatches into {@code grad}; per-client losses into {@code lossOut} if non-null. */
    void run(Nd4jParameterBlock x, Nd4jData data, int[] batch, int b, Nd4jParameterBlock grad, float[] lossOut) {
        dispatch(x, data, batch, b, grad, 0f, lossOut);
    }

    /**
     * The plain SGD step {@code x ← x − lr·∇} of all rows of {@code x} on their minibatches, applied
     * as each gradient is formed: {@code W ← W − lr·Aᵀ·dZ} is one SGEMM with {@code α = −lr},
     * {@code β = 1} on the client's own slice of x (after {@code dA = dZ·Wᵀ} has used the old W), and
     * the bias gets {@code b − lr·Σ dZ}; no gradient block is written or read.
     */
    void step(Nd4jParameterBlock x, Nd4jData data, int[] batch, int b, float lr) {
        dispatch(x, data, batch, b, null, lr, null);
    }

    private void dispatch(Nd4jParameterBlock x, Nd4jData data, int[] batch, int b, Nd4jParameterBlock grad, float lr, float[] lossOut) {
        ModelSpec m = x.model();
        int n = x.rows();
        if (b < 1) throw new IllegalArgumentException("batch size must be >= 1, got " + b);
        if (batch.length != (long) n * b) throw new IllegalArgumentException("batch has " + batch.length + " indices, expected n*b=" + (long) n * b);
        if (data.dim != m.inputColumns()) throw new IllegalArgumentException("data has " + data.dim + " features, model expects " + m.inputColumns());
        if (lossOut != null && lossOut.length < n) throw new IllegalArgumentException("loss array holds " + lossOut.length + " values, need " + n);
        for (int k = 0; k < batch.length; k++)
            if (batch[k] < 0 || batch[k] >= data.rows) throw new IndexOutOfBoundsException("example " + batch[k] + " not in [0, " + data.rows + ")");
        int slots = pool.threads();
        for (int s = 0; s < slots; s++) if (scratch[s] == null || !scratch[s].fits(m, b)) scratch[s] = new ClientScratch(m, b);
        this.x = x;
        this.grad = grad;
        this.xPointers = x.pointers(slots);
        this.gradPointers = grad == null ? null : grad.pointers(slots);
        this.inPlace = grad == null;
        this.lr = lr;
        this.data = data;
        this.batch = batch;
        this.b = b;
        this.lossOut = lossOut;
        try {
            pool.run(n, this);
        } finally {
            this.x = this.grad = null;
            this.inPlace = false;
            this.xPointers = this.gradPointers = null;
            this.data = null;
            this.batch = null;
            this.lossOut = null;
        }
    }

    @Override
    public void run(int i, int slot) {
        ClientScratch s = scratch[slot];
        ModelSpec m = x.model();
        int layers = m.numLayers();
        FloatPointer[] xp = xPointers[slot], gp = inPlace ? null : gradPointers[slot];
        long t = clock == null ? 0 : PhaseClock.now();
        gatherInput(m, s.actBuf[0], i);
        t = lap(slot, CpuPhase.GATHER, t);
        for (int l = 0; l < layers; l++) {
            int fin = m.in(l), fout = m.out(l);
            FloatBuffer z = s.actBuf[l + 1];
            FloatBuffer bias = x.buffers[2 * l + 1];
            for (int k = 0; k < b; k++) z.put(k * fout, bias, i * fout, fout);
            t = lap(slot, CpuPhase.FORWARD_ELEMENTWISE, t);
            FloatPointer w = xp[2 * l].position((long) i * fin * fout);
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, b, fout, fin, 1f, s.act[l], fin, w, fout, 1f, s.act[l + 1], fout);
            t = lap(slot, CpuPhase.FORWARD_GEMM, t);
            if (l < layers - 1) {
                relu(z, s.work, b * fout);
                t = lap(slot, CpuPhase.FORWARD_ELEMENTWISE, t);
            }
        }
        float loss = outputDelta(m, s.actBuf[layers], s.deltaBuf[0], data.dataset(), i);
        if (lossOut != null) lossOut[i] = loss;
        t = lap(slot, CpuPhase.LOSS, t);
        int cur = 0;
        for (int l = layers - 1; l >= 0; l--) {
            int fin = m.in(l), fout = m.out(l);
            FloatPointer dz = s.delta[cur];
            FloatBuffer dzBuf = s.deltaBuf[cur];
            FloatPointer w = xp[2 * l].position((long) i * fin * fout);
            if (l > 0) { // dA with the old W, before an in-place step changes it
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, b, fin, fout, 1f, dz, fout, w, fout, 0f, s.delta[1 - cur], fin);
                t = lap(slot, CpuPhase.BACKWARD_GEMM, t);
            }
            if (!inPlace) {
                FloatPointer gw = gp[2 * l].position((long) i * fin * fout);
                cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, fin, fout, b, 1f, s.act[l], fin, dz, fout, 0f, gw, fout);
            } else {
                cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, fin, fout, b, -lr, s.act[l], fin, dz, fout, 1f, w, fout);
            }
            t = lap(slot, CpuPhase.BACKWARD_GEMM, t);
            columnSums(dzBuf, s.work, s.columnSums, b, fout);
            if (!inPlace) grad.buffers[2 * l + 1].put(i * fout, s.columnSums, 0, fout);
            else biasStep(x.buffers[2 * l + 1], i * fout, s.columnSums, s.work, fout, lr);
            if (l > 0) {
                reluMask(s.deltaBuf[1 - cur], s.actBuf[l], s.work, s.mask, b * fin);
                cur = 1 - cur;
            }
            t = lap(slot, CpuPhase.BACKWARD_ELEMENTWISE, t);
        }
    }

    /** {@code z ← max(z, 0)} on the first {@code len} floats (NaN and −0 become 0), through the heap copy {@code work}. */
    private static void relu(FloatBuffer z, float[] work, int len) {
        z.get(0, work, 0, len);
        for (int e = 0; e < len; e++) work[e] = work[e] > 0f ? work[e] : 0f;
        z.put(0, work, 0, len);
    }

    /** {@code da ← 0} where {@code a} is not positive, on the first {@code len} floats, through heap copies. */
    private static void reluMask(FloatBuffer da, FloatBuffer a, float[] work, float[] mask, int len) {
        da.get(0, work, 0, len);
        a.get(0, mask, 0, len);
        for (int e = 0; e < len; e++) work[e] = mask[e] > 0f ? work[e] : 0f;
        da.put(0, work, 0, len);
    }

    /** {@code sums[c] ← Σ_k dz[k·width + c]}, summed from 0f in row order k = 0, 1, … for every column. */
    private static void columnSums(FloatBuffer dz, float[] work, float[] sums, int rows, int width) {
        dz.get(0, work, 0, rows * width);
        java.util.Arrays.fill(sums, 0, width, 0f);
        for (int k = 0; k < rows; k++)
            for (int c = 0, off = k * width; c < width; c++) sums[c] += work[off + c];
    }

    /** {@code bias[from ..+len) ← bias − lr·g}, in the same float arithmetic as the engine's SGD step. */
    private static void biasStep(FloatBuffer bias, int from, float[] g, float[] work, int len, float lr) {
        bias.get(from, work, 0, len);
        for (int c = 0; c < len; c++) work[c] = work[c] - lr * g[c];
        bias.put(from, work, 0, len);
    }

    /** Charges the time since {@code since} to {@code phase} when profiling; returns the new mark. */
    private long lap(int slot, CpuPhase phase, long since) {
        if (clock == null) return 0;
        long now = PhaseClock.now();
        clock.add(slot, phase, now - since);
        return now;
    }

    /**
     * The minibatch rows of client {@code i} as the first layer's input: the feature rows as they are,
     * or, for a token-coded model ({@link ModelSpec#vocabulary()} &gt; 0), each row's tokens expanded to
     * concatenated one-hot blocks of the vocabulary's width ({@link Nd4jData#putOneHot}, shared with the ND4J path).
     */
    private void gatherInput(ModelSpec m, FloatBuffer in, int i) {
        int dim = data.dim;
        if (m.vocabulary() == 0) {
            for (int k = 0; k < b; k++) in.put(k * dim, data.featureBuffer, batch[i * b + k] * dim, dim);
            return;
        }
        int width = m.in(0);
        for (int e = 0, len = b * width; e < len; e++) in.put(e, 0f);
        for (int k = 0; k < b; k++) data.putOneHot(m, batch[i * b + k], in, k * width);
    }

    /** Writes dLoss/dZ of the output layer of client {@code i} into {@code dz} and returns its mean minibatch loss. */
    private float outputDelta(ModelSpec m, FloatBuffer out, FloatBuffer dz, Dataset ds, int i) {
        int c = m.out(m.numLayers() - 1);
        float invB = 1f / b;
        double loss = 0;
        if (m.loss() == Loss.SQUARED) {
            for (int k = 0; k < b; k++) {
                float diff = out.get(k) - ds.targets()[batch[i * b + k]];
                loss += (double) diff * diff;
                dz.put(k, diff * invB);
            }
            return (float) (0.5 * loss / b);
        }
        int[] labels = ds.labels();
        for (int k = 0; k < b; k++) {
            int row = k * c;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < c; j++) max = Math.max(max, out.get(row + j));
            float sum = 0f;
            for (int j = 0; j < c; j++) {
                float e = (float) Math.exp(out.get(row + j) - max);
                dz.put(row + j, e);
                sum += e;
            }
            float inv = 1f / sum;
            int y = labels[batch[i * b + k]];
            for (int j = 0; j < c; j++) {
                float p = dz.get(row + j) * inv;
                if (j == y) loss -= Math.log(Math.max(p, 1e-30f));
                dz.put(row + j, ((j == y ? p - 1f : p)) * invB);
            }
        }
        return (float) (loss / b);
    }
}
