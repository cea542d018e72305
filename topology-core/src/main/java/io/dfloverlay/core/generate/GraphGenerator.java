package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import java.util.random.RandomGenerator;

/**
 * Produces a graph. Random generators draw all randomness from the given {@link RandomGenerator},
 * so the same seed gives the same graph; deterministic constructions ignore it. Parameters are
 * validated in the implementation's constructor.
 */
@FunctionalInterface
public interface GraphGenerator {
    /**
     * Generates a graph.
     *
     * @param rng source of all randomness (ignored by deterministic constructions)
     * @return the generated graph
     * @throws GenerationFailedException if a randomized construction exhausted its bounded retries
     */
    Graph generate(RandomGenerator rng);
}
