package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.random.RandomGenerator;

/**
 * The hypercube {@code Q_dim} on {@code n = 2^dim} nodes: {@code u ~ u XOR 2^b} for each bit
 * {@code b < dim}. {@code dim}-regular, {@code dim·2^(dim−1)} edges, bipartite, adjacency
 * eigenvalues {@code dim − 2j}. Deterministic, {@code O(n·dim)} time.
 */
public final class HypercubeGenerator implements GraphGenerator {
    /** Largest dimension whose {@code dim·2^dim} adjacency entries fit one {@code int[]}. */
    public static final int MAX_DIMENSION = 26;

    private final int dimension;

    /**
     * A generator of the hypercube {@code Q_dimension}.
     *
     * @param dimension number of bits {@code dim}, {@code 1..MAX_DIMENSION}; the graph has {@code 2^dim} nodes
     * @throws IllegalArgumentException if {@code dimension < 1} or {@code dimension > MAX_DIMENSION}
     */
    public HypercubeGenerator(int dimension) {
        if (dimension < 1 || dimension > MAX_DIMENSION)
            throw new IllegalArgumentException("hypercube needs 1 <= dim <= " + MAX_DIMENSION + ", got dim=" + dimension);
        this.dimension = dimension;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        int n = 1 << dimension;
        GraphBuilder b = new GraphBuilder(n, (long) n * dimension / 2);
        for (int u = 0; u < n; u++) {
            for (int bit = 0; bit < dimension; bit++) {
                int v = u ^ (1 << bit);
                if (u < v) b.addEdge(u, v);
            }
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "hypercube(dim=" + dimension + ")";
    }
}
