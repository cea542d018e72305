package io.dfloverlay.core.labelskew;

import io.dfloverlay.core.graph.Graph;

/**
 * Neighbourhood label skew: how far the label mix that a node's gossip averages over is from the
 * global mix. The mix of a set of nodes is the plain mean of their label proportions (what a
 * uniform average of their local objectives sees); distances are total variation,
 * {@code TV(p, q) = ½ Σ_k |p_k − q_k|} in [0, 1].
 */
public final class LabelSkew {
    private LabelSkew() {}

    /**
     * Total-variation distance.
     *
     * @param p a distribution
     * @param q a distribution of the same length
     * @return {@code ½ Σ |p_k − q_k|}
     */
    public static double totalVariation(double[] p, double[] q) {
        double s = 0;
        for (int k = 0; k < p.length; k++) s += Math.abs(p[k] - q[k]);
        return s / 2;
    }

    /**
     * TV distance between the mean mix of {@code nodes} and {@code global}.
     *
     * @param proportions one label mix per node
     * @param nodes the set
     * @param global the global mix
     * @return the set's skew in [0, 1]
     */
    public static double setSkew(double[][] proportions, int[] nodes, double[] global) {
        double[] mix = new double[global.length];
        for (int v : nodes) for (int k = 0; k < mix.length; k++) mix[k] += proportions[v][k] / nodes.length;
        return totalVariation(mix, global);
    }

    /**
     * Mean over nodes of the TV distance between the closed neighbourhood's mix (the node and its
     * neighbours, each weighing the same) and the global mix.
     *
     * @param g the overlay
     * @param h the nodes' histograms (one row per node of g)
     * @return the neighbourhood skew in [0, 1]
     * @throws IllegalArgumentException if h has not one row per node
     */
    public static double neighbourhoodSkew(Graph g, LabelHistograms h) {
        h.requireNodes(g.numNodes());
        double[][] p = h.proportions();
        double[] global = h.globalMix();
        double sum = 0;
        for (int v = 0; v < g.numNodes(); v++) {
            int[] closed = new int[g.degree(v) + 1];
            closed[0] = v;
            for (int k = 0; k < g.degree(v); k++) closed[k + 1] = g.neighbor(v, k);
            sum += setSkew(p, closed, global);
        }
        return sum / g.numNodes();
    }
}
