package io.dfloverlay.sim.adversary;

import java.util.random.RandomGenerator;

/**
 * No attack: the "Byzantine" client sends its true model, a control that splits the metrics
 * without changing the training.
 */
public final class HonestAttack implements Attack {
    /** Creates the attack; it holds no state. */
    public HonestAttack() {}

    @Override
    public void message(GossipView view, Neighbourhood receiver, int sender, RandomGenerator rng, float[] out) {
        System.arraycopy(view.current()[sender], 0, out, 0, out.length);
    }
}
