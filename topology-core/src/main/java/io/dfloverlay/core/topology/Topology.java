package io.dfloverlay.core.topology;

import io.dfloverlay.core.generate.GraphGenerator;
import io.dfloverlay.core.generate.TimeVaryingTopology;
import io.dfloverlay.core.graph.Graph;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What a registered kind builds from its parameters: a {@link Fixed} generator of one graph, a
 * {@link Weighted} generator of one graph with its own mixing matrix (STL-FW's learned weights,
 * D-Cliques' weights and cliques), or a {@link Varying} periodic sequence of graphs with their own
 * per-round weights.
 */
public sealed interface Topology permits Topology.Fixed, Topology.Weighted, Topology.Varying {
    /**
     * The graph of round {@code round}: the generated graph for a fixed topology (whatever the
     * round), the round's support for a time-varying one.
     *
     * @param round the round, {@code >= 0}
     * @param rng the randomness of a fixed generator
     * @return the graph
     * @throws IllegalArgumentException if {@code round < 0}
     */
    Graph graph(int round, RandomGenerator rng);

    /**
     * A static topology.
     *
     * @param generator builds the graph from a seeded random source
     */
    record Fixed(GraphGenerator generator) implements Topology {
        /** Requires a generator. */
        public Fixed {
            Objects.requireNonNull(generator, "generator");
        }

        @Override
        public Graph graph(int round, RandomGenerator rng) {
            if (round < 0) throw new IllegalArgumentException("round must be >= 0, got " + round);
            return generator.generate(rng);
        }
    }

    /**
     * A static topology that comes with its own mixing matrix (and possibly a node grouping); a
     * simulator uses these weights instead of a weight scheme.
     *
     * @param generator builds the graph and its weights from a seeded random source
     */
    record Weighted(WeightedGenerator generator) implements Topology {
        /** Requires a generator. */
        public Weighted {
            Objects.requireNonNull(generator, "generator");
        }

        @Override
        public Graph graph(int round, RandomGenerator rng) {
            if (round < 0) throw new IllegalArgumentException("round must be >= 0, got " + round);
            return generator.generate(rng).graph();
        }
    }

    /**
     * A time-varying topology.
     *
     * @param topology the periodic sequence of graphs and mixing matrices
     */
    record Varying(TimeVaryingTopology topology) implements Topology {
        /** Requires a topology. */
        public Varying {
            Objects.requireNonNull(topology, "topology");
        }

        @Override
        public Graph graph(int round, RandomGenerator rng) {
            return topology.graph(round);
        }
    }
}
