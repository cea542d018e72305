/** Datasets for the simulator: Fashion-MNIST (IDX files, full set or embedded sample), the King James Bible for next-character prediction (installed text or embedded sample) and synthetic tasks. */
package io.dfloverlay.sim.data;
