package io.dfloverlay.spectral.solver;

/**
 * Both ends of a spectrum with unit Ritz vectors (from {@link LanczosEigenSolver#extremesWithVectors}).
 * The vector arrays are owned by the record's creator and handed over without copying (they can be
 * long); callers must not modify them.
 *
 * @param ends           eigenvalue estimates and error bound
 * @param largestVector  unit Ritz vector of {@code ends.largest()}, or {@code null}
 * @param smallestVector unit Ritz vector of {@code ends.smallest()}, or {@code null}
 */
public record RitzPairs(SpectrumEnds ends, double[] largestVector, double[] smallestVector) {
    /** Validates that {@code ends} is present. */
    public RitzPairs {
        if (ends == null) throw new IllegalArgumentException("ends is null");
    }
}
