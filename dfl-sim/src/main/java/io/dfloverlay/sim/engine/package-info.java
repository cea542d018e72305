/**
 * Compute engines of the simulator: operations on the {@code [n × p]} parameter block of all
 * clients (batched local SGD, sparse gossip, averages, evaluation). {@link io.dfloverlay.sim.engine.CpuNd4jEngine}
 * runs on ND4J's native CPU backend; a GPU engine implements the same {@link io.dfloverlay.sim.engine.Engine}.
 */
package io.dfloverlay.sim.engine;
