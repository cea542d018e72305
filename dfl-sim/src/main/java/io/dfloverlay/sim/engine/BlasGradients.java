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
 * backward {@code dW_l = Aᵀ·dZ} written straight into the client's slice of the gradient block,
 * {@code db_l = Σ_batch dZ}, {@code dA = dZ·W_lᵀ} masked by the ReLU. The element-wise parts are
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
    /** The profile's clock, or null when not profiling. */
    PhaseClock clock;

    BlasGradients(WorkerPool pool) {
        this.pool = pool;
        this.scratch = new ClientScratch[pool.threads()];
    }

    /** Gradients of all rows of {@code x} on their minibatches into {@code grad}; per-client losses into {@code lossOut} if non-null. */
    void run(Nd4jParameterBlock x, Nd4jData data, int[] batch, int b, Nd4jParameterBlock grad, float[] lossOut) {
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
        this.gradPointers = grad.pointers(slots);
        this.data = data;
        this.batch = batch;
        this.b = b;
        this.lossOut = lossOut;
        try {
            pool.run(n, this);
        } finally {
            this.x = this.grad = null;
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
        FloatPointer[] xp = xPointers[slot], gp = gradPointers[slot];
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
                for (int e = 0, len = b * fout; e < len; e++) if (!(z.get(e) > 0f)) z.put(e, 0f);
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
            FloatPointer gw = gp[2 * l].position((long) i * fin * fout);
            cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, fin, fout, b, 1f, s.act[l], fin, dz, fout, 0f, gw, fout);
            t = lap(slot, CpuPhase.BACKWARD_GEMM, t);
            FloatBuffer gb = grad.buffers[2 * l + 1];
            for (int c = 0; c < fout; c++) {
                float sum = 0f;
                for (int k = 0; k < b; k++) sum += dzBuf.get(k * fout + c);
                gb.put(i * fout + c, sum);
            }
            t = lap(slot, CpuPhase.BACKWARD_ELEMENTWISE, t);
            if (l > 0) {
                FloatPointer w = xp[2 * l].position((long) i * fin * fout);
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, b, fin, fout, 1f, dz, fout, w, fout, 0f, s.delta[1 - cur], fin);
                t = lap(slot, CpuPhase.BACKWARD_GEMM, t);
                FloatBuffer da = s.deltaBuf[1 - cur], a = s.actBuf[l];
                for (int e = 0, len = b * fin; e < len; e++) if (!(a.get(e) > 0f)) da.put(e, 0f);
                t = lap(slot, CpuPhase.BACKWARD_ELEMENTWISE, t);
                cur = 1 - cur;
            }
        }
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
