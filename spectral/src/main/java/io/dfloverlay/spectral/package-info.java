/** Eigen-analysis of overlays: dense (EJML) and sparse (Lanczos) solvers, certificates, near-optimal search. */
package io.dfloverlay.spectral;
