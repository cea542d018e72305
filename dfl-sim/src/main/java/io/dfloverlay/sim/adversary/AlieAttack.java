package io.dfloverlay.sim.adversary;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * "A little is enough" (Baruch, Baruch and Goldberg, NeurIPS 2019), per receiver: over the honest
 * members of the receiver's closed neighbourhood (itself and its honest neighbours) the attacker
 * computes the coordinate-wise mean μ and standard deviation σ and sends {@code μ − z·σ}, a
 * message inside the spread of honest values (so median- and trimming-based rules keep it) that
 * pushes every coordinate the same way. Default {@code z}: Baruch et al.'s largest z that still
 * hides the message, {@code z = Φ⁻¹((m − s)/m)} with {@code s = ⌊m/2 + 1⌋ − b}, where m is the
 * closed neighbourhood's size and b its Byzantine count.
 */
public final class AlieAttack implements Attack {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    private final Double z;

    /**
     * An ALIE attack.
     *
     * @param z the fixed deviation multiplier, or null for Baruch et al.'s per-neighbourhood value
     */
    public AlieAttack(Double z) {
        this.z = z;
    }

    /**
     * Baruch et al.'s z for a neighbourhood of {@code m} nodes of which {@code b} are Byzantine.
     *
     * @param m nodes in the closed neighbourhood
     * @param b Byzantine nodes among them
     * @return {@code Φ⁻¹((m − s)/m)}, {@code s = ⌊m/2 + 1⌋ − b}, the probability clamped into (0, 1)
     */
    public static double baruchZ(int m, int b) {
        int s = m / 2 + 1 - b;
        double q = Math.min(1 - 1e-6, Math.max(1e-6, (m - s) / (double) m));
        return STANDARD_NORMAL.inverseCumulativeProbability(q);
    }

    @Override
    public void message(GossipView view, Neighbourhood receiver, int sender, RandomGenerator rng, float[] out) {
        boolean[] byz = view.byzantine();
        int[] nb = receiver.neighbours();
        int honest = byz[receiver.node()] ? 0 : 1;
        for (int j : nb) if (!byz[j]) honest++;
        double zz = z != null ? z : baruchZ(nb.length + 1, nb.length + 1 - honest);
        float[][] cur = view.current();
        for (int c = 0; c < out.length; c++) {
            double s = 0, ss = 0;
            if (!byz[receiver.node()]) {
                double v = cur[receiver.node()][c];
                s += v;
                ss += v * v;
            }
            for (int j : nb) {
                if (byz[j]) continue;
                double v = cur[j][c];
                s += v;
                ss += v * v;
            }
            double mean = s / honest;
            double sd = Math.sqrt(Math.max(0, ss / honest - mean * mean));
            out[c] = (float) (mean - zz * sd);
        }
    }
}
