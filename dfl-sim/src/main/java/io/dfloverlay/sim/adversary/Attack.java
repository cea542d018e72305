package io.dfloverlay.sim.adversary;

import java.util.random.RandomGenerator;

/**
 * What a Byzantine client sends in a gossip step. The message is computed per receiving node, so
 * a Byzantine client may send different values to different neighbours. Implementations are
 * deterministic given the random generator's state.
 */
public interface Attack {
    /**
     * The message of Byzantine client {@code sender} to the honest node {@code receiver.node()}.
     *
     * @param view     every client's models (read only)
     * @param receiver the receiving node's neighbourhood (contains {@code sender})
     * @param sender   the Byzantine client
     * @param rng      the attack's random stream (advanced in a fixed order by the caller)
     * @param out      receives the message, length p
     */
    void message(GossipView view, Neighbourhood receiver, int sender, RandomGenerator rng, float[] out);
}
