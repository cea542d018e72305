package io.dfloverlay.sim.topology;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;

/**
 * The overlay as the simulator sees it: the graph and the gossip matrix of each round (0-based).
 * Static topologies return the same pair every round; time-varying ones cycle with their period.
 *
 * @param name        display name, e.g. {@code random-regular(n=100, d=8), uniform weights}
 * @param timeVarying whether the matrix changes from round to round
 * @param graphs      one graph per period step (length 1 when static)
 * @param mixings     one mixing matrix per period step
 * @param groups      disjoint node groups of a static overlay (D-Cliques' cliques, for Clique
 *                    Averaging), or empty
 */
public record RoundTopology(String name, boolean timeVarying, Graph[] graphs, MixingMatrix[] mixings, int[][] groups) {
    /** Validates matching, non-empty periods. */
    public RoundTopology {
        if (graphs.length == 0 || graphs.length != mixings.length) throw new IllegalArgumentException("need one graph per mixing matrix");
        graphs = graphs.clone();
        mixings = mixings.clone();
        groups = groups == null ? new int[0][] : groups.clone();
    }

    /**
     * A topology without node groups.
     *
     * @param name        display name
     * @param timeVarying whether the matrix changes from round to round
     * @param graphs      one graph per period step
     * @param mixings     one mixing matrix per period step
     */
    public RoundTopology(String name, boolean timeVarying, Graph[] graphs, MixingMatrix[] mixings) {
        this(name, timeVarying, graphs, mixings, null);
    }

    /**
     * A static topology with its own weights and node groups.
     *
     * @param name   display name
     * @param g      the graph of every round
     * @param w      the mixing matrix of every round
     * @param groups disjoint node groups (e.g. D-Cliques' cliques)
     * @return the topology
     */
    public static RoundTopology grouped(String name, Graph g, MixingMatrix w, int[][] groups) {
        return new RoundTopology(name, false, new Graph[] {g}, new MixingMatrix[] {w}, groups);
    }

    /**
     * A static topology.
     *
     * @param name display name
     * @param g    the graph of every round
     * @param w    the mixing matrix of every round
     * @return the topology
     */
    public static RoundTopology fixed(String name, Graph g, MixingMatrix w) {
        return new RoundTopology(name, false, new Graph[] {g}, new MixingMatrix[] {w});
    }

    /** {@return the number of nodes} */
    public int numNodes() {
        return mixings[0].size();
    }

    /**
     * Graph of round {@code round}.
     *
     * @param round the round, 0-based
     * @return the graph of that round's period step
     */
    public Graph graph(int round) {
        return graphs[round % graphs.length];
    }

    /**
     * Mixing matrix of round {@code round}.
     *
     * @param round the round, 0-based
     * @return the mixing matrix of that round's period step
     */
    public MixingMatrix mixing(int round) {
        return mixings[round % mixings.length];
    }
}
