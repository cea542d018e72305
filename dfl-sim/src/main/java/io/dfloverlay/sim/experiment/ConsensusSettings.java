package io.dfloverlay.sim.experiment;

import io.dfloverlay.sim.config.ConfigException;

/**
 * Settings of a {@code consensus} experiment: each run gossips x(t+1) = W(t) x(t) for
 * {@code execution.rounds} rounds from a standard normal x(0) of n rows and {@code dim} columns.
 *
 * @param dim       columns of x (independent consensus problems), at least 1
 * @param tolerance relative error ‖x_t − x̄‖ / ‖x_0 − x̄‖ whose first round is reported, in (0, 1)
 */
public record ConsensusSettings(int dim, double tolerance) {
    /** Defaults: 16 columns, tolerance 1e-6. */
    public static final ConsensusSettings DEFAULT = new ConsensusSettings(16, 1e-6);

    /**
     * Validates ranges.
     *
     * @throws ConfigException naming the bad key
     */
    public ConsensusSettings {
        ConfigException.require(dim >= 1, "dim", "must be at least 1, got " + dim);
        ConfigException.require(tolerance > 0 && tolerance < 1, "tolerance", "must be in (0, 1), got " + tolerance);
    }
}
