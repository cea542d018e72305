package io.dfloverlay.examples.certify;

import java.util.Arrays;

/**
 * All eigenvalues of a small symmetric matrix by the cyclic Jacobi method: an independent check of
 * the library's λ, written from the textbook (Golub and Van Loan, section 8.5), not from the library.
 */
final class JacobiEigenvalues {
    private JacobiEigenvalues() {}

    /** {@return the eigenvalues of the symmetric matrix {@code m}, ascending (m is not modified)} */
    static double[] of(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = m[i].clone();
        for (int sweep = 0; sweep < 100 && offDiagonal(a) > 1e-22; sweep++) {
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) continue;
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < n; k++) {            // columns p, q
                        double akp = a[k][p], akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {            // rows p, q
                        double apk = a[p][k], aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                }
            }
        }
        double[] eig = new double[n];
        for (int i = 0; i < n; i++) eig[i] = a[i][i];
        Arrays.sort(eig);
        return eig;
    }

    private static double offDiagonal(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a.length; j++)
                if (i != j) sum += a[i][j] * a[i][j];
        return sum;
    }
}
