package io.dfloverlay.sim.adversary;

import java.util.random.RandomGenerator;

/**
 * Gaussian noise: the Byzantine client sends its model plus independent {@code N(0, σ²)} noise per
 * coordinate, drawn afresh for every receiver (so neighbours get different messages).
 */
public final class GaussianAttack implements Attack {
    private final double sigma;

    /**
     * Noise of standard deviation {@code sigma}.
     *
     * @param sigma the noise scale, positive
     * @throws IllegalArgumentException if {@code sigma} is not positive
     */
    public GaussianAttack(double sigma) {
        if (!(sigma > 0)) throw new IllegalArgumentException("sigma must be > 0, got " + sigma);
        this.sigma = sigma;
    }

    @Override
    public void message(GossipView view, Neighbourhood receiver, int sender, RandomGenerator rng, float[] out) {
        float[] now = view.current()[sender];
        for (int c = 0; c < out.length; c++) out[c] = (float) (now[c] + sigma * rng.nextGaussian());
    }
}
