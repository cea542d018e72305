package io.dfloverlay.sim.algo;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.engine.ParameterBlock;

/**
 * A decentralized optimizer over the models of all live clients, one block row per client.
 * Implementations are deterministic given the sampler's seed.
 */
public interface TrainingAlgorithm {
    /**
     * Runs one communication round.
     *
     * @param w      the round's mixing matrix over the live clients (rows in block order)
     * @param gossip whether this round gossips (else local steps only)
     * @return parameter vectors each client sends per neighbour this round (0 when not gossiping)
     */
    int round(MixingMatrix w, boolean gossip);

    /**
     * Vector messages sent in the last round besides the gossip (e.g. Clique Averaging's gradients).
     *
     * @return the count, 0 by default
     */
    default long auxiliaryMessages() {
        return 0;
    }

    /** {@return the current models, one row per live client} */
    ParameterBlock models();

    /** {@return the client id of each block row (a copy)} */
    int[] clientIds();

    /**
     * Changes the client set: the new block holds rows {@code keep} of the old one (in that order)
     * followed by clients {@code joinedIds} (already known to the sampler) starting from {@code initial}.
     *
     * @param keep      old block rows to keep, in their new order
     * @param joinedIds stable ids of the joining clients
     * @param initial   the joining clients' starting parameters, or {@code null} for zeros
     */
    void resize(int[] keep, int[] joinedIds, float[] initial);
}
