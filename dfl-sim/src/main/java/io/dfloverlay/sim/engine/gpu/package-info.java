/**
 * The GPU engine: {@link io.dfloverlay.sim.engine.gpu.DeviceEngine} runs the D-SGD round (batched
 * forward and backward passes as strided-batched GEMMs, SGD update, CSR gossip, metric reductions)
 * against the small {@link io.dfloverlay.sim.engine.gpu.Device} interface. Two devices implement it:
 * CUDA through Java's FFM API ({@code io.dfloverlay.sim.engine.gpu.cuda}) and
 * {@link io.dfloverlay.sim.engine.gpu.JavaDevice}, a plain-Java twin of every kernel, on which the
 * orchestration is tested against the CPU engine without a GPU. Nothing here uses ND4J.
 */
package io.dfloverlay.sim.engine.gpu;
