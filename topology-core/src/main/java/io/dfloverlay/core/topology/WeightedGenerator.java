package io.dfloverlay.core.topology;

import java.util.random.RandomGenerator;

/** Builds a static overlay together with its own mixing matrix, from a seeded random source. */
@FunctionalInterface
public interface WeightedGenerator {
    /**
     * Builds the overlay.
     *
     * @param rng the randomness (the same seed gives the same overlay)
     * @return the graph, its weights and its node groups
     */
    WeightedOverlay generate(RandomGenerator rng);
}
