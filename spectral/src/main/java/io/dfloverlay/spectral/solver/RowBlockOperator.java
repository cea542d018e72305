package io.dfloverlay.spectral.solver;

/**
 * A symmetric operator whose product can be formed a block of rows at a time, so that a solver can
 * fuse its own per-row work (dot products, updates) with the product while the rows are in cache,
 * and share the blocks out over threads. Row {@code v} of the result must not depend on which
 * block or thread computed it, and blocks of disjoint rows may be computed at the same time.
 */
public interface RowBlockOperator extends SymmetricOperator {
    /**
     * Writes rows {@code [from, to)} of {@code M x} into {@code y}; other entries of {@code y} are not touched.
     *
     * @param x    the input vector, length {@code n}; not modified
     * @param y    receives the rows; length {@code n}, a different array from {@code x}
     * @param from first row, {@code 0 <= from <= to}
     * @param to   one past the last row, {@code to <= n}
     */
    void applyRows(double[] x, double[] y, int from, int to);
}
