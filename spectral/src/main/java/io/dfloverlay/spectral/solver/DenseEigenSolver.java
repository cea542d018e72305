package io.dfloverlay.spectral.solver;

/**
 * A dense solver: all eigenvalues of an operator materialized as an {@code n × n} matrix,
 * {@code O(n^3)} time and {@code 8 n^2} bytes, exact to a few ulps of the norm. The two ends of a
 * deflated spectrum are read off by dropping the eigenvalue closest to the Rayleigh quotient of
 * the deflated vector. Implementations: {@link DenseSymmetricEigenSolver} (ours, the default) and
 * {@link EjmlEigenSolver} (EJML's symmetric QR, the reference).
 */
public interface DenseEigenSolver extends SymmetricEigenSolver {
    /**
     * All eigenvalues of {@code op} in increasing order.
     *
     * @param op the operator, dimension {@code >= 2}
     * @return the eigenvalues, ascending
     * @throws IllegalArgumentException if the dimension is below 2 or too large for a dense matrix
     */
    double[] eigenvalues(SymmetricOperator op);

    /**
     * The name reported in {@link SpectrumEnds#method()}.
     *
     * @return the solver's name
     */
    String method();

    @Override
    default SpectrumEnds extremes(SymmetricOperator op, double[] deflate) {
        return ends(eigenvalues(op), op, deflate, method());
    }

    /**
     * The ends of the ascending eigenvalues {@code ev} of {@code op}, without the eigenvalue of
     * {@code deflate} when given, with the dense error bound {@link #errorBound} of all of {@code ev} (the dropped eigenvalue sets
     * the scale of the rounding too).
     *
     * @param ev      all eigenvalues of {@code op}, ascending
     * @param op      the operator
     * @param deflate an eigenvector to leave out, or {@code null}
     * @param method  method name of the result
     * @return the two ends
     * @throws IllegalArgumentException if {@code deflate} has the wrong length or is zero
     */
    static SpectrumEnds ends(double[] ev, SymmetricOperator op, double[] deflate, String method) {
        int n = ev.length;
        // The bound from the whole spectrum: the rounding scale is the norm of M, dropped eigenvalue
        // included (W = J/n: the rest is ~0, its rounding is that of 1).
        double bound = errorBound(ev);
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
        return new SpectrumEnds(ev[ev.length - 1], ev[0], bound, true, 0, method);
    }

    /**
     * A bound on the absolute error of every eigenvalue of a backward-stable dense solve:
     * {@code 4 n ulp(‖M‖)}.
     *
     * @param ev the eigenvalues, ascending
     * @return the bound
     */
    static double errorBound(double[] ev) {
        double norm = Math.max(Math.abs(ev[0]), Math.abs(ev[ev.length - 1]));
        return 4.0 * ev.length * Math.ulp(Math.max(norm, Double.MIN_NORMAL));
    }

    /**
     * The operator as a dense row-major {@code n × n} array, column by column from {@code M e_j}.
     *
     * @param op the operator
     * @return the matrix, row-major
     * @throws IllegalArgumentException if the dimension is below 2 or {@code n^2} does not fit an array
     */
    static double[] materialize(SymmetricOperator op) {
        int n = op.dimension();
        if ((long) n * n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("dimension too large for a dense matrix: n=" + n);
        double[] a = new double[n * n];
        forEachColumn(op, (j, col) -> {
            for (int i = 0; i < n; i++) a[i * n + j] = col[i];
        });
        return a;
    }

    /** Receives column j of a materialized operator (the array is reused between calls). */
    @FunctionalInterface
    interface ColumnSink {
        /**
         * Takes one column.
         *
         * @param j      the column index
         * @param column {@code M e_j}, valid only during the call
         */
        void accept(int j, double[] column);
    }

    /**
     * Applies {@code op} to every unit vector {@code e_j} and hands the column to {@code sink}.
     *
     * @param op   the operator
     * @param sink receives each column
     * @throws IllegalArgumentException if the dimension is below 2
     */
    static void forEachColumn(SymmetricOperator op, ColumnSink sink) {
        int n = op.dimension();
        if (n < 2) throw new IllegalArgumentException("dimension must be >= 2, got " + n);
        double[] e = new double[n];
        double[] col = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1;
            op.apply(e, col);
            e[j] = 0;
            sink.accept(j, col);
        }
    }
}
