package io.dfloverlay.sim.adversary;

/**
 * Plain weighted gossip {@code x_i ← W_ii x_i + Σ_j W_ij m_j}, the default: what the engine's
 * sparse product computes, here over per-edge messages (accumulated in double).
 */
public final class WeightedMean implements Aggregator {
    /** Creates the aggregator; it holds no state. */
    public WeightedMean() {}

    @Override
    public void aggregate(float[] self, Neighbourhood nb, float[][] messages, float[] out) {
        double[] w = nb.weights();
        double ws = nb.selfWeight();
        for (int c = 0; c < out.length; c++) {
            double s = ws * self[c];
            for (int k = 0; k < messages.length; k++) s += w[k] * messages[k][c];
            out[c] = (float) s;
        }
    }
}
