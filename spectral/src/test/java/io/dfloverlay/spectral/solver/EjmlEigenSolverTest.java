package io.dfloverlay.spectral.solver;

class EjmlEigenSolverTest extends SymmetricEigenSolverContract {
    @Override
    SymmetricEigenSolver solver() {
        return new EjmlEigenSolver();
    }
}
