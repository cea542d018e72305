package io.dfloverlay.sim.algo;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.engine.ParameterBlock;

/**
 * The gossip step of {@link DecentralizedSgd}: {@code out ← mix(W, in)}. The default is the
 * engine's sparse product {@code out ← W·in}; a robust step (see {@code sim.adversary}) replaces it
 * when Byzantine clients or a robust aggregator are configured.
 */
@FunctionalInterface
public interface GossipStep {
    /**
     * Mixes the models.
     *
     * @param w   the round's mixing matrix
     * @param in  the models after the local steps, one row per client
     * @param out receives the mixed models (same shape, not aliasing {@code in})
     */
    void mix(MixingMatrix w, ParameterBlock in, ParameterBlock out);
}
