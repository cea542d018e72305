package io.dfloverlay.core.mixing;

import io.dfloverlay.core.graph.Graph;

/** A rule that turns an overlay graph into a gossip matrix W supported on its edges and diagonal. */
@FunctionalInterface
public interface MixingWeights {
    /**
     * The mixing matrix of a graph.
     *
     * @param g the overlay graph
     * @return its gossip matrix, supported on the edges of {@code g} and the diagonal
     */
    MixingMatrix of(Graph g);
}
