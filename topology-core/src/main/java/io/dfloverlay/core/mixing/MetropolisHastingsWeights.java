package io.dfloverlay.core.mixing;

import io.dfloverlay.core.graph.Graph;

/**
 * Metropolis–Hastings weights {@code W_ij = 1/(1 + max(d_i, d_j))} on edges, diagonal the rest:
 * symmetric and doubly stochastic on any graph, so the usual choice after failures leave the
 * overlay irregular (Xiao and Boyd, "Fast linear iterations for distributed averaging", 2004).
 */
public final class MetropolisHastingsWeights implements MixingWeights {
    /** The scheme; it holds no state. */
    public MetropolisHastingsWeights() {}

    @Override
    public MixingMatrix of(Graph g) {
        return GraphWeighting.withSelfWeight(g, (i, j) -> 1.0 / (1 + Math.max(g.degree(i), g.degree(j))));
    }

    @Override
    public String toString() {
        return "metropolis-hastings";
    }
}
