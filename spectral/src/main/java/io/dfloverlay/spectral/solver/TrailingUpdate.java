package io.dfloverlay.spectral.solver;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntBinaryOperator;
import java.util.stream.IntStream;

/**
 * Kernels of {@link BandReduction}'s two-sided update {@code A22 <- A22 - V W^T - W V^T} on matrices
 * stored as one {@code double[]} per row. Loops are written in "axpy" form over rows (no dot
 * products along rows) with several rows per pass and {@code Math.fma}, the shape the JIT turns into
 * vector instructions. Large ranges are split over two threads in a way fixed by the sizes, so
 * results do not depend on thread timing.
 */
final class TrailingUpdate {
    /** Below this many rows or columns, work stays on the calling thread. */
    static final int PARALLEL_MIN = 192;
    /** Column tile of {@link #product}. */
    private static final int COLUMN_TILE = 512;
    /** Row chunk of {@link #rank2k}. */
    private static final int ROW_CHUNK = 32;

    private TrailingUpdate() {}

    /**
     * {@code X^T = T^T V^T A22} into {@code xt} and {@code M = V^T X} into {@code m}, over rows and
     * columns {@code [r0, n)} of {@code a} (full symmetric rows there). The product is split over two
     * threads by rows (the second half accumulates into {@code scratch}, same shape as {@code xt}),
     * which runs faster than a split by columns; the rest by column halves.
     */
    static void product(double[][] a, int r0, int n, double[][] vt, double[][] t, double[][] xt, double[][] scratch, double[][] m, int kb) {
        boolean split = n - r0 >= PARALLEL_MIN;
        if (split) {
            int mid = r0 + (n - r0) / 2;
            IntStream.range(0, 2).parallel().forEach(h -> {
                double[][] out = h == 0 ? xt : scratch;
                for (int l = 0; l < kb; l++) Arrays.fill(out[l], r0, n, 0);
                accumulate(a, h == 0 ? r0 : mid, h == 0 ? mid : n, r0, n, vt, out, kb);
            });
        } else {
            for (int l = 0; l < kb; l++) Arrays.fill(xt[l], r0, n, 0);
            accumulate(a, r0, n, r0, n, vt, xt, kb);
        }
        double[][][] part = new double[2][kb][kb];
        int halves = halves(r0, n, (c0, c1) -> {
            double[][] mp = part[c0 == r0 ? 0 : 1];
            if (split) {
                for (int l = 0; l < kb; l++) {
                    double[] x = xt[l], y = scratch[l];
                    for (int c = c0; c < c1; c++) x[c] += y[c];
                }
            }
            for (int l = kb - 1; l >= 0; l--) { // X^T <- T^T X^T, T upper triangular, in place
                double[] xl = xt[l];
                double tll = t[l][l];
                for (int c = c0; c < c1; c++) xl[c] *= tll;
                for (int p = 0; p < l; p++) {
                    double tp = t[p][l];
                    if (tp == 0) continue;
                    double[] xp = xt[p];
                    for (int c = c0; c < c1; c++) xl[c] = Math.fma(tp, xp[c], xl[c]);
                }
            }
            for (int p = 0; p < kb; p++) dots(vt[p], xt, Math.max(c0, r0 + p), c1, kb, mp[p]);
            return 0;
        });
        for (int p = 0; p < kb; p++) {
            for (int q = 0; q < kb; q++) m[p][q] = halves == 2 ? part[0][p][q] + part[1][p][q] : part[0][p][q];
        }
    }

    /**
     * Turns {@code X} (in {@code xt}) into {@code W = X - V Z / 2} with {@code Z = T^T M} ({@code m}
     * overwritten by {@code Z}), over columns {@code [r0, n)}.
     */
    static void correction(int r0, int n, double[][] vt, double[][] t, double[][] xt, double[][] m, int kb) {
        for (int q = 0; q < kb; q++) {
            for (int l = kb - 1; l >= 0; l--) {
                double acc = 0;
                for (int p = 0; p <= l; p++) acc += t[p][l] * m[p][q];
                m[l][q] = acc;
            }
        }
        halves(r0, n, (c0, c1) -> {
            for (int q = 0; q < kb; q++) {
                double[] w = xt[q];
                for (int p = 0; p < kb; p++) {
                    double f = -0.5 * m[p][q];
                    double[] v = vt[p];
                    for (int c = Math.max(c0, r0 + p); c < c1; c++) w[c] = Math.fma(f, v[c], w[c]);
                }
            }
            return 0;
        });
    }

