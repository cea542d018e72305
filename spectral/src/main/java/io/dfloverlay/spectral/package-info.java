/** Eigen-analysis of overlays: dense (blocked Householder + QL) and sparse (Lanczos) solvers, certificates, near-optimal search. */
package io.dfloverlay.spectral;
