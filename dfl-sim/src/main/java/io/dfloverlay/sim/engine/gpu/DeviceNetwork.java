package io.dfloverlay.sim.engine.gpu;

import io.dfloverlay.sim.engine.Evaluation;
import io.dfloverlay.sim.model.Loss;
import io.dfloverlay.sim.model.ModelSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward and backward passes of a {@link ModelSpec} network for all clients at once on a
 * {@link Device}, the same computation as the CPU engine's: layer l is {@code Z = A·W_l + b_l} as
 * one strided-batched GEMM over the clients, ReLU between layers, softmax cross-entropy or half
 * squared error at the output; backward {@code dW = Aᵀ·dZ}, {@code db = Σ_batch dZ},
 * {@code dA = dZ·W_lᵀ} masked by the ReLU. Work buffers are kept between calls of the same shape.
 * Not thread-safe.
 */
final class DeviceNetwork implements AutoCloseable {
    /** Examples per evaluation pass (as the CPU engine). */
    static final int EVAL_CHUNK = 5000;
    /** Most floats of one layer's activations in an evaluation pass (bounds models per pass). */
    private static final long EVAL_FLOATS = 1L << 25;

    private final Device device;
    private final Traffic traffic;
    private final List<DeviceBuffer> work = new ArrayList<>();
    private String workKey = "";
    private DeviceBuffer[] acts, deltas;
    private DeviceBuffer idx, lossEx, correctEx, sums;

    DeviceNetwork(Device device, Traffic traffic) {
        this.device = device;
        this.traffic = traffic;
    }

    /** Row-major {@code C_q[r × o] = A_q[r × k]·B_q[k × o]} (cuBLAS sees the transposed problem). */
    private void product(int batch, int r, int k, int o, GemmOperand a, GemmOperand b, GemmOperand c) {
        device.gemm(new GemmShape(false, false, o, r, k, batch), 1f, b, a, 0f, c);
        traffic.floats((long) batch * ((long) r * k + (b.stride() == 0 ? 0 : (long) k * o) + (long) r * o) + (a.stride() == 0 ? (long) r * k : 0));
    }

    private DeviceBuffer buffer(long bytes) {
        DeviceBuffer b = device.allocate(Math.max(8, bytes));
        work.add(b);
        return b;
    }

    /** (Re)allocates the work buffers for {@code groups} models of {@code m} on {@code rows} examples each. */
    private void ensureWork(String kind, ModelSpec m, int groups, int rows) {
        String key = kind + " " + m + " " + groups + " " + rows;
        if (key.equals(workKey)) return;
        freeWork();
        int layers = m.numLayers();
        long total = (long) groups * rows;
        acts = new DeviceBuffer[layers + 1];
        deltas = new DeviceBuffer[layers];
        for (int l = 0; l <= layers; l++) acts[l] = buffer(4L * total * (l == 0 ? m.in(0) : m.out(l - 1)));
        for (int l = 1; l < layers; l++) deltas[l] = buffer(4L * total * m.in(l));
        idx = buffer(4L * total);
        lossEx = buffer(4L * total);
        correctEx = buffer(4L * total);
        sums = buffer(8L * Math.max(total, groups));
        workKey = key;
    }

