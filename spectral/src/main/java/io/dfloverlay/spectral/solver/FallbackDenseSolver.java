package io.dfloverlay.spectral.solver;

/**
 * A dense solver that tries a first one and, when its iteration does not converge
 * ({@link ArithmeticException}), uses a second one; results name the solver that produced them.
 * EJML's symmetric QR fails so on highly degenerate matrices (complete bipartite {@code K_{m,m}}
 * from m = 32 on), which our two-stage solver handles. Stateless and thread-safe.
 */
final class FallbackDenseSolver implements DenseEigenSolver {
    private final DenseEigenSolver first;
    private final DenseEigenSolver second;

    FallbackDenseSolver(DenseEigenSolver first, DenseEigenSolver second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public String method() {
        return first.method();
    }

    @Override
    public double[] eigenvalues(SymmetricOperator op) {
        try {
            return first.eigenvalues(op);
        } catch (ArithmeticException e) {
            return second.eigenvalues(op);
        }
    }

    @Override
    public SpectrumEnds extremes(SymmetricOperator op, double[] deflate) {
        try {
            return DenseEigenSolver.ends(first.eigenvalues(op), op, deflate, first.method());
        } catch (ArithmeticException e) {
            return DenseEigenSolver.ends(second.eigenvalues(op), op, deflate, second.method());
        }
    }
}
