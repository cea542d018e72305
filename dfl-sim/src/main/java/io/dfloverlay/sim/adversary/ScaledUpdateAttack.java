package io.dfloverlay.sim.adversary;

import java.util.random.RandomGenerator;

/**
 * Sign-flip and scaled updates: the Byzantine client takes its honest update of this round,
 * {@code u = x_now − x_prev} (its local steps), multiplies it by {@code factor} and sends
 * {@code x_prev + factor·u} to everyone. {@code factor = −1} flips the update's sign (gradient
 * ascent), large factors amplify it (boosting).
 */
public final class ScaledUpdateAttack implements Attack {
    private final float factor;

    /**
     * An attack that scales the update by {@code factor}.
     *
     * @param factor the multiplier of the honest update (negative: sign flip)
     */
    public ScaledUpdateAttack(double factor) {
        this.factor = (float) factor;
    }

    @Override
    public void message(GossipView view, Neighbourhood receiver, int sender, RandomGenerator rng, float[] out) {
        float[] now = view.current()[sender], prev = view.previous()[sender];
        for (int c = 0; c < out.length; c++) out[c] = prev[c] + factor * (now[c] - prev[c]);
    }
}
