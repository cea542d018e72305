package io.dfloverlay.spectral.solver;

/**
 * Eigenvalues of a symmetric tridiagonal matrix by the rational (square-root-free) QL iteration with
 * implicit shifts, as EISPACK's {@code tqlrat} (Reinsch 1973): it works on the squared off-diagonal,
 * so each inner step has divisions but no square root, which shortens its dependency chain about
 * twofold against the classical {@code tql1}. Deflation uses the absolute test
 * {@code e_m^2 <= (eps * max_{i<=l}(|d_i| + |e_i|))^2}.
 */
final class RationalQl {
    private static final int MAX_ITERATIONS = 60;

    private RationalQl() {}

    /**
     * Overwrites {@code d} with the eigenvalues (unsorted) of the tridiagonal matrix with diagonal
     * {@code d} and subdiagonal {@code e[0..n-2]}; {@code e} is destroyed. Entries should be of order
     * one (no scaling is done).
     *
     * @throws ArithmeticException if an eigenvalue needs more than 60 iterations (not observed)
     */
    static void eigenvalues(double[] d, double[] e) {
        int n = d.length;
        if (n <= 1) return;
        double[] e2 = e;
        for (int i = 0; i < n - 1; i++) e2[i] *= e2[i];
        e2[n - 1] = 0;
        double eps = Math.ulp(1.0);
        double shiftSum = 0, norm = 0, tol = 0, tol2 = 0;
        for (int l = 0; l < n; l++) {
            double h = Math.abs(d[l]) + Math.sqrt(e2[l]);
            if (norm < h) {
                norm = h;
                tol = eps * norm;
                tol2 = tol * tol;
            }
            int iterations = 0;
            while (true) {
                int m = firstSmall(e2, l, n, tol2);
                if (m == l) break;
                if (iterations++ == MAX_ITERATIONS) throw new ArithmeticException("rational QL did not converge at index " + l + ", n=" + n);
                // shift: the eigenvalue of the leading 2x2 block nearer to d[l]; subtract it from the rest
                double s = Math.sqrt(e2[l]);
                double g = d[l];
                double p = (d[l + 1] - g) / (2 * s);
                double r = Math.hypot(p, 1);
                d[l] = s / (p + Math.copySign(r, p));
                h = g - d[l];
                for (int i = l + 1; i < n; i++) d[i] -= h;
                shiftSum += h;
                // rational QL sweep from m up to l
                g = d[m];
                if (g == 0) g = tol;
                h = g;
                s = 0;
                for (int i = m - 1; i >= l; i--) {
                    p = g * h;
                    r = p + e2[i];
                    e2[i + 1] = s * r;
                    s = e2[i] / r;
                    d[i + 1] = h + s * (h + d[i]);
                    g = d[i] - e2[i] / g;
                    if (g == 0) g = tol;
                    h = g * p / r;
                }
                e2[l] = s * g;
                d[l] = h;
                // guard against underflow in the convergence test
                if (h == 0 || Math.abs(e2[l]) <= Math.abs(tol2 / h)) break;
                e2[l] *= h;
                if (e2[l] == 0) break;
            }
            d[l] += shiftSum;
        }
    }

    /** The first {@code m >= l} with a negligible {@code e2[m]} ({@code e2[n-1]} is zero). */
    private static int firstSmall(double[] e2, int l, int n, double tol2) {
        int m = l;
        while (m < n - 1 && e2[m] > tol2) m++;
        return m;
    }
}
