/**
 * Seeded, reproducible graph generators (random regular, explicit expanders such as LPS,
 * Margulis–Gabber–Galil, Paley and chordal cycle graphs, and baselines such as ring, torus and
 * exponential graphs), periodic time-varying topologies ({@link
 * io.dfloverlay.core.generate.TimeVaryingTopology}: one-peer exponential, Base-(k+1)). Their
 * by-name registry is {@code io.dfloverlay.core.topology.TopologyRegistry}.
 */
package io.dfloverlay.core.generate;
