package io.dfloverlay.core.mixing;

import io.dfloverlay.core.graph.Graph;
import java.util.Objects;

/**
 * The lazy version {@code (I + W)/2} of a base scheme: same support, eigenvalues mapped
 * {@code λ -> (1 + λ)/2}, so all are non-negative and no oscillating mode is left (at the price
 * of a slower second eigenvalue). {@code O(n + m)} beyond the base scheme; deterministic.
 */
public final class LazyWeights implements MixingWeights {
    private final MixingWeights base;

    /**
     * Lazy version of {@code base}.
     *
     * @param base the scheme whose matrix {@code W} is made lazy
     */
    public LazyWeights(MixingWeights base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public MixingMatrix of(Graph g) {
        return lazy(base.of(g));
    }

    /**
     * {@code (I + W)/2} of any square matrix; a missing diagonal entry is inserted.
     *
     * @param w the matrix to make lazy
     * @return {@code (I + W)/2}, stored on the support of {@code W} plus the diagonal
     */
    public static MixingMatrix lazy(MixingMatrix w) {
        int n = w.size();
        int extra = 0;
        for (int i = 0; i < n; i++) if (!hasDiagonal(w, i)) extra++;
        int[] rows = new int[n + 1];
        int[] cols = new int[w.numStored() + extra];
        double[] vals = new double[cols.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            rows[i] = k;
            boolean diagDone = false;
            for (int s = w.rowStart(i), end = w.rowStart(i + 1); s <= end; s++) {
                int j = s < end ? w.column(s) : Integer.MAX_VALUE;
                if (!diagDone && j > i) {
                    cols[k] = i;
                    vals[k++] = 0.5;
                    diagDone = true;
                }
                if (s == end) break;
                cols[k] = j;
                vals[k++] = j == i ? 0.5 + 0.5 * w.value(s) : 0.5 * w.value(s);
                if (j == i) diagDone = true;
            }
        }
        rows[n] = k;
        return new MixingMatrix(rows, cols, vals);
    }

    private static boolean hasDiagonal(MixingMatrix w, int i) {
        for (int s = w.rowStart(i), end = w.rowStart(i + 1); s < end; s++) if (w.column(s) == i) return true;
        return false;
    }

    @Override
    public String toString() {
        return "lazy-" + base;
    }
}
