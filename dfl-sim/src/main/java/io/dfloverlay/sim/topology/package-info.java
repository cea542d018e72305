/** The simulator's view of an overlay: per-round graph and mixing matrix, static or time-varying. */
package io.dfloverlay.sim.topology;
