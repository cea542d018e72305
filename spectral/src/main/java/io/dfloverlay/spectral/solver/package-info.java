/**
 * Symmetric eigen-solvers behind a tiny interface: {@link io.dfloverlay.spectral.solver.SymmetricOperator},
 * {@link io.dfloverlay.spectral.solver.SymmetricEigenSolver}, the dense implementation (all eigenvalues by
 * {@link io.dfloverlay.spectral.solver.TwoStageEigenvalues}: dense to band to tridiagonal, then
 * rational QL), the sparse Lanczos implementation, and the factory
 * {@link io.dfloverlay.spectral.solver.EigenSolvers}.
 */
package io.dfloverlay.spectral.solver;
