package io.dfloverlay.spectral.solver;

/**
 * Several Ritz pairs at each end of a spectrum (from {@link LanczosEigenSolver#extremeRitzSet}).
 * The vector arrays are owned by the record's creator and handed over without copying (they can be
 * long); callers must not modify them.
 *
 * @param ends          the extreme eigenvalue estimates and their error bound
 * @param rejected      whether the caller's early stop ended the run (then no pairs are given)
 * @param topValues     distinct largest Ritz values, largest first
 * @param topVectors    their unit Ritz vectors
 * @param bottomValues  distinct smallest Ritz values, smallest first
 * @param bottomVectors their unit Ritz vectors
 */
public record RitzSet(SpectrumEnds ends, boolean rejected, double[] topValues, double[][] topVectors,
        double[] bottomValues, double[][] bottomVectors) {
    /** Validates that values and vectors pair up. */
    public RitzSet {
        if (ends == null) throw new IllegalArgumentException("ends is null");
        if (topValues.length != topVectors.length || bottomValues.length != bottomVectors.length)
            throw new IllegalArgumentException("values and vectors differ in number");
    }
}
