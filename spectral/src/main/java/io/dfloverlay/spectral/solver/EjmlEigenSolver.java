package io.dfloverlay.spectral.solver;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * All eigenvalues by EJML's symmetric eigen-decomposition
 * ({@code DecompositionFactory_DDRM.eig(n, false, true)}: Householder tridiagonalization and
 * implicit symmetric QR). Selectable as {@code SpectralMethod.EJML} and the reference the dense
 * tests compare {@link DenseSymmetricEigenSolver} with; slower than that solver from a few hundred
 * nodes on (ratios in docs/benchmarks.md). Stateless and thread-safe.
 */
public final class EjmlEigenSolver implements DenseEigenSolver {
    /** Name reported in {@link SpectrumEnds#method()}. */
    public static final String METHOD = "dense-ejml";

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public double[] eigenvalues(SymmetricOperator op) {
        int n = op.dimension();
        return eigenvalues(DMatrixRMaj.wrap(n, n, DenseEigenSolver.materialize(op)));
    }

    /**
     * All eigenvalues of the symmetric matrix {@code a} (not modified), ascending.
     *
     * @param a a symmetric square matrix
     * @return the eigenvalues, ascending
     * @throws IllegalArgumentException if {@code a} is not square
     * @throws ArithmeticException      if EJML's iteration does not converge
     */
    public static double[] eigenvalues(DMatrixRMaj a) {
        int n = a.numRows;
        if (a.numCols != n) throw new IllegalArgumentException("matrix must be square, got " + n + "x" + a.numCols);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(a.copy())) throw new ArithmeticException("EJML eigen-decomposition did not converge (n=" + n + ")");
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = eig.getEigenvalue(i).getReal();
        Arrays.sort(values);
        return values;
    }
}
