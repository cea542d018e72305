package io.dfloverlay.sim.engine;

import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.model.Loss;
import io.dfloverlay.sim.model.ModelSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Evaluation of a {@link ModelSpec} network on ND4J: layer l is {@code Z = A·W_l + b_l} for one
 * client's row at a time over chunks of the dataset, ReLU between layers, softmax cross-entropy or
 * half squared error at the output. (Training gradients are {@link BlasGradients}.)
 */
final class Nd4jNetwork {
    private static final int EVAL_CHUNK = 5000;

    private Nd4jNetwork() {}

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
