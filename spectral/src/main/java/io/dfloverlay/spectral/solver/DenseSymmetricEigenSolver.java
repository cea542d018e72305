package io.dfloverlay.spectral.solver;

import org.ejml.data.DMatrixRMaj;

/**
 * All eigenvalues by {@link TwoStageEigenvalues} (dense to band to tridiagonal, then rational QL),
 * from which the ends are read off; several times faster than EJML's symmetric QR
 * ({@link EjmlEigenSolver}) from a few hundred nodes on (figures in docs/benchmarks.md). The
 * operator is materialized as a dense matrix by applying it to the unit vectors (only its lower
 * triangle is used). Complexity {@code O(n^3)} time, {@code 8 n^2} bytes; sensible up to a few
 * thousand. Deterministic; instances are stateless and thread-safe.
 */
public final class DenseSymmetricEigenSolver implements DenseEigenSolver {
    /** Name reported in {@link SpectrumEnds#method()}. */
    public static final String METHOD = "dense-two-stage-ql";

    @Override
    public String method() {
        return METHOD;
    }

    /**
     * All eigenvalues of {@code op} in increasing order.
     *
     * @throws IllegalArgumentException if the dimension is below 2
     * @throws IllegalArgumentException if the operator produces a non-finite entry
     * @throws ArithmeticException      if the QL iteration fails (not observed on symmetric input)
     */
    @Override
    public double[] eigenvalues(SymmetricOperator op) {
        int n = op.dimension();
        if (n < 2) throw new IllegalArgumentException("dimension must be >= 2, got " + n);
        double[][] rows = new double[n][n];
        DenseEigenSolver.forEachColumn(op, (j, col) -> {
            for (int i = j; i < n; i++) rows[i][j] = col[i];
        });
        return TwoStageEigenvalues.eigenvaluesOfRows(rows);
    }

    /**
     * All eigenvalues of the symmetric dense matrix {@code a} (its lower triangle is used; not
     * modified) in increasing order.
     *
     * @param a a symmetric square matrix
     * @return the eigenvalues, ascending
     * @throws IllegalArgumentException if {@code a} is not square or has a non-finite entry
     */
    public static double[] eigenvalues(DMatrixRMaj a) {
        int n = a.numRows;
        if (a.numCols != n) throw new IllegalArgumentException("matrix must be square, got " + n + "x" + a.numCols);
        double[] data = a.data.length == n * n ? a.data : java.util.Arrays.copyOf(a.data, n * n);
        return TwoStageEigenvalues.eigenvalues(data, n);
    }
}
