package io.dfloverlay.sim.adversary;

import io.dfloverlay.core.generate.FisherYates;
import java.util.SplittableRandom;

/**
 * Which clients are Byzantine: {@code ⌊f·n⌋} of the n clients, a uniform sample drawn from the
 * adversary's seed (never more than the fraction asked for).
 */
public final class ByzantineClients {
    private ByzantineClients() {}

    /**
     * The number of Byzantine clients.
     *
     * @param n        clients
     * @param fraction f in [0, 0.5)
     * @return {@code ⌊f·n⌋}
     * @throws IllegalArgumentException if f is outside [0, 0.5) or n is negative
     */
    public static int count(int n, double fraction) {
        if (!(fraction >= 0 && fraction < 0.5)) throw new IllegalArgumentException("fraction must be in [0, 0.5), got " + fraction);
        if (n < 0) throw new IllegalArgumentException("n must be >= 0, got " + n);
        return (int) Math.floor(fraction * n + 1e-9);
    }

    /**
     * A seeded choice of Byzantine clients.
     *
     * @param n        clients
     * @param fraction f in [0, 0.5)
     * @param seed     the adversary's seed
     * @return {@code mask[i]} true when client i is Byzantine; exactly {@link #count} are
     * @throws IllegalArgumentException if f is outside [0, 0.5)
     */
    public static boolean[] choose(int n, double fraction, long seed) {
        int b = count(n, fraction);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        boolean[] mask = new boolean[n];
        for (int i : FisherYates.sample(all, b, new SplittableRandom(seed))) mask[i] = true;
        return mask;
    }
}
