package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;

/**
 * A periodic sequence of gossip matrices {@code W_0, W_1, …} with {@code W_t = W_{t mod period}},
 * for topologies whose communication pattern changes every round (one-peer exponential graphs,
 * Base-(k+1) graphs). Each {@code W_t} is doubly stochastic but may be non-symmetric; a node
 * communicates in round t with its neighbours in {@link #graph(int)}. Implementations are
 * deterministic and immutable, hence thread-safe.
 */
public interface TimeVaryingTopology {
    /** {@return the number of nodes {@code n}} */
    int numNodes();

    /** {@return the length of the period (the number of distinct rounds), {@code >= 1}} */
    int period();

    /**
     * The undirected support of round {@code round}'s matrix: {@code {i, j}} is an edge iff
     * {@code W_ij ≠ 0} or {@code W_ji ≠ 0}, {@code i ≠ j}.
     *
     * @param round the round, {@code >= 0}
     * @return the communication graph of that round
     * @throws IllegalArgumentException if {@code round < 0}
     */
    Graph graph(int round);

    /**
     * The mixing matrix of round {@code round} (taken modulo {@link #period()}).
     *
     * @param round the round, {@code >= 0}
     * @return {@code W_{round mod period}}
     * @throws IllegalArgumentException if {@code round < 0}
     */
    MixingMatrix mixing(int round);
}
