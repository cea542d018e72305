/** The repair strategies: none, degree-deficient pairing, Law–Siu Hamiltonian cycles, spectral-aware and periodic rebalancing. */
package io.dfloverlay.maintenance.strategy;
