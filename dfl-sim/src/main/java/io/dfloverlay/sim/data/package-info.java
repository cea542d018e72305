/** Datasets for the simulator: Fashion-MNIST (IDX files, full set or embedded sample) and synthetic tasks. */
package io.dfloverlay.sim.data;