    /**
     * {@code a[r][c] -= sum_l (vt[l][r] wt[l][c] + wt[l][r] vt[l][c])} for rows {@code r} in
     * {@code [lo, n)} and columns {@code s <= c <= r}, then copies those rows' columns {@code [s, r)}
     * to the upper triangle. Rows go in chunks, from the bottom, to two threads; {@code first}, if
     * given, runs on one of them before it takes chunks.
     */
    static void rank2k(double[][] a, int s, int lo, int n, double[][] vt, double[][] wt, int kb, Runnable first) {
        if (first == null && n - lo < PARALLEL_MIN) {
            rank2kRows(a, s, lo, n, vt, wt, kb);
            return;
        }
        AtomicInteger top = new AtomicInteger(n);
        IntStream.range(0, 2).parallel().forEach(task -> {
            if (task == 0 && first != null) first.run();
            for (int hi = top.getAndAdd(-ROW_CHUNK); hi > lo; hi = top.getAndAdd(-ROW_CHUNK)) {
                rank2kRows(a, s, Math.max(lo, hi - ROW_CHUNK), hi, vt, wt, kb);
            }
        });
    }

    /** Copies {@code a[r][c]} to {@code a[c][r]} for rows {@code r} in {@code [r0, r1)} and {@code s <= c < r}, in 4 x 4 blocks. */
    static void mirror(double[][] a, int s, int r0, int r1) {
        int r = r0;
        for (; r + 3 < r1; r += 4) {
            double[] a0 = a[r], a1 = a[r + 1], a2 = a[r + 2], a3 = a[r + 3];
            int c = s;
            for (; c + 3 < r; c += 4) {
                double[] b0 = a[c], b1 = a[c + 1], b2 = a[c + 2], b3 = a[c + 3];
                b0[r] = a0[c];
                b0[r + 1] = a1[c];
                b0[r + 2] = a2[c];
                b0[r + 3] = a3[c];
                b1[r] = a0[c + 1];
                b1[r + 1] = a1[c + 1];
                b1[r + 2] = a2[c + 1];
                b1[r + 3] = a3[c + 1];
                b2[r] = a0[c + 2];
                b2[r + 1] = a1[c + 2];
                b2[r + 2] = a2[c + 2];
                b2[r + 3] = a3[c + 2];
                b3[r] = a0[c + 3];
                b3[r + 1] = a1[c + 3];
                b3[r + 2] = a2[c + 3];
                b3[r + 3] = a3[c + 3];
            }
            for (int q = r; q < r + 4; q++) {
                double[] row = a[q];
                for (int cc = c; cc < q; cc++) a[cc][q] = row[cc];
            }
        }
        for (; r < r1; r++) {
            double[] row = a[r];
            for (int c = s; c < r; c++) a[c][r] = row[c];
        }
    }

    /** Runs {@code body(c0, c1)} on two halves of {@code [lo, hi)} in parallel if large; returns the number of parts. */
    private static int halves(int lo, int hi, IntBinaryOperator body) {
        if (hi - lo < PARALLEL_MIN) {
            body.applyAsInt(lo, hi);
            return 1;
        }
        int mid = lo + (hi - lo) / 2;
        IntStream.range(0, 2).parallel().forEach(h -> body.applyAsInt(h == 0 ? lo : mid, h == 0 ? mid : hi));
        return 2;
    }

