package io.dfloverlay.sim.adversary;

/**
 * Self-centred clipping / ClippedGossip (He, Karimireddy and Jaggi, "Byzantine-robust decentralized
 * learning via ClippedGossip", 2022): {@code x_i ← x_i + Σ_{j≠i} W_ij CLIP(m_j − x_i, τ_i)} with
 * {@code CLIP(z, τ) = min(1, τ/‖z‖)·z}. Each neighbour can move node i by at most {@code W_ij τ_i},
 * so Byzantine influence is bounded by their weight times τ_i; with τ_i = ∞ this is plain gossip.
 * The radius comes from a {@link ClippingRadius} (adaptive, or fixed).
 */
public final class ClippedGossip implements Aggregator {
    private final ClippingRadius radius;

    /**
     * A clipped gossip with this radius rule.
     *
     * @param radius how τ_i is chosen
     */
    public ClippedGossip(ClippingRadius radius) {
        this.radius = radius;
    }

    @Override
    public void aggregate(float[] self, Neighbourhood nb, float[][] messages, float[] out) {
        int m = messages.length;
        double[] dist = new double[m];
        for (int k = 0; k < m; k++) {
            double s = 0;
            float[] msg = messages[k];
            for (int c = 0; c < self.length; c++) {
                double d = msg[c] - (double) self[c];
                s += d * d;
            }
            dist[k] = Math.sqrt(s);
        }
        double tau = radius.radius(dist, nb.weights());
        double[] scale = new double[m];
        for (int k = 0; k < m; k++)
            scale[k] = nb.weights()[k] * (dist[k] > tau ? tau / dist[k] : 1.0);
        for (int c = 0; c < self.length; c++) {
            double x = self[c], s = x;
            for (int k = 0; k < m; k++) s += scale[k] * (messages[k][c] - x);
            out[c] = (float) s;
        }
    }
}
