package io.dfloverlay.sim.adversary;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Model replacement (Bagdasaryan et al., AISTATS 2020), for gossip: the attackers want receiver i
 * to adopt a target model X (drawn once from the attack's seed, {@code N(0, std²)} per parameter),
 * so each of the b Byzantine neighbours of i sends {@code x_i + (X − x_i)/(b·W_ij)}: with honest
 * neighbours close to x_i, plain gossip then lands on X in one step.
 */
public final class ModelReplacementAttack implements Attack {
    private final double std;
    private final long seed;
    private float[] target;

    /**
     * Replacement by a random target.
     *
     * @param std  standard deviation of the target's parameters, at least 0 (0: the zero model)
     * @param seed seed of the target
     * @throws IllegalArgumentException if {@code std} is negative
     */
    public ModelReplacementAttack(double std, long seed) {
        if (!(std >= 0)) throw new IllegalArgumentException("target std must be >= 0, got " + std);
        this.std = std;
        this.seed = seed;
    }

    /**
     * The target model of dimension {@code p} (drawn on first use).
     *
     * @param p parameters per model
     * @return the target X (shared, do not modify)
     */
    float[] target(int p) {
        if (target == null || target.length != p) {
            SplittableRandom r = new SplittableRandom(seed);
            target = new float[p];
            for (int c = 0; c < p; c++) target[c] = (float) (std * r.nextGaussian());
        }
        return target;
    }

    @Override
    public void message(GossipView view, Neighbourhood receiver, int sender, RandomGenerator rng, float[] out) {
        float[] x = view.current()[receiver.node()];
        float[] t = target(out.length);
        int b = view.byzantineNeighbours(receiver);
        double w = 0;
        int[] nb = receiver.neighbours();
        for (int k = 0; k < nb.length; k++) if (nb[k] == sender) w = receiver.weights()[k];
        double boost = 1 / (b * w);
        for (int c = 0; c < out.length; c++) out[c] = (float) (x[c] + boost * (t[c] - x[c]));
    }
}
