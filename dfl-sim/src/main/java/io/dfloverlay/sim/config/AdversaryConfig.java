package io.dfloverlay.sim.config;

/**
 * The slot for adversarial clients (attacks of a later issue). A run without one (null) is
 * honest; no attack is implemented yet, so {@link io.dfloverlay.sim.Simulation} rejects a present one.
 */
public record AdversaryConfig() {
}
