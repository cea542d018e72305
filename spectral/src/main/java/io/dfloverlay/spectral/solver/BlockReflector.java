package io.dfloverlay.spectral.solver;

import java.util.Arrays;

/**
 * Householder QR of one panel of {@link BandReduction} in compact WY form {@code Q = I - V T V^T}
 * (Schreiber and Van Loan 1989; LAPACK {@code DGEQR2} + {@code DLARFT}, forward, columnwise). The
 * panel is copied to a column-major strip first, so that the reflector updates run over contiguous
 * columns. Work buffers are reused between panels; not thread-safe.
 */
final class BlockReflector {
    private final int b;
    /** Reflectors by row: {@code vt[l][r]} is entry {@code r} (a row index of the matrix) of {@code v_l}. */
    final double[][] vt;
    /** Upper triangular {@code T}, {@code size() x size()} used. */
    final double[][] t;
    private final double[] tau;
    private final double[] g;
    private double[][] strip;
    private int size;

    BlockReflector(int b, int n) {
        this.b = b;
        this.vt = new double[b][n];
        this.t = new double[b][b];
        this.tau = new double[b];
        this.g = new double[b];
    }

    /** Number of reflectors of the last {@link #factor} (fewer than {@code b} for a short last panel). */
    int size() {
        return size;
    }

    /**
     * Factors the panel of columns {@code [k, k+b)}, rows {@code [k+b, n)} of {@code a} (lower
     * triangle): afterwards those rows hold {@code R} (upper triangle of the first {@code b} rows) and
     * zeros, and {@link #vt}, {@link #t} describe {@code Q}. If {@code pv} is given, the pending update
     * {@code A -= pv pw^T + pw pv^T} (its {@code pkb} vectors) of the columns {@code [k, k+b)}, rows
     * {@code [k, n)}, is applied first, including the lower triangle of the diagonal block.
     */
    void factor(double[][] a, int n, int k, double[][] pv, double[][] pw, int pkb) {
        int rows = n - k;
        if (strip == null || strip[0].length < rows) strip = new double[b][rows];
        double[][] p = strip;
        for (int i = 0; i < rows; i++) {
            double[] row = a[k + i];
            for (int j = 0; j < b; j++) p[j][i] = row[k + j];
        }
        if (pv != null) {
            for (int j = 0; j < b; j++) {
                double[] col = p[j];
                for (int l = 0; l < pkb; l++) {
                    double[] v = pv[l], w = pw[l];
                    double cw = -w[k + j], cv = -v[k + j];
                    for (int i = 0; i < rows; i++) col[i] = Math.fma(cv, w[k + i], Math.fma(cw, v[k + i], col[i]));
                }
            }
            for (int i = 0; i < b; i++) {
                double[] row = a[k + i];
                for (int j = 0; j <= i; j++) row[k + j] = p[j][i];
            }
        }
        qr(p, k, b, rows);
        for (int i = b; i < rows; i++) {
            double[] row = a[k + i];
            for (int j = 0; j < b; j++) row[k + j] = i - b <= j ? p[j][i] : 0;
        }
        formT(k + b, n);
    }

    /** QR of strip rows {@code [b, rows)} (matrix rows {@code k+b ...}); reflectors to {@link #vt}. */
    private void qr(double[][] p, int k, int b, int rows) {
        int m = rows - b;
        size = Math.min(b, m);
        int base = k + b; // matrix row of strip row b
        for (int l = 0; l < size; l++) {
            double[] x = p[l];
            double[] v = vt[l];
            Arrays.fill(v, 0);
            int piv = b + l;
            v[base + l] = 1;
            double alpha = x[piv];
            double xnorm2 = 0;
            for (int i = piv + 1; i < rows; i++) xnorm2 += x[i] * x[i];
            if (xnorm2 == 0) {
                tau[l] = 0;
                continue;
            }
            double beta = -Math.copySign(Math.sqrt(alpha * alpha + xnorm2), alpha);
            double tl = (beta - alpha) / beta;
            double scale = 1 / (alpha - beta);
            int shift = k; // v index = strip index + k
            for (int i = piv + 1; i < rows; i++) v[i + shift] = x[i] * scale;
            x[piv] = beta;
            tau[l] = tl;
            int j = l + 1;
            for (; j + 3 < b; j += 4) {
                double[] y0 = p[j], y1 = p[j + 1], y2 = p[j + 2], y3 = p[j + 3];
                double s0 = y0[piv], s1 = y1[piv], s2 = y2[piv], s3 = y3[piv];
                for (int i = piv + 1; i < rows; i++) {
                    double vi = v[i + shift];
                    s0 += vi * y0[i];
                    s1 += vi * y1[i];
                    s2 += vi * y2[i];
                    s3 += vi * y3[i];
                }
                s0 *= tl;
                s1 *= tl;
                s2 *= tl;
                s3 *= tl;
                y0[piv] -= s0;
                y1[piv] -= s1;
                y2[piv] -= s2;
                y3[piv] -= s3;
                for (int i = piv + 1; i < rows; i++) {
                    double vi = v[i + shift];
                    y0[i] -= s0 * vi;
                    y1[i] -= s1 * vi;
                    y2[i] -= s2 * vi;
                    y3[i] -= s3 * vi;
                }
            }
            for (; j < b; j++) {
                double[] y = p[j];
                double s = y[piv];
                for (int i = piv + 1; i < rows; i++) s += v[i + shift] * y[i];
                s *= tl;
                y[piv] -= s;
                for (int i = piv + 1; i < rows; i++) y[i] -= s * v[i + shift];
            }
        }
    }

    /** {@code T} from {@code tau} and {@code V} (reflectors start at matrix row {@code r0}). */
    private void formT(int r0, int n) {
        for (double[] row : t) Arrays.fill(row, 0);
        for (int j = 0; j < size; j++) {
            double tj = tau[j];
            t[j][j] = tj;
            if (tj == 0) continue;
            double[] vj = vt[j];
            for (int p = 0; p < j; p++) {
                double[] vp = vt[p];
                double acc = 0;
                for (int r = r0 + j; r < n; r++) acc += vp[r] * vj[r];
                g[p] = acc;
            }
            for (int p = 0; p < j; p++) {
                double acc = 0;
                for (int q = p; q < j; q++) acc += t[p][q] * g[q];
                t[p][j] = -tj * acc;
            }
        }
    }
}
