package io.dfloverlay.spectral.solver;

import java.util.Arrays;

/**
 * All eigenvalues (no vectors) of a dense real symmetric matrix by two-stage tridiagonalization, the
 * scheme of LAPACK's {@code DSYTRD_2STAGE} and PLASMA (Haidar, Ltaief and Dongarra 2011):
 * <ol>
 *   <li>{@link BandReduction}: blocked Householder reduction to a band of half-width {@value #BAND};
 *       its work is matrix-matrix products, which run at arithmetic speed rather than memory speed;</li>
 *   <li>{@link BandTridiagonalizer}: Householder bulge chasing from the band to tridiagonal form;</li>
 *   <li>{@link RationalQl}: the root-free QL iteration on the tridiagonal matrix.</li>
 * </ol>
 * Only eigenvalues are wanted, so no transformation is accumulated or applied back. The matrix is
 * scaled to unit max-norm first, so no intermediate over- or underflows for finite input.
 *
 * <p>Complexity {@code 4n^3/3 + O(n^2 BAND)} flops, {@code 8n^2 + O(n BAND)} bytes. Uses up to two
 * threads for {@code n} in the hundreds and above. Deterministic: how work is split depends on
 * {@code n} only, so the result does not depend on thread timing.
 */
public final class TwoStageEigenvalues {
    /** Half-bandwidth of the intermediate band matrix. */
    static final int BAND = 16;

    private TwoStageEigenvalues() {}

    /**
     * All eigenvalues, increasing, of the symmetric {@code n x n} matrix whose row-major lower
     * triangle (entries {@code a[i*n+j]}, {@code j <= i}) is given; the upper triangle is ignored and
     * {@code a} is not modified.
     *
     * @param a the matrix, row-major, length {@code n*n}
     * @param n the dimension, at least 1
     * @return the {@code n} eigenvalues in increasing order
     * @throws IllegalArgumentException if {@code n < 1}, the length is not {@code n*n}, or an entry of
     *                                  the lower triangle is not finite
     * @throws ArithmeticException      if the QL iteration does not converge (not observed)
     */
    public static double[] eigenvalues(double[] a, int n) {
        if (n < 1) throw new IllegalArgumentException("dimension must be >= 1, got " + n);
        if (a.length != (long) n * n) throw new IllegalArgumentException("matrix length must be n*n = " + (long) n * n + ", got " + a.length);
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(a, i * n, rows[i], 0, i + 1);
        return eigenvaluesOfRows(rows);
    }

    /**
     * As {@link #eigenvalues(double[], int)} for a matrix given as {@code n} rows of length {@code n}
     * whose lower triangle ({@code rows[i][j]}, {@code j <= i}) is set; {@code rows} is overwritten.
     * Saves the row copy for callers that build the matrix themselves.
     */
    static double[] eigenvaluesOfRows(double[][] rows) {
        int n = rows.length;
        if (n < 1) throw new IllegalArgumentException("dimension must be >= 1, got " + n);
        double max = 0;
        for (int i = 0; i < n; i++) {
            double[] row = rows[i];
            for (int j = 0; j <= i; j++) {
                double x = row[j];
                if (!Double.isFinite(x)) throw new IllegalArgumentException("matrix entry (" + i + "," + j + ") is not finite: " + x);
                max = Math.max(max, Math.abs(x));
            }
        }
        double[] d = new double[n];
        if (max == 0) return d;
        double inv = 1 / max;
        for (int i = 0; i < n; i++) {
            double[] row = rows[i];
            for (int j = 0; j <= i; j++) row[j] *= inv;
        }
        TrailingUpdate.mirror(rows, 0, 0, n);
        double[] e = new double[n];
        BandReduction.reduce(rows, n, BAND);
        BandTridiagonalizer.reduce(rows, n, BAND, d, e);
        RationalQl.eigenvalues(d, e);
        for (int i = 0; i < n; i++) d[i] *= max;
        Arrays.sort(d);
        return d;
    }
}
