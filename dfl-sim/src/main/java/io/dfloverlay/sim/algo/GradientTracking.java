package io.dfloverlay.sim.algo;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.engine.ParameterBlock;

/**
 * Gradient tracking (DIGing; Nedić, Olshevsky and Shi, SIAM J. Optim. 2017), a bias-corrected
 * method for non-IID data: {@code x ← W x − η y}, {@code y ← W y + ∇F(x_new) − ∇F(x_old)} with
 * {@code y_0 = ∇F(x_0)}, so y tracks the average gradient and the fixed point is exact despite
 * heterogeneous clients. One local step and gossip every round; momentum is not supported.
 * Each round sends two vectors (x and y) per neighbour. Weight decay adds {@code wd·x} to ∇F.
 */
public final class GradientTracking extends GossipAlgorithm {
    private ParameterBlock y, gradOld, gradNew, scratch;
    private boolean started;

    /**
     * Starts every client from {@code initial}.
     *
     * @param sgd     the shared engine, data, sampler and SGD settings; momentum must be 0
     * @param initial the initial model parameters, copied to every client
     * @throws IllegalArgumentException if {@code sgd} has momentum
     */
    public GradientTracking(LocalSgd sgd, float[] initial) {
        super(checkNoMomentum(sgd), initial);
        allocateWork();
    }

    private static LocalSgd checkNoMomentum(LocalSgd sgd) {
        if (sgd.momentum != 0) throw new IllegalArgumentException("gradient-tracking does not support momentum (got " + sgd.momentum + ")");
        return sgd;
    }

    /** Also restarts tracking, so after a resize y is re-initialised to the local gradients. */
    @Override
    void allocateWork() {
        int n = x.rows();
        y = sgd.engine.allocate(sgd.model, n);
        gradOld = sgd.engine.allocate(sgd.model, n);
        gradNew = sgd.engine.allocate(sgd.model, n);
        scratch = sgd.engine.allocate(sgd.model, n);
        started = false;
    }

    private void gradient(ParameterBlock at, ParameterBlock out) {
        sgd.gradients(at, out);
        if (sgd.weightDecay != 0) sgd.engine.axpy(sgd.weightDecay, at, out);
    }

    @Override
    public int round(MixingMatrix w, boolean gossip) {
        if (!gossip) throw new IllegalStateException("gradient-tracking gossips every round");
        if (!started) {
            gradient(x, gradOld);
            sgd.engine.copy(gradOld, y);
            started = true;
        }
        sgd.engine.gossip(w, x, scratch);
        sgd.engine.axpy(-sgd.learningRate, y, scratch);
        ParameterBlock t = x;
        x = scratch;
        scratch = t;
        gradient(x, gradNew);
        sgd.engine.gossip(w, y, scratch);
        sgd.engine.axpy(1f, gradNew, scratch);
        sgd.engine.axpy(-1f, gradOld, scratch);
        t = y;
        y = scratch;
        scratch = t;
        t = gradOld;
        gradOld = gradNew;
        gradNew = t;
        return 2;
    }
}
