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
 * @param ramanujanSamples samples certified Ramanujan ({@code λ + error bound ≤ 2√(d−1)})
 * @param swapsTried     swaps attempted in phase 2
 * @param swapsKept      swaps kept
 * @param solves         eigen-solves of phase 2 (one per batch of swaps, plus the first)
 * @param elapsed        wall-clock time
 */
public record SearchResult(Graph graph, double startLambda, double lambda, int samples, int ramanujanSamples, long swapsTried,
        long swapsKept, long solves, Duration elapsed) {
    /** Validates the fields. */
    public SearchResult {
        if (graph == null || elapsed == null) throw new IllegalArgumentException("graph and elapsed are required");
        if (samples < 1 || ramanujanSamples < 0 || ramanujanSamples > samples || swapsTried < 0 || swapsKept < 0
                || swapsKept > swapsTried || solves < 0)
            throw new IllegalArgumentException("inconsistent counts: samples=" + samples + ", tried=" + swapsTried + ", kept=" + swapsKept);
    }
}
