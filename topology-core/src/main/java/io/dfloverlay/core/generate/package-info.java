/**
 * Seeded, reproducible graph generators (random regular, explicit expanders such as LPS,
 * Margulis–Gabber–Galil, Paley and chordal cycle graphs, and baselines such as ring, torus and
 * exponential graphs), periodic time-varying topologies ({@link
 * io.dfloverlay.core.generate.TimeVaryingTopology}: one-peer exponential, Base-(k+1)), and the
 * by-name {@link io.dfloverlay.core.generate.TopologyCatalog} used by the CLI and the simulator.
 */
package io.dfloverlay.core.generate;
