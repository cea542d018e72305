package io.dfloverlay.spectral.solver;

/**
 * A real symmetric linear operator {@code y = M x} on {@code R^n}, given only by its action (the
 * matrix need not be stored). Implementations must not keep references to {@code x} or {@code y}.
 */
public interface SymmetricOperator {
    /** The dimension {@code n}. */
    int dimension();

    /** Writes {@code M x} into {@code y} ({@code x} and {@code y} are distinct arrays of length {@code n}). */
    void apply(double[] x, double[] y);
}
