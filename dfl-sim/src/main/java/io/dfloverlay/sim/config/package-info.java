/**
 * The typed run configuration: {@link io.dfloverlay.sim.config.RunConfig} and its sections, the
 * single input of {@link io.dfloverlay.sim.Simulation}; read and written as JSON by
 * {@link io.dfloverlay.sim.config.RunConfigJson}, the short command-line syntax parsed by
 * {@link io.dfloverlay.sim.config.ConfigSyntax}.
 */
package io.dfloverlay.sim.config;
