package io.dfloverlay.spectral.solver;

/**
 * A real symmetric linear operator {@code y = M x} on {@code R^n}, given only by its action (the
 * matrix need not be stored). Implementations must not keep references to {@code x} or {@code y}.
 */
public interface SymmetricOperator {
    /** {@return the dimension {@code n}} */
    int dimension();

    /**
     * Writes {@code M x} into {@code y}.
     *
     * @param x the input vector, length {@code n}; not modified
     * @param y receives {@code M x}; length {@code n}, a different array from {@code x}
     */
    void apply(double[] x, double[] y);
}
