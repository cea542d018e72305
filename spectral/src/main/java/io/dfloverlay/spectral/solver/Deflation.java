package io.dfloverlay.spectral.solver;

/** Vector helpers shared by the solvers: validation, projection, Rayleigh quotients. */
final class Deflation {
    private Deflation() {}

    static void checkVector(double[] v, int n) {
        if (v.length != n) throw new IllegalArgumentException("deflation vector has length " + v.length + ", expected " + n);
        if (dot(v, v) == 0) throw new IllegalArgumentException("deflation vector is zero");
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** {@code x -= (u·x) u} for a unit vector {@code u}. */
    static void project(double[] x, double[] u) {
        double c = dot(u, x);
        for (int i = 0; i < x.length; i++) x[i] -= c * u[i];
    }

    static double[] normalized(double[] v) {
        double s = Math.sqrt(dot(v, v));
        double[] u = new double[v.length];
        for (int i = 0; i < v.length; i++) u[i] = v[i] / s;
        return u;
    }

    static double rayleighQuotient(SymmetricOperator op, double[] v) {
        double[] y = new double[v.length];
        op.apply(v, y);
        return dot(v, y) / dot(v, v);
    }
}
