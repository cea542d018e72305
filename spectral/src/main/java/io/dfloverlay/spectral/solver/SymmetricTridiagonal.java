package io.dfloverlay.spectral.solver;

/**
 * Extreme eigenpairs of the symmetric tridiagonal matrix {@code T_k} built by Lanczos: eigenvalues
 * by Sturm-sequence bisection (Barth, Martin and Wilkinson 1967) to full precision, eigenvectors
 * by inverse iteration with a partially pivoted tridiagonal LU (as LAPACK's dgttrf/dgtts2).
 * {@code O(k)} per Sturm count and per solve. Not thread-safe (reuses work arrays).
 */
final class SymmetricTridiagonal {
    private final double[] alpha;
    private final double[] beta;
    private final int k;
    private double[] dl, d, du, du2, work;
    private boolean[] swapped;

    /** {@code alpha[0..k-1]} diagonal, {@code beta[0..k-2]} off-diagonal (arrays not copied). */
    SymmetricTridiagonal(double[] alpha, double[] beta, int k) {
        this.alpha = alpha;
        this.beta = beta;
        this.k = k;
    }

    /** Number of eigenvalues strictly below {@code x}. */
    int countBelow(double x) {
        int count = 0;
        double q = alpha[0] - x;
        if (q < 0) count++;
        for (int i = 1; i < k; i++) {
            if (q == 0) q = Double.MIN_NORMAL * 1e10;
            q = alpha[i] - x - beta[i - 1] * beta[i - 1] / q;
            if (q < 0) count++;
        }
        return count;
    }

    /** The {@code j}-th smallest eigenvalue ({@code 0 <= j < k}) by bisection. */
    double eigenvalue(int j) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            double r = (i > 0 ? Math.abs(beta[i - 1]) : 0) + (i < k - 1 ? Math.abs(beta[i]) : 0);
            lo = Math.min(lo, alpha[i] - r);
            hi = Math.max(hi, alpha[i] + r);
        }
        double pad = 1e-12 * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)));
        lo -= pad;
        hi += pad;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) break;
            if (countBelow(mid) > j) hi = mid;
            else lo = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** A unit eigenvector for the eigenvalue {@code theta}, by two steps of inverse iteration. */
    double[] eigenvector(double theta) {
        if (d == null || d.length < k) {
            dl = new double[k];
            d = new double[k];
            du = new double[k];
            du2 = new double[k];
            work = new double[k];
            swapped = new boolean[k];
        }
        factor(theta);
        double[] x = new double[k];
        for (int i = 0; i < k; i++) x[i] = 1.0 + 0.5 * Math.sin(i + 1.0);
        for (int it = 0; it < 3; it++) {
            solve(x);
            double s = 0;
            for (int i = 0; i < k; i++) s += x[i] * x[i];
            s = Math.sqrt(s);
            if (!(s > 0) || Double.isInfinite(s)) {
                // Exact singularity hit: restart from a unit vector scaled down.
                java.util.Arrays.fill(x, 1.0 / Math.sqrt(k));
                continue;
            }
            for (int i = 0; i < k; i++) x[i] /= s;
        }
        return x;
    }

    private void factor(double theta) {
        double scale = 0;
        for (int i = 0; i < k; i++) {
            d[i] = alpha[i] - theta;
            scale = Math.max(scale, Math.abs(alpha[i]));
            if (i < k - 1) {
                dl[i] = beta[i];
                du[i] = beta[i];
                scale = Math.max(scale, Math.abs(beta[i]));
            }
            du2[i] = 0;
        }
        double tiny = Math.max(scale, 1) * 1e-15;
        for (int i = 0; i < k - 1; i++) {
            if (Math.abs(d[i]) >= Math.abs(dl[i])) {
                if (d[i] == 0) d[i] = tiny;
                double fact = dl[i] / d[i];
                dl[i] = fact;
                d[i + 1] -= fact * du[i];
                swapped[i] = false;
            } else {
                double fact = d[i] / dl[i];
                d[i] = dl[i];
                dl[i] = fact;
                double temp = du[i];
                du[i] = d[i + 1];
                d[i + 1] = temp - fact * d[i + 1];
                if (i < k - 2) {
                    du2[i] = du[i + 1];
                    du[i + 1] = -fact * du[i + 1];
                }
                swapped[i] = true;
            }
        }
        if (d[k - 1] == 0) d[k - 1] = tiny;
    }

    private void solve(double[] b) {
        for (int i = 0; i < k - 1; i++) {
            if (swapped[i]) {
                double t = b[i];
                b[i] = b[i + 1];
                b[i + 1] = t;
            }
            b[i + 1] -= dl[i] * b[i];
        }
        b[k - 1] /= d[k - 1];
        if (k > 1) b[k - 2] = (b[k - 2] - du[k - 2] * b[k - 1]) / d[k - 2];
        for (int i = k - 3; i >= 0; i--) b[i] = (b[i] - du[i] * b[i + 1] - du2[i] * b[i + 2]) / d[i];
    }
}
