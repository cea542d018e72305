package io.dfloverlay.spectral.search;

import io.dfloverlay.core.graph.Graph;
import java.time.Duration;

/**
 * Outcome of a {@link NearOptimalSearch}.
 *
 * @param graph          the best graph found
 * @param startLambda    λ(A) of the best random sample (the starting point)
 * @param lambda         λ(A) of {@code graph}, recomputed from scratch
 * @param samples        random samples drawn in phase 1
 * @param swapsTried     swaps attempted in phase 2
 * @param swapsKept      swaps kept
 * @param elapsed        wall-clock time
 */
public record SearchResult(Graph graph, double startLambda, double lambda, int samples, long swapsTried, long swapsKept,
        Duration elapsed) {
    /** Validates the fields. */
    public SearchResult {
        if (graph == null || elapsed == null) throw new IllegalArgumentException("graph and elapsed are required");
        if (samples < 1 || swapsTried < 0 || swapsKept < 0 || swapsKept > swapsTried)
            throw new IllegalArgumentException("inconsistent counts: samples=" + samples + ", tried=" + swapsTried + ", kept=" + swapsKept);
    }
}
