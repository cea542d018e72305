package io.dfloverlay.spectral.solver;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * All eigenvalues by EJML's symmetric QR algorithm (Householder tridiagonalization, then implicit
 * QR on the tridiagonal matrix), from which the ends are read off. The operator is materialized as
 * a dense matrix by applying it to the unit vectors. A deflated vector is removed by dropping the
 * eigenvalue closest to its Rayleigh quotient. Complexity {@code O(n^3)} time, {@code 8 n^2} bytes;
 * sensible up to a few thousand. Deterministic; instances are stateless and thread-safe.
 */
public final class DenseSymmetricEigenSolver implements SymmetricEigenSolver {
    /** Name reported in {@link SpectrumEnds#method()}. */
    public static final String METHOD = "dense-ejml";

    @Override
    public SpectrumEnds extremes(SymmetricOperator op, double[] deflate) {
        double[] ev = eigenvalues(op);
        int n = ev.length;
        if (deflate != null) {
            Deflation.checkVector(deflate, n);
            double rq = Deflation.rayleighQuotient(op, deflate);
            int drop = 0;
            for (int i = 1; i < n; i++) if (Math.abs(ev[i] - rq) < Math.abs(ev[drop] - rq)) drop = i;
            double[] rest = new double[n - 1];
            System.arraycopy(ev, 0, rest, 0, drop);
            System.arraycopy(ev, drop + 1, rest, drop, n - 1 - drop);
            ev = rest;
        }
        double norm = Math.max(Math.abs(ev[0]), Math.abs(ev[ev.length - 1]));
        double err = 4.0 * n * Math.ulp(Math.max(norm, Double.MIN_NORMAL));
        return new SpectrumEnds(ev[ev.length - 1], ev[0], err, true, 0, METHOD);
    }

    /**
     * All eigenvalues of {@code op} in increasing order.
     *
     * @throws IllegalArgumentException if the dimension is below 2
     * @throws ArithmeticException      if EJML's QR iteration fails (not observed on symmetric input)
     */
    public double[] eigenvalues(SymmetricOperator op) {
        int n = op.dimension();
        if (n < 2) throw new IllegalArgumentException("dimension must be >= 2, got " + n);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        double[] e = new double[n];
        double[] col = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1;
            op.apply(e, col);
            e[j] = 0;
            for (int i = 0; i < n; i++) a.data[i * n + j] = col[i];
        }
        return eigenvalues(a);
    }

    /** All eigenvalues of the symmetric dense matrix {@code a} (overwritten) in increasing order. */
    public static double[] eigenvalues(DMatrixRMaj a) {
        int n = a.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(a)) throw new ArithmeticException("EJML symmetric QR did not converge, n=" + n);
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) ev[i] = eig.getEigenvalue(i).getReal();
        Arrays.sort(ev);
        return ev;
    }
}
