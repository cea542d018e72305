package io.dfloverlay.sim.algo;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.engine.ParameterBlock;

/**
 * D-SGD, "local step then gossip" (Lian et al., NeurIPS 2017; Koloskova et al., ICML 2020):
 * each round every client takes {@code localSteps} minibatch SGD steps (optional heavy-ball
 * momentum, kept local, and weight decay), then on gossip rounds {@code x_i ← Σ_j W_ij x_j}.
 * With one local step this is {@code x ← W(x − η∇F(x))}. Per round: one batched gradient per
 * local step and one sparse gossip, {@code O(nnz(W)·p)}.
 */
public final class DecentralizedSgd extends GossipAlgorithm {
    private final int localSteps;
    /** The gossip step, or null for the engine's own {@code W·x} (fused with the last SGD step). */
    private final GossipStep gossipStep;
    private ParameterBlock grad, velocity, scratch;

    /**
     * Starts every client from {@code initial}.
     *
     * @param sgd        the shared engine, data, sampler and SGD settings
     * @param localSteps SGD steps per round, at least 1
     * @param initial    the initial model parameters, copied to every client
     * @throws IllegalArgumentException if {@code localSteps < 1}
     */
    public DecentralizedSgd(LocalSgd sgd, int localSteps, float[] initial) {
        this(sgd, localSteps, initial, null);
    }

    /**
     * Starts every client from {@code initial}, gossiping with {@code gossipStep}.
     *
     * @param sgd        the shared SGD context
     * @param localSteps local steps per round, at least 1
     * @param initial    every client's initial parameters
     * @param gossipStep the gossip step, or null for the engine's plain {@code W·x}
     */
    public DecentralizedSgd(LocalSgd sgd, int localSteps, float[] initial, GossipStep gossipStep) {
        super(checkLocalSteps(sgd, localSteps), initial);
        this.localSteps = localSteps;
        this.gossipStep = gossipStep;
        allocateWork();
    }

    private static LocalSgd checkLocalSteps(LocalSgd sgd, int localSteps) {
        if (localSteps < 1) throw new IllegalArgumentException("local steps must be >= 1, got " + localSteps);
        return sgd;
    }

    @Override
    void allocateWork() {
        grad = sgd.engine.allocate(sgd.model, x.rows());
        scratch = sgd.engine.allocate(sgd.model, x.rows());
        if (sgd.momentum != 0) velocity = sgd.engine.allocate(sgd.model, x.rows());
    }

    @Override
    public int round(MixingMatrix w, boolean gossip) {
        for (int s = 0; s < localSteps - 1; s++) {
            sgd.gradients(x, grad);
            sgd.engine.sgdStep(x, grad, velocity, sgd.learningRate, sgd.momentum, sgd.weightDecay);
        }
        sgd.gradients(x, grad);
        if (!gossip) {
            sgd.engine.sgdStep(x, grad, velocity, sgd.learningRate, sgd.momentum, sgd.weightDecay);
            return 0;
        }
        if (gossipStep == null) {
            // the last step fused with the engine's gossip: x and grad are read once
            sgd.engine.sgdStepAndGossip(w, x, grad, velocity, sgd.learningRate, sgd.momentum, sgd.weightDecay, scratch);
        } else {
            sgd.engine.sgdStep(x, grad, velocity, sgd.learningRate, sgd.momentum, sgd.weightDecay);
            gossipStep.mix(w, x, scratch);
        }
        ParameterBlock t = x;
        x = scratch;
        scratch = t;
        return 1;
    }

    /** As {@link GossipAlgorithm#resize}, keeping the momentum of the surviving clients. */
    @Override
    public void resize(int[] keep, int[] joinedIds, float[] initial) {
        ParameterBlock oldVelocity = velocity;
        super.resize(keep, joinedIds, initial);
        if (oldVelocity != null) velocity = sgd.resized(oldVelocity, keep, joinedIds.length, null);
    }
}
