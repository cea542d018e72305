package io.dfloverlay.spectral.solver;

class DenseSymmetricEigenSolverTest extends SymmetricEigenSolverContract {
    @Override
    SymmetricEigenSolver solver() {
        return new DenseSymmetricEigenSolver();
    }
}
