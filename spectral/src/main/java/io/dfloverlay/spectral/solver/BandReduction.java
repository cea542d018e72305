package io.dfloverlay.spectral.solver;

/**
 * First stage of {@link TwoStageEigenvalues}: reduces a dense symmetric matrix to a band of half-width
 * {@code b} by orthogonal similarity, one panel of {@code b} columns at a time (as LAPACK's
 * {@code DSYTRD_SY2SB}). For the panel at columns {@code [k, k+b)}: QR of the rows below the band
 * gives {@code Q = I - V T V^T} ({@link BlockReflector}); the trailing matrix {@code A22} becomes
 * {@code Q^T A22 Q = A22 - V W^T - W V^T} with {@code W = A22 V T - V Z / 2}, {@code Z = T^T V^T A22 V T}
 * ({@link TrailingUpdate}). With look-ahead, the next panel's columns are updated and factored on one
 * thread while the other updates the rest of the trailing matrix.
 */
final class BandReduction {
    private BandReduction() {}

    /**
     * Reduces {@code a} (full symmetric rows, both triangles set) in place: afterwards its lower
     * triangle holds a symmetric band matrix of half-width {@code b} with the same eigenvalues (entries
     * below the band are zero; the upper triangle is left stale).
     */
    static void reduce(double[][] a, int n, int b) {
        if (b >= n - 1) return;
        BlockReflector cur = new BlockReflector(b, n);
        BlockReflector next = new BlockReflector(b, n);
        double[][] wt = new double[b][n];
        double[][] scratch = new double[b][n];
        double[][] m = new double[b][b];
        cur.factor(a, n, 0, null, null, 0);
        for (int k = 0; k + b < n - 1; k += b) {
            int r0 = k + b;
            int kb = cur.size();
            TrailingUpdate.product(a, r0, n, cur.vt, cur.t, wt, scratch, m, kb);
            TrailingUpdate.correction(r0, n, cur.vt, cur.t, wt, m, kb);
            if (r0 + b < n - 1) {
                BlockReflector done = cur, ahead = next;
                TrailingUpdate.rank2k(a, r0 + b, r0 + b, n, done.vt, wt, kb, () -> ahead.factor(a, n, r0, done.vt, wt, kb));
                next = cur;
                cur = ahead;
            } else {
                TrailingUpdate.rank2k(a, r0, r0, n, cur.vt, wt, kb, null);
            }
        }
    }
}
