package io.dfloverlay.spectral.solver;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * All eigenvalues (no vectors) of a dense real symmetric matrix: blocked Householder reduction to
 * tridiagonal form on the lower triangle, as LAPACK's {@code DSYTRD}/{@code DLATRD} (Dongarra,
 * Hammarling and Sorensen 1989), followed by the implicit QL algorithm with Wilkinson-type shifts on
 * the tridiagonal matrix, values only (as EISPACK {@code tql1}).
 *
 * <p>A panel of {@value #PANEL} columns is reduced at a time: each column is brought up to date with
 * the panel's earlier reflectors, its reflector {@code v} is generated, and {@code w = tau A v}
 * corrected for the pending updates; the trailing matrix then receives one symmetric rank-2k update
 * {@code A -= V W^T + W V^T}, split over two threads when large. The matrix is scaled to unit
 * max-norm first, so no intermediate over- or underflows for finite input.
 *
 * <p>Complexity {@code 4n^3/3 + O(n^2)} flops, {@code 8n^2 + O(n)} bytes. Deterministic: the
 * parallel split is fixed by {@code n}, so results do not depend on thread timing.
 */
public final class BlockedTridiagonalEigenvalues {
    /** Panel width (columns reduced before each rank-2k update of the trailing matrix). */
    static final int PANEL = 32;
    /** Trailing dimension from which the rank-2k update and the symv are split over two threads. */
    private static final int PARALLEL_MIN = 256;
    private static final int MAX_QL_ITERATIONS = 60;

    private BlockedTridiagonalEigenvalues() {}

    /**
     * All eigenvalues, increasing, of the symmetric {@code n x n} matrix whose row-major lower
     * triangle (entries {@code a[i*n+j]}, {@code j <= i}) is given; the upper triangle is ignored
     * and {@code a} is overwritten.
     *
     * @throws IllegalArgumentException if {@code n < 1}, the length is not {@code n*n}, or an entry of
     *                                  the lower triangle is not finite
     * @throws ArithmeticException      if the QL iteration does not converge (not observed)
     */
    public static double[] eigenvalues(double[] a, int n) {
        if (n < 1) throw new IllegalArgumentException("dimension must be >= 1, got " + n);
        if (a.length != (long) n * n) throw new IllegalArgumentException("matrix length must be n*n = " + (long) n * n + ", got " + a.length);
        double max = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double x = a[i * n + j];
                if (!Double.isFinite(x)) throw new IllegalArgumentException("matrix entry (" + i + "," + j + ") is not finite: " + x);
                max = Math.max(max, Math.abs(x));
            }
        }
        double[] d = new double[n];
        if (max == 0) return d;
        double inv = 1 / max;
        for (int i = 0; i < n; i++) for (int j = 0; j <= i; j++) a[i * n + j] *= inv;
        double[] e = new double[n];
        tridiagonalize(a, n, d, e);
        tridiagonalEigenvalues(d, e);
        for (int i = 0; i < n; i++) d[i] *= max;
        Arrays.sort(d);
        return d;
    }

    /** Reduces the lower triangle of {@code a} to tridiagonal form: diagonal {@code d}, subdiagonal {@code e[0..n-2]}. */
    static void tridiagonalize(double[] a, int n, double[] d, double[] e) {
        double[] vt = new double[PANEL * n];
        double[] wt = new double[PANEL * n];
        double[] col = new double[n];
        double[][] partial = {new double[n], new double[n]};
        for (int k = 0; k < n - 1; k += PANEL) {
            int b = Math.min(PANEL, n - 1 - k);
            for (int jj = 0; jj < b; jj++) {
                int j = k + jj;
                for (int r = j; r < n; r++) col[r] = a[r * n + j];
                for (int l = 0; l < jj; l++) {
                    int o = l * n;
                    double vj = vt[o + j], wj = wt[o + j];
                    for (int r = j; r < n; r++) col[r] -= vt[o + r] * wj + wt[o + r] * vj;
                }
                d[j] = col[j];
                // Householder reflector annihilating col[j+2..n-1] (LAPACK dlarfg).
                double alpha = col[j + 1];
                double xnorm2 = 0;
                for (int r = j + 2; r < n; r++) xnorm2 += col[r] * col[r];
                int vo = jj * n;
                double tau;
                if (xnorm2 == 0) {
                    tau = 0;
                    e[j] = alpha;
                } else {
                    double beta = -Math.copySign(Math.sqrt(alpha * alpha + xnorm2), alpha);
                    tau = (beta - alpha) / beta;
                    double scale = 1 / (alpha - beta);
                    for (int r = j + 2; r < n; r++) vt[vo + r] = col[r] * scale;
                    e[j] = beta;
                }
                if (tau == 0) for (int r = j + 2; r < n; r++) vt[vo + r] = 0;
                vt[vo + j + 1] = 1;
                for (int r = 0; r <= j; r++) vt[vo + r] = 0;
                // w = tau (A - V W^T - W V^T) v, then w -= (tau/2)(w.v) v.
                int s = j + 1;
                Arrays.fill(wt, vo, vo + n, 0);
                if (tau != 0) {
                    symvLower(a, n, s, vt, vo, wt, vo, partial);
                    for (int l = 0; l < jj; l++) {
                        int o = l * n;
                        double t1 = 0, t2 = 0;
                        for (int r = s; r < n; r++) {
                            t1 += wt[o + r] * vt[vo + r];
                            t2 += vt[o + r] * vt[vo + r];
                        }
                        for (int r = s; r < n; r++) wt[vo + r] -= vt[o + r] * t1 + wt[o + r] * t2;
                    }
                    double dot = 0;
                    for (int r = s; r < n; r++) dot += (wt[vo + r] *= tau) * vt[vo + r];
                    double corr = -0.5 * tau * dot;
                    for (int r = s; r < n; r++) wt[vo + r] += corr * vt[vo + r];
                }
            }
            rank2kLower(a, n, k + b, vt, wt, b);
        }
        d[n - 1] = a[(n - 1) * n + n - 1];
    }

    /** {@code y[s..n) = A[s..n, s..n] x} from the lower triangle of {@code a}; {@code y} is zero on entry. */
    private static void symvLower(double[] a, int n, int s, double[] x, int xo, double[] y, int yo, double[][] partial) {
        int m = n - s;
        if (m < PARALLEL_MIN) {
            symvRows(a, n, s, s, n, x, xo, y, yo);
            return;
        }
        // Split rows so both halves hold about the same number of lower-triangle entries.
        int mid = s + (int) Math.round(m / Math.sqrt(2));
        IntStream.range(0, 2).parallel().forEach(t -> {
            double[] p = partial[t];
            Arrays.fill(p, s, n, 0);
            if (t == 0) symvRows(a, n, s, s, mid, x, xo, p, 0);
            else symvRows(a, n, s, mid, n, x, xo, p, 0);
        });
        double[] p0 = partial[0], p1 = partial[1];
        for (int r = s; r < n; r++) y[yo + r] = p0[r] + p1[r];
    }

    /**
     * Rows {@code [r0, r1)} of the lower symv over columns from {@code s}: per row, a dot product with
     * four accumulators, then an axpy into {@code y} (a separate loop, so that the JIT vectorizes it).
     */
    private static void symvRows(double[] a, int n, int s, int r0, int r1, double[] x, int xo, double[] y, int yo) {
        for (int r = r0; r < r1; r++) {
            int row = r * n;
            double xr = x[xo + r];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int xshift = xo - row;
            int end = row + r;
            int i = row + s;
            for (; i + 3 < end; i += 4) {
                s0 += a[i] * x[i + xshift];
                s1 += a[i + 1] * x[i + 1 + xshift];
                s2 += a[i + 2] * x[i + 2 + xshift];
                s3 += a[i + 3] * x[i + 3 + xshift];
            }
            for (; i < end; i++) s0 += a[i] * x[i + xshift];
            int shift = yo - row;
            for (int c = row + s; c < end; c++) y[c + shift] += a[c] * xr;
            y[yo + r] += (s0 + s1) + (s2 + s3) + a[end] * xr;
        }
    }

    /** {@code A[s..n, s..n] -= V W^T + W V^T} on the lower triangle, for the {@code b} panel vectors. */
    private static void rank2kLower(double[] a, int n, int s, double[] vt, double[] wt, int b) {
        int m = n - s;
        if (m <= 0) return;
        if (m < PARALLEL_MIN) {
            rank2kRows(a, n, s, s, n, vt, wt, b);
            return;
        }
        int mid = s + (int) Math.round(m / Math.sqrt(2));
        IntStream.range(0, 2).parallel().forEach(t -> {
            if (t == 0) rank2kRows(a, n, s, s, mid, vt, wt, b);
            else rank2kRows(a, n, s, mid, n, vt, wt, b);
        });
    }

    private static void rank2kRows(double[] a, int n, int s, int r0, int r1, double[] vt, double[] wt, int b) {
        for (int r = r0; r < r1; r++) {
            int row = r * n;
            int end = r + 1;
            int l = 0;
            for (; l + 1 < b; l += 2) {
                int o0 = l * n, o1 = o0 + n;
                double v0 = vt[o0 + r], w0 = wt[o0 + r], v1 = vt[o1 + r], w1 = wt[o1 + r];
                for (int c = s; c < end; c++) {
                    a[row + c] -= (v0 * wt[o0 + c] + w0 * vt[o0 + c]) + (v1 * wt[o1 + c] + w1 * vt[o1 + c]);
                }
            }
            for (; l < b; l++) {
                int o = l * n;
                double v0 = vt[o + r], w0 = wt[o + r];
                for (int c = s; c < end; c++) a[row + c] -= v0 * wt[o + c] + w0 * vt[o + c];
            }
        }
    }

    /**
     * Eigenvalues (unsorted, in {@code d}) of the symmetric tridiagonal matrix with diagonal {@code d}
     * and subdiagonal {@code e[0..n-2]} by implicit QL with shifts (EISPACK tql1; Numerical Recipes
     * tqli without vectors). Entries should be of order one (no scaling is done); {@code e} is destroyed.
     * Deflation uses EISPACK's absolute test {@code |e_m| <= eps max_{i<=l}(|d_i|+|e_i|)}.
     */
    static void tridiagonalEigenvalues(double[] d, double[] e) {
        int n = d.length;
        if (n > 0) e[n - 1] = 0;
        // Absolute deflation test against the running norm, as EISPACK tql1 (tst1).
        double tst = 0;
        double eps = Math.ulp(1.0);
        for (int l = 0; l < n; l++) {
            tst = Math.max(tst, Math.abs(d[l]) + Math.abs(e[l]));
            int iter = 0;
            int m;
            do {
                for (m = l; m < n - 1; m++) {
                    if (Math.abs(e[m]) <= eps * tst) break;
                }
                if (m != l) {
                    if (iter++ == MAX_QL_ITERATIONS) throw new ArithmeticException("tridiagonal QL did not converge at index " + l + ", n=" + n);
                    double g = (d[l + 1] - d[l]) / (2 * e[l]);
                    double r = Math.sqrt(g * g + 1);
                    g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
                    double s = 1, c = 1, p = 0;
                    int i;
                    boolean underflow = false;
                    for (i = m - 1; i >= l; i--) {
                        double f = s * e[i], bb = c * e[i];
                        r = Math.sqrt(f * f + g * g);
                        e[i + 1] = r;
                        if (r == 0) {
                            d[i + 1] -= p;
                            e[m] = 0;
                            underflow = true;
                            break;
                        }
                        s = f / r;
                        c = g / r;
                        g = d[i + 1] - p;
                        r = (d[i] - g) * s + 2 * c * bb;
                        p = s * r;
                        d[i + 1] = g + p;
                        g = c * r - bb;
                    }
                    if (underflow) continue;
                    d[l] -= p;
                    e[l] = g;
                    e[m] = 0;
                }
            } while (m != l);
        }
    }
}
