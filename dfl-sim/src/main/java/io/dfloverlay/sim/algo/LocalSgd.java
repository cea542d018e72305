package io.dfloverlay.sim.algo;

import io.dfloverlay.sim.engine.DeviceData;
import io.dfloverlay.sim.engine.Engine;
import io.dfloverlay.sim.engine.ParameterBlock;
import io.dfloverlay.sim.model.ModelSpec;

/**
 * What every algorithm shares: the engine, the training data, the sampler, the SGD settings and
 * the client id of each block row; computes all clients' minibatch gradients in one engine call.
 */
public final class LocalSgd {
    final Engine engine;
    final DeviceData data;
    final BatchSampler sampler;
    final ModelSpec model;
    final int batchSize;
    final float learningRate, momentum, weightDecay;
    int[] ids;
    private int[] batch;

    /**
     * Settings shared by every client (not validated here: the configuration is).
     *
     * @param engine       the compute engine
     * @param data         the training data, on the engine
     * @param sampler      draws each client's minibatches
     * @param model        the model
     * @param ids          client id of each initial block row (copied)
     * @param batchSize    examples per minibatch
     * @param learningRate SGD step size η
     * @param momentum     heavy-ball momentum, 0 for none
     * @param weightDecay  L2 weight decay coefficient, 0 for none
     */
    public LocalSgd(Engine engine, DeviceData data, BatchSampler sampler, ModelSpec model, int[] ids, int batchSize,
            double learningRate, double momentum, double weightDecay) {
        this.engine = engine;
        this.data = data;
        this.sampler = sampler;
        this.model = model;
        this.ids = ids.clone();
        this.batchSize = batchSize;
        this.learningRate = (float) learningRate;
        this.momentum = (float) momentum;
        this.weightDecay = (float) weightDecay;
    }

    /** Number of live clients. */
    int clients() {
        return ids.length;
    }

    /** Gradients of every client's next minibatch at {@code x} into {@code grad}. */
    void gradients(ParameterBlock x, ParameterBlock grad) {
        engine.gradients(x, data, nextBatch(), batchSize, grad, null);
    }

    /** Every client's next minibatch, {@code batchSize} example indices per client in row order. */
    private int[] nextBatch() {
        int need = ids.length * batchSize;
        if (batch == null || batch.length != need) batch = new int[need];
        sampler.next(ids, batchSize, batch);
        return batch;
    }

    /** Whether a local step is plain SGD (no momentum, no weight decay), which {@link #step} does in place. */
    boolean plainSgd() {
        return momentum == 0 && weightDecay == 0;
    }

    /** One plain SGD step of every client on its next minibatch, in place ({@link Engine#gradientStep}); {@code grad} is scratch. */
    void step(ParameterBlock x, ParameterBlock grad) {
        engine.gradientStep(x, data, nextBatch(), batchSize, learningRate, grad);
    }

    /** A block with rows {@code keep} of {@code old} then {@code joined} rows set to {@code initial} (null → zeros). */
    ParameterBlock resized(ParameterBlock old, int[] keep, int joined, float[] initial) {
        int[] rows = new int[keep.length + joined];
        System.arraycopy(keep, 0, rows, 0, keep.length);
        ParameterBlock b = engine.selectRows(old, rows);
        float[] fill = initial != null ? initial : new float[(int) model.numParameters()];
        for (int k = 0; k < joined; k++) engine.setRow(b, keep.length + k, fill);
        return b;
    }

    void updateIds(int[] keep, int[] joinedIds) {
        int[] next = new int[keep.length + joinedIds.length];
        for (int k = 0; k < keep.length; k++) next[k] = ids[keep[k]];
        System.arraycopy(joinedIds, 0, next, keep.length, joinedIds.length);
        ids = next;
    }
}
