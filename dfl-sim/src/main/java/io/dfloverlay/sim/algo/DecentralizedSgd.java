package io.dfloverlay.sim.algo;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.engine.ParameterBlock;

/**
 * D-SGD, "local step then gossip" (Lian et al., NeurIPS 2017; Koloskova et al., ICML 2020):
 * each round every client takes {@code localSteps} minibatch SGD steps (optional heavy-ball
 * momentum, kept local, and weight decay), then on gossip rounds {@code x_i ← Σ_j W_ij x_j}.
 * With one local step this is {@code x ← W(x − η∇F(x))}. Per round: one batched gradient per
 * local step and one sparse gossip, {@code O(nnz(W)·p)}. Plain SGD steps (no momentum, no weight
 * decay, no Clique Averaging) go through {@link io.dfloverlay.sim.engine.Engine#gradientStep}, which
 * an engine may apply while it forms the gradients; otherwise, with the engine's own gossip, the
 * last SGD step is fused into it ({@link io.dfloverlay.sim.engine.Engine#sgdStepAndGossip}). With a
 * {@link CliqueAveraging} matrix C, every local step uses the clique-averaged gradients
 * {@code C·∇F(x)} (D-SGD with Clique Averaging, D-Cliques), one more sparse product per step. With a
 * {@link GossipStep} (e.g. robust aggregation against Byzantine clients) that step replaces the
 * engine's {@code W·x}.
 */
public final class DecentralizedSgd extends GossipAlgorithm {
    private final int localSteps;
    /** The gossip step, or null for the engine's own {@code W·x} (fused with the last SGD step). */
    private final GossipStep gossipStep;
    private final MixingMatrix cliqueAveraging;
    private ParameterBlock grad, velocity, scratch, averaged;
    private long auxiliary;

    /**
     * Starts every client from {@code initial}; gossips with the engine's {@code W·x}.
     *
     * @param sgd        the shared engine, data, sampler and SGD settings
     * @param localSteps SGD steps per round, at least 1
     * @param initial    the initial model parameters, copied to every client
     * @throws IllegalArgumentException if {@code localSteps < 1}
     */
    public DecentralizedSgd(LocalSgd sgd, int localSteps, float[] initial) {
        this(sgd, localSteps, initial, null, null);
    }

    /**
     * Starts every client from {@code initial}, with optional Clique Averaging and gossip step.
     *
     * @param sgd             the shared SGD context
     * @param localSteps      local steps per round, at least 1
     * @param initial         every client's initial parameters
     * @param cliqueAveraging the {@link CliqueAveraging#matrix} over the clients, or null
     * @param gossipStep      the gossip step, or null for the engine's plain {@code W·x}
     * @throws IllegalArgumentException if {@code localSteps < 1} or the averaging matrix has another size
     */
    public DecentralizedSgd(LocalSgd sgd, int localSteps, float[] initial, MixingMatrix cliqueAveraging, GossipStep gossipStep) {
        super(checkLocalSteps(sgd, localSteps), initial);
        this.localSteps = localSteps;
        this.gossipStep = gossipStep;
        this.cliqueAveraging = cliqueAveraging;
        if (cliqueAveraging != null && cliqueAveraging.size() != x.rows())
            throw new IllegalArgumentException("clique averaging matrix is for " + cliqueAveraging.size() + " clients, got " + x.rows());
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
        if (cliqueAveraging != null) averaged = sgd.engine.allocate(sgd.model, x.rows());
    }

    @Override
    public int round(MixingMatrix w, boolean gossip) {
        auxiliary = 0;
        if (cliqueAveraging == null && sgd.plainSgd()) return plainRound(w, gossip);
        for (int s = 0; s < localSteps - 1; s++) {
            gradients();
            sgd.engine.sgdStep(x, grad, velocity, sgd.learningRate, sgd.momentum, sgd.weightDecay);
        }
        gradients();
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

    /**
     * Plain SGD steps applied in place as the gradients are formed ({@link
     * io.dfloverlay.sim.engine.Engine#gradientStep}), then the gossip of x alone.
     */
    private int plainRound(MixingMatrix w, boolean gossip) {
        for (int s = 0; s < localSteps; s++) sgd.step(x, grad);
        if (!gossip) return 0;
        if (gossipStep == null) sgd.engine.gossip(w, x, scratch);
        else gossipStep.mix(w, x, scratch);
        ParameterBlock t = x;
        x = scratch;
        scratch = t;
        return 1;
    }

    /** Minibatch gradients at x into {@code grad}, clique-averaged when Clique Averaging is on. */
    private void gradients() {
        sgd.gradients(x, grad);
        if (cliqueAveraging == null) return;
        sgd.engine.gossip(cliqueAveraging, grad, averaged);
        ParameterBlock t = grad;
        grad = averaged;
        averaged = t;
        auxiliary += cliqueAveraging.numStored() - cliqueAveraging.size();
    }

    /** Gradient vectors sent for Clique Averaging in the last round (0 without it). */
    @Override
    public long auxiliaryMessages() {
        return auxiliary;
    }

    /**
     * As {@link GossipAlgorithm#resize}, keeping the momentum of the surviving clients.
     *
     * @throws IllegalStateException with Clique Averaging (its cliques are fixed)
     */
    @Override
    public void resize(int[] keep, int[] joinedIds, float[] initial) {
        if (cliqueAveraging != null) throw new IllegalStateException("clique averaging needs a fixed set of clients");
        ParameterBlock oldVelocity = velocity;
        super.resize(keep, joinedIds, initial);
        if (oldVelocity != null) velocity = sgd.resized(oldVelocity, keep, joinedIds.length, null);
    }
}
