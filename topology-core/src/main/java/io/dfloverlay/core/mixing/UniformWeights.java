package io.dfloverlay.core.mixing;

import io.dfloverlay.core.graph.Graph;

/**
 * Uniform weights {@code W = (A + I)/(d + 1)} for a d-regular graph, where d is the maximum degree;
 * on an irregular graph nodes of smaller degree put the slack on their diagonal, which keeps W
 * symmetric and doubly stochastic. For a d-regular graph {@code ρ(W) = max(μ2 + 1, |μn + 1|)/(d + 1)}.
 */
public final class UniformWeights implements MixingWeights {
    /** The scheme; it holds no state. */
    public UniformWeights() {}

    @Override
    public MixingMatrix of(Graph g) {
        double w = 1.0 / (g.maxDegree() + 1);
        return GraphWeighting.withSelfWeight(g, (i, j) -> w);
    }

    @Override
    public String toString() {
        return "uniform";
    }
}
