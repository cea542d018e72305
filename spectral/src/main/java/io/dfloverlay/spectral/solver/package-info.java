/**
 * Symmetric eigen-solvers behind a tiny interface: {@link io.dfloverlay.spectral.solver.SymmetricOperator},
 * {@link io.dfloverlay.spectral.solver.SymmetricEigenSolver}, the dense EJML and the sparse Lanczos
 * implementations, and the factory {@link io.dfloverlay.spectral.solver.EigenSolvers}.
 */
package io.dfloverlay.spectral.solver;
