package io.dfloverlay.sim.engine;

import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.model.Loss;
import io.dfloverlay.sim.model.ModelSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Forward and backward passes of a {@link ModelSpec} network for all clients at once, on ND4J:
 * layer l is {@code Z = A·W_l + b_l} as a rank-3 batched matmul, ReLU between layers, softmax
 * cross-entropy or half squared error at the output. Backward: {@code dW = Aᵀ·dZ},
 * {@code db = Σ_batch dZ}, {@code dA = dZ·W_lᵀ} masked by the ReLU.
 */
final class Nd4jNetwork {
    private static final int EVAL_CHUNK = 5000;

    private Nd4jNetwork() {}

    static void gradients(Nd4jParameterBlock x, Nd4jData data, int[] batch, int b, Nd4jParameterBlock grad, float[] lossOut,
            int parts) {
        ModelSpec m = x.model();
        int n = x.rows();
        if (batch.length != (long) n * b) throw new IllegalArgumentException("batch has " + batch.length + " indices, expected n*b=" + (long) n * b);
        Dataset ds = data.dataset();
        if (ds.dim() != m.inputColumns()) throw new IllegalArgumentException("data has " + ds.dim() + " features, model expects " + m.inputColumns());
        int k = Math.max(1, Math.min(parts, n));
        if (k == 1) {
            gradientsOfRows(x, data, batch, b, grad, lossOut, 0, n);
            return;
        }
        // independent client ranges on Java threads, each running single-threaded native ops
        java.util.stream.IntStream.range(0, k).parallel().forEach(part ->
                gradientsOfRows(x, data, batch, b, grad, lossOut, (int) ((long) part * n / k), (int) ((long) (part + 1) * n / k)));
    }

    private static INDArray rows(INDArray t, int lo, int hi, boolean whole) {
        return whole ? t : t.get(NDArrayIndex.interval(lo, hi), NDArrayIndex.all(), NDArrayIndex.all());
    }

    /** Gradients of clients {@code lo..hi-1}. */
    private static void gradientsOfRows(Nd4jParameterBlock x, Nd4jData data, int[] allBatch, int b, Nd4jParameterBlock grad,
            float[] lossOut, int lo, int hi) {
        ModelSpec m = x.model();
        Dataset ds = data.dataset();
        int n = hi - lo;
        boolean whole = lo == 0 && hi == x.rows();
        int[] batch = whole ? allBatch : java.util.Arrays.copyOfRange(allBatch, lo * b, hi * b);
        int layers = m.numLayers();
        INDArray[] acts = new INDArray[layers + 1];
        acts[0] = data.input(m, batch, 0, batch.length).reshape('c', n, b, m.in(0));
        for (int l = 0; l < layers; l++) {
            INDArray z = Nd4j.matmul(acts[l], rows(x.weights(l), lo, hi, whole));
            z.addi(rows(x.bias(l), lo, hi, whole));
            if (l < layers - 1) Transforms.relu(z, false);
            acts[l + 1] = z;
        }
        float[] loss = lossOut == null ? null : new float[n];
        INDArray dz = outputGradient(m, acts[layers], ds, batch, n, b, loss);
        if (loss != null) System.arraycopy(loss, 0, lossOut, lo, n);
        for (int l = layers - 1; l >= 0; l--) {
            if (whole) {
                Nd4j.matmul(acts[l], dz, grad.weights(l), true, false, false);
            } else {
                rows(grad.weights(l), lo, hi, false).assign(Nd4j.matmul(acts[l], dz, true, false, false));
            }
            rows(grad.bias(l), lo, hi, whole).assign(dz.sum(true, 1));
            if (l > 0) {
                INDArray da = Nd4j.matmul(dz, rows(x.weights(l), lo, hi, whole), null, false, true, false);
                da.muli(Transforms.sign(acts[l], true));
                dz = da;
            }
        }
    }

    /** Loss per client into {@code lossOut}; returns dLoss/dZ of the output layer ({@code [n, b, out]}). */
    private static INDArray outputGradient(ModelSpec m, INDArray out, Dataset ds, int[] batch, int n, int b, float[] lossOut) {
        int c = m.out(m.numLayers() - 1);
        if (m.loss() == Loss.SQUARED) {
            float[] y = new float[n * b];
            for (int k = 0; k < y.length; k++) y[k] = ds.targets()[batch[k]];
            INDArray diff = out.subi(Nd4j.create(y, new long[] {n, b, 1}, 'c'));
            if (lossOut != null) {
                float[] dv = diff.data().asFloat();
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int k = 0; k < b; k++) s += (double) dv[i * b + k] * dv[i * b + k];
                    lossOut[i] = (float) (0.5 * s / b);
                }
            }
            return diff.divi(b);
        }
        INDArray p = softmaxInPlace(out);
        float[] onehot = new float[n * b * c];
        for (int k = 0; k < n * b; k++) onehot[k * c + ds.labels()[batch[k]]] = 1f;
        if (lossOut != null) {
            float[] pv = p.data().asFloat();
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int k = 0; k < b; k++) {
                    int r = i * b + k;
                    s -= Math.log(Math.max(pv[r * c + ds.labels()[batch[r]]], 1e-30f));
                }
                lossOut[i] = (float) (s / b);
            }
        }
        return p.subi(Nd4j.create(onehot, new long[] {n, b, c}, 'c')).divi(b);
    }

    /** Row-wise softmax over the last dimension, in place (max-shifted). */
    private static INDArray softmaxInPlace(INDArray logits) {
        int last = logits.rank() - 1;
        logits.subi(logits.max(true, last));
        Transforms.exp(logits, false);
        return logits.divi(logits.sum(true, last));
    }

    static Evaluation evaluate(Nd4jParameterBlock x, Nd4jData data) {
        ModelSpec m = x.model();
        Dataset ds = data.dataset();
        int rows = x.rows(), total = ds.numExamples(), layers = m.numLayers();
        double[] loss = new double[rows];
        double[] acc = new double[rows];
        for (int r = 0; r < rows; r++) {
            double lossSum = 0;
            long correct = 0;
            for (int start = 0; start < total; start += EVAL_CHUNK) {
                int len = Math.min(EVAL_CHUNK, total - start);
                INDArray h = null;
                for (int l = 0; l < layers; l++) {
                    INDArray w = x.weights(l).slice(r);
                    INDArray bias = x.bias(l).slice(r);
                    h = (l == 0 ? data.firstLayer(m, w, start, len) : h.mmul(w)).addiRowVector(bias);
                    if (l < layers - 1) Transforms.relu(h, false);
                }
                int c = m.out(layers - 1);
                if (m.loss() == Loss.SQUARED) {
                    float[] pred = h.dup('c').data().asFloat();
                    for (int k = 0; k < len; k++) {
                        double dv = pred[k] - ds.targets()[start + k];
                        lossSum += 0.5 * dv * dv;
                    }
                } else {
                    float[] p = softmaxInPlace(h.dup('c')).data().asFloat();
                    for (int k = 0; k < len; k++) {
                        int y = ds.labels()[start + k];
                        lossSum -= Math.log(Math.max(p[k * c + y], 1e-30f));
                        int best = 0;
                        for (int j = 1; j < c; j++) if (p[k * c + j] > p[k * c + best]) best = j;
                        if (best == y) correct++;
                    }
                }
            }
            loss[r] = lossSum / total;
            acc[r] = m.loss() == Loss.SQUARED ? Double.NaN : (double) correct / total;
        }
        return new Evaluation(loss, acc);
    }
}
