package io.dfloverlay.sim.adversary;

/**
 * How an honest node combines its own model with the messages of its neighbours in a gossip
 * step. Plain gossip ({@link WeightedMean}) computes {@code Σ_j W_ij m_j}; the robust rules bound
 * what a few bad messages can do. Implementations are stateless and deterministic.
 */
public interface Aggregator {
    /**
     * Aggregates one node's neighbourhood.
     *
     * @param self     the node's own model, length p
     * @param nb       the node's neighbours and weights
     * @param messages {@code messages[k]} came from {@code nb.neighbours()[k]}, each of length p
     * @param out      receives the node's new model, length p (not aliasing the inputs)
     */
    void aggregate(float[] self, Neighbourhood nb, float[][] messages, float[] out);

    /**
     * Checks that the rule works at a node of degree {@code degree} (self excluded).
     *
     * @param degree the smallest degree in the topology
     * @throws io.dfloverlay.core.topology.ParamException naming the parameter that cannot work at this degree
     */
    default void checkDegree(int degree) {}
}