    /** {@code xt[l][c] += sum_r vt[l][r] a[r][c]} for rows {@code [r0, n)}, columns {@code [c0, c1)}: four rows, two outputs per pass. */
    private static void accumulate(double[][] a, int r0, int n, int c0, int c1, double[][] vt, double[][] xt, int kb) {
        for (int ct = c0; ct < c1; ct += COLUMN_TILE) {
            int ce = Math.min(c1, ct + COLUMN_TILE);
            int r = r0;
            for (; r + 3 < n; r += 4) {
                double[] a0 = a[r], a1 = a[r + 1], a2 = a[r + 2], a3 = a[r + 3];
                int l = 0;
                for (; l + 1 < kb; l += 2) {
                    double[] v = vt[l], u = vt[l + 1];
                    double v0 = v[r], v1 = v[r + 1], v2 = v[r + 2], v3 = v[r + 3];
                    double u0 = u[r], u1 = u[r + 1], u2 = u[r + 2], u3 = u[r + 3];
                    double[] x = xt[l], y = xt[l + 1];
                    for (int c = ct; c < ce; c++) {
                        double b0 = a0[c], b1 = a1[c], b2 = a2[c], b3 = a3[c];
                        x[c] = Math.fma(v3, b3, Math.fma(v2, b2, Math.fma(v1, b1, Math.fma(v0, b0, x[c]))));
                        y[c] = Math.fma(u3, b3, Math.fma(u2, b2, Math.fma(u1, b1, Math.fma(u0, b0, y[c]))));
                    }
                }
                for (; l < kb; l++) {
                    double[] v = vt[l];
                    double v0 = v[r], v1 = v[r + 1], v2 = v[r + 2], v3 = v[r + 3];
                    double[] x = xt[l];
                    for (int c = ct; c < ce; c++) x[c] = Math.fma(v3, a3[c], Math.fma(v2, a2[c], Math.fma(v1, a1[c], Math.fma(v0, a0[c], x[c]))));
                }
            }
            for (; r < n; r++) {
                double[] a0 = a[r];
                for (int l = 0; l < kb; l++) {
                    double v0 = vt[l][r];
                    double[] x = xt[l];
                    for (int c = ct; c < ce; c++) x[c] = Math.fma(v0, a0[c], x[c]);
                }
            }
        }
    }

    /** {@code out[q] = v . xt[q]} over {@code [c0, c1)} for all {@code q < kb}, four dot products per pass. */
    private static void dots(double[] v, double[][] xt, int c0, int c1, int kb, double[] out) {
        int q = 0;
        for (; q + 3 < kb; q += 4) {
            double[] x0 = xt[q], x1 = xt[q + 1], x2 = xt[q + 2], x3 = xt[q + 3];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int c = c0; c < c1; c++) {
                double vc = v[c];
                s0 += vc * x0[c];
                s1 += vc * x1[c];
                s2 += vc * x2[c];
                s3 += vc * x3[c];
            }
            out[q] = s0;
            out[q + 1] = s1;
            out[q + 2] = s2;
            out[q + 3] = s3;
        }
        for (; q < kb; q++) {
            double[] x = xt[q];
            double s0 = 0;
            for (int c = c0; c < c1; c++) s0 += v[c] * x[c];
            out[q] = s0;
        }
    }

    /** {@link #rank2k} on rows {@code [r0, r1)} by one thread: four rows per pass, then the mirror copy. */
    private static void rank2kRows(double[][] a, int s, int r0, int r1, double[][] vt, double[][] wt, int kb) {
        int r = r0;
        for (; r + 3 < r1; r += 4) {
            double[] x0 = a[r], x1 = a[r + 1], x2 = a[r + 2], x3 = a[r + 3];
            int end = r + 1; // columns [s, r] are common to the four rows
            for (int l = 0; l < kb; l++) {
                double[] p = wt[l], q = vt[l];
                double c0 = -q[r], d0 = -p[r], c1 = -q[r + 1], d1 = -p[r + 1];
                double c2 = -q[r + 2], d2 = -p[r + 2], c3 = -q[r + 3], d3 = -p[r + 3];
                for (int c = s; c < end; c++) {
                    double g = p[c], h = q[c];
                    x0[c] = Math.fma(d0, h, Math.fma(c0, g, x0[c]));
                    x1[c] = Math.fma(d1, h, Math.fma(c1, g, x1[c]));
                    x2[c] = Math.fma(d2, h, Math.fma(c2, g, x2[c]));
                    x3[c] = Math.fma(d3, h, Math.fma(c3, g, x3[c]));
                }
            }
            for (int i = r + 1; i < r + 4; i++) { // the small triangle right of the common columns
                double[] x = a[i];
                for (int c = r + 1; c <= i; c++) {
                    double acc = x[c];
                    for (int l = 0; l < kb; l++) acc -= vt[l][i] * wt[l][c] + wt[l][i] * vt[l][c];
                    x[c] = acc;
                }
            }
        }
        for (; r < r1; r++) {
            double[] x = a[r];
            for (int l = 0; l < kb; l++) {
                double[] p = wt[l], q = vt[l];
                double c0 = -q[r], d0 = -p[r];
                for (int c = s; c <= r; c++) x[c] = Math.fma(d0, q[c], Math.fma(c0, p[c], x[c]));
            }
        }
        mirror(a, s, r0, r1);
    }
}