    /** See {@link io.dfloverlay.sim.engine.Engine#gradients}. */
    void gradients(DeviceBlock x, DeviceDataset data, int[] batch, int b, DeviceBlock grad, float[] lossOut) {
        ModelSpec m = x.model();
        int n = x.rows(), layers = m.numLayers();
        long p = m.numParameters();
        if (batch.length != (long) n * b) throw new IllegalArgumentException("batch has " + batch.length + " indices, expected n*b=" + (long) n * b);
        if (data.dataset().dim() != m.in(0)) throw new IllegalArgumentException("data has " + data.dataset().dim() + " features, model expects " + m.in(0));
        if (lossOut != null && lossOut.length < n) throw new IllegalArgumentException("lossOut needs " + n + " entries");
        ensureWork("train", m, n, b);
        int rows = n * b;
        device.copyIn(batch, 0, idx, 0, rows);
        device.gatherRows(acts[0], data.features, idx, rows, m.in(0));
        traffic.floats(2L * rows * m.in(0));
        for (int l = 0; l < layers; l++) {
            int in = m.in(l), out = m.out(l);
            product(n, b, in, out, new GemmOperand(acts[l], 0, in, (long) b * in), new GemmOperand(x.buffer, m.offset(l), out, p),
                    new GemmOperand(acts[l + 1], 0, out, (long) b * out));
            device.biasActivation(acts[l + 1], x.buffer, m.offset(l) + (long) in * out, p, new int[] {n, b, out}, l < layers - 1);
            traffic.floats(2L * rows * out);
        }
        int c = m.out(layers - 1);
        DeviceBuffer loss = lossOut == null ? null : lossEx;
        if (m.loss() == Loss.SQUARED) device.squaredErrorGrad(acts[layers], data.answers, idx, loss, rows, b);
        else device.softmaxCrossEntropyGrad(acts[layers], data.answers, idx, loss, rows, c, b);
        traffic.floats(2L * rows * c);
        if (lossOut != null) {
            device.sumChunksF32(sums, lossEx, rows, b);
            double[] s = new double[n];
            device.copyOut(sums, 0, s, 0, n);
            for (int i = 0; i < n; i++) lossOut[i] = (float) (m.loss() == Loss.SQUARED ? 0.5 * s[i] / b : s[i] / b);
        }
        DeviceBuffer dz = acts[layers];
        for (int l = layers - 1; l >= 0; l--) {
            int in = m.in(l), out = m.out(l);
            // dW (row-major in x out) = A^T dZ: column-major C(out x in) = dZ(out x b) * A(in x b)^T
            device.gemm(new GemmShape(false, true, out, in, b, n), 1f, new GemmOperand(dz, 0, out, (long) b * out),
                    new GemmOperand(acts[l], 0, in, (long) b * in), 0f, new GemmOperand(grad.buffer, m.offset(l), out, p));
            traffic.floats((long) rows * (in + out) + (long) n * in * out);
            device.biasGradient(grad.buffer, m.offset(l) + (long) in * out, p, dz, new int[] {n, b, out});
            traffic.floats((long) rows * out + (long) n * out);
            if (l > 0) {
                // dA (row-major b x in) = dZ W^T: column-major C(in x b) = W(out x in)^T * dZ(out x b)
                device.gemm(new GemmShape(true, false, in, b, out, n), 1f, new GemmOperand(x.buffer, m.offset(l), out, p),
                        new GemmOperand(dz, 0, out, (long) b * out), 0f, new GemmOperand(deltas[l], 0, in, (long) b * in));
                traffic.floats((long) n * in * out + (long) rows * (in + out));
                device.reluMask(deltas[l], acts[l], (long) rows * in);
                traffic.floats(3L * rows * in);
                dz = deltas[l];
            }
        }
    }

    /** See {@link io.dfloverlay.sim.engine.Engine#evaluate}. */
    Evaluation evaluate(DeviceBlock x, DeviceDataset data) {
        ModelSpec m = x.model();
        int models = x.rows(), total = data.dataset().numExamples(), layers = m.numLayers();
        if (data.dataset().dim() != m.in(0)) throw new IllegalArgumentException("data has " + data.dataset().dim() + " features, model expects " + m.in(0));
        long p = m.numParameters();
        int len = Math.min(EVAL_CHUNK, total);
        int widest = 0;
        for (int l = 0; l < layers; l++) widest = Math.max(widest, Math.max(m.in(l), m.out(l)));
        int group = (int) Math.max(1, Math.min(models, EVAL_FLOATS / ((long) len * widest)));
        ensureWork("eval", m, group, len);
        double[] lossSum = new double[models], correct = new double[models];
        double[] s = new double[group];
        boolean squared = m.loss() == Loss.SQUARED;
        for (int r0 = 0; r0 < models; r0 += group) {
            int g = Math.min(group, models - r0);
            for (int start = 0; start < total; start += EVAL_CHUNK) {
                int rows = Math.min(EVAL_CHUNK, total - start);
                DeviceBuffer h = data.features;
                long hOff = (long) start * m.in(0), hStride = 0;
                for (int l = 0; l < layers; l++) {
                    int in = m.in(l), out = m.out(l);
                    product(g, rows, in, out, new GemmOperand(h, hOff, in, hStride), new GemmOperand(x.buffer, r0 * p + m.offset(l), out, p),
                            new GemmOperand(acts[l + 1], 0, out, (long) rows * out));
                    device.biasActivation(acts[l + 1], x.buffer, r0 * p + m.offset(l) + (long) in * out, p, new int[] {g, rows, out}, l < layers - 1);
                    traffic.floats(2L * g * rows * out);
                    h = acts[l + 1];
                    hOff = 0;
                    hStride = (long) rows * out;
                }
                long count = (long) g * rows;
                if (squared) {
                    device.evalSquared(lossEx, acts[layers], data.answers, new int[] {start, rows, g});
                } else {
                    device.evalSoftmax(lossEx, correctEx, acts[layers], data.answers, new int[] {start, rows, g, m.out(layers - 1)});
                    device.sumChunksF32(sums, correctEx, count, rows);
                    device.copyOut(sums, 0, s, 0, g);
                    for (int q = 0; q < g; q++) correct[r0 + q] += s[q];
                }
                device.sumChunksF32(sums, lossEx, count, rows);
                device.copyOut(sums, 0, s, 0, g);
                for (int q = 0; q < g; q++) lossSum[r0 + q] += s[q];
            }
        }
        double[] loss = new double[models], acc = new double[models];
        for (int r = 0; r < models; r++) {
            loss[r] = lossSum[r] / total;
            acc[r] = squared ? Double.NaN : correct[r] / total;
        }
        return new Evaluation(loss, acc);
    }

    private void freeWork() {
        for (DeviceBuffer b : work) b.close();
        work.clear();
        workKey = "";
    }

    @Override
    public void close() {
        freeWork();
    }
}
