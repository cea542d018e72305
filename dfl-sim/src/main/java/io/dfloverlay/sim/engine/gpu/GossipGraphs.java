package io.dfloverlay.sim.engine.gpu;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import io.dfloverlay.core.mixing.MetropolisHastingsWeights;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.UniformWeights;
import java.util.random.RandomGenerator;

/** Mixing matrices for checking the gossip: random regular overlays, and irregular ones left after node failures. */
public final class GossipGraphs {
    private GossipGraphs() {}

    /**
     * Uniform weights on a random d-regular graph.
     *
     * @param n   nodes
     * @param d   degree
     * @param rng randomness
     * @return W
     */
    public static MixingMatrix regular(int n, int d, RandomGenerator rng) {
        return new UniformWeights().of(new RandomRegularGenerator(n, d).generate(rng));
    }

    /**
     * Metropolis–Hastings weights on what remains of a random d-regular graph after each node fails
     * with probability {@code failProbability} (survivors relabelled in order; degrees now differ,
     * and some survivors may be isolated).
     *
     * @param n               nodes before the failures
     * @param d               degree before the failures
     * @param failProbability chance that a node fails, in [0, 1)
     * @param rng             randomness
     * @return W over the survivors
     * @throws IllegalArgumentException if fewer than 2 nodes survive
     */
    public static MixingMatrix afterFailures(int n, int d, double failProbability, RandomGenerator rng) {
        Graph g = new RandomRegularGenerator(n, d).generate(rng);
        int[] label = new int[n];
        int survivors = 0;
        for (int v = 0; v < n; v++) label[v] = rng.nextDouble() < failProbability ? -1 : survivors++;
        if (survivors < 2) throw new IllegalArgumentException("fewer than 2 of " + n + " nodes survive");
        GraphBuilder b = new GraphBuilder(survivors);
        g.forEachEdge((u, v) -> {
            if (label[u] >= 0 && label[v] >= 0) b.addEdge(label[u], label[v]);
        });
        return new MetropolisHastingsWeights().of(b.build());
    }
}
