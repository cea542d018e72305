package io.dfloverlay.spectral;

import io.dfloverlay.spectral.solver.SpectrumEnds;

/**
 * The spectrum of one mixing matrix W of a graph as {@link SpectralReport} gives it: the ends of
 * its non-trivial spectrum (without the eigenvalue 1 of the all-ones vector) and the effective
 * number of neighbours.
 *
 * @param weights            canonical name of the weighting scheme, e.g. {@code uniform}
 * @param ends               second largest and smallest eigenvalue of W, with their error bound
 * @param gamma              discount of the effective number of neighbours, in (0, 1)
 * @param effectiveNeighbors effective number of neighbours {@code n_W(γ)} (Vogels et al. 2022)
 */
public record MixingSpectrum(String weights, SpectrumEnds ends, double gamma, double effectiveNeighbors) {
    /** Validates the fields. */
    public MixingSpectrum {
        if (weights == null || ends == null) throw new IllegalArgumentException("weights and ends must not be null");
        if (!(gamma > 0 && gamma < 1)) throw new IllegalArgumentException("gamma must be in (0, 1), got " + gamma);
    }

    /**
     * ρ(W) = {@code max(|λ2(W)|, |λn(W)|)}, or exactly 0 when that is within the error bound (so
     * the complete graph's {@code J/n} prints 0, not a rounding residue).
     *
     * @return ρ(W)
     */
    public double rho() {
        double r = ends.twoSided();
        return r <= ends.errorBound() ? 0 : r;
    }

    /**
     * The spectral gap {@code 1 − ρ(W)}.
     *
     * @return {@code 1 − rho()}
     */
    public double spectralGap() {
        return 1 - rho();
    }
}
