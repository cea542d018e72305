package io.dfloverlay.sim.algo;

import io.dfloverlay.sim.engine.ParameterBlock;

/**
 * Common state of the gossip-based optimizers: the {@link LocalSgd} context and the model block
 * {@code x} (one row per live client), with the parts of {@link TrainingAlgorithm} that only touch
 * them. Subclasses own their work buffers and (re)allocate them in {@link #allocateWork()}.
 */
abstract class GossipAlgorithm implements TrainingAlgorithm {
    final LocalSgd sgd;
    /** The models, one row per live client. */
    ParameterBlock x;

    /** Starts every client from {@code initial}; subclasses then call {@link #allocateWork()}. */
    GossipAlgorithm(LocalSgd sgd, float[] initial) {
        this.sgd = sgd;
        x = sgd.engine.allocate(sgd.model, sgd.clients());
        sgd.engine.fillRows(x, initial);
    }

    /** (Re)allocates the work buffers for {@code x.rows()} clients. */
    abstract void allocateWork();

    @Override
    public ParameterBlock models() {
        return x;
    }

    @Override
    public int[] clientIds() {
        return sgd.ids.clone();
    }

    /** Resizes {@code x} and the client ids, then reallocates the work buffers. */
    @Override
    public void resize(int[] keep, int[] joinedIds, float[] initial) {
        x = sgd.resized(x, keep, joinedIds.length, initial);
        sgd.updateIds(keep, joinedIds);
        allocateWork();
    }
}
