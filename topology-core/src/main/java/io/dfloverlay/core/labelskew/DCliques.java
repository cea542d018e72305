package io.dfloverlay.core.labelskew;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import io.dfloverlay.core.mixing.MetropolisHastingsWeights;
import io.dfloverlay.core.topology.WeightedGenerator;
import io.dfloverlay.core.topology.WeightedOverlay;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * D-Cliques (Bellet, Kermarrec, Lavoie, "D-Cliques: Compensating for Data Heterogeneity with
 * Topology in Decentralized Federated Learning", MLSys 2022 / arXiv 2104.07365), as implemented
 * here: the nodes are grouped into cliques of about {@code c} nodes whose label mix is close to the
 * global one ({@link GreedySwapCliques}), every clique is made a complete graph, and the cliques
 * are linked sparsely ({@link InterClique}: ring, fractal, small-world or fully connected). The
 * weights are Metropolis–Hastings, {@code W_ij = 1/(1 + max(d_i, d_j))} (the paper's choice); the
 * cliques are returned as the overlay's groups so that a D-SGD step can use Clique Averaging
 * (averaging gradients within the clique before the update, which removes the bias the
 * inter-clique edges add; see the simulator's {@code clique-averaging} algorithm). With n = 100,
 * c = 10 and a ring: 10 cliques, 450 + 10 edges, degrees 9 or 10.
 */
public final class DCliques implements WeightedGenerator {
    private final LabelHistograms histograms;
    private final GreedySwapCliques cliques;
    private final InterClique inter;

    /**
     * A D-Cliques generator for these nodes.
     *
     * @param histograms the nodes' label histograms (one row per node)
     * @param cliqueSize target clique size, at least 2 and at most n
     * @param inter how the cliques are linked
     * @param steps Greedy Swap attempts
     * @throws IllegalArgumentException if the clique size is below 2 or above n, or steps is negative
     */
    public DCliques(LabelHistograms histograms, int cliqueSize, InterClique inter, long steps) {
        this.histograms = Objects.requireNonNull(histograms, "histograms");
        this.inter = Objects.requireNonNull(inter, "inter");
        this.cliques = new GreedySwapCliques(cliqueSize, steps);
        if (cliqueSize > histograms.numNodes())
            throw new IllegalArgumentException("clique size must be at most n = " + histograms.numNodes() + ", got " + cliqueSize);
    }

    @Override
    public WeightedOverlay generate(RandomGenerator rng) {
        int[][] groups = cliques.build(histograms, rng);
        GraphBuilder b = new GraphBuilder(histograms.numNodes());
        for (int[] c : groups) for (int i = 0; i < c.length; i++) for (int j = i + 1; j < c.length; j++) b.addEdge(c[i], c[j]);
        for (int[] e : inter.link(groups, rng)) b.addEdge(e[0], e[1]);
        Graph g = b.build();
        return new WeightedOverlay(g, new MetropolisHastingsWeights().of(g), groups);
    }
}
