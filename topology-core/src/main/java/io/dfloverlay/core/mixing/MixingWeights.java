package io.dfloverlay.core.mixing;

import io.dfloverlay.core.graph.Graph;

/** A rule that turns an overlay graph into a gossip matrix W supported on its edges and diagonal. */
@FunctionalInterface
public interface MixingWeights {
    /** The mixing matrix of {@code g}. */
    MixingMatrix of(Graph g);
}
