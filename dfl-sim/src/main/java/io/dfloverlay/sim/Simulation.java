package io.dfloverlay.sim;

import java.util.function.BooleanSupplier;

/**
 * One D-SGD run described by a {@link SimulationConfig}. Construction prepares data, topology and
 * engine (and fails with a clear message on bad input); {@link #run} trains.
 */
public final class Simulation {
    private final SimulationConfig config;

    /** Prepares a run. */
    public Simulation(SimulationConfig config) {
        this.config = config;
        throw new UnsupportedOperationException("simulation engine not available yet");
    }

    /** The run's header (topology, data source, spectral scalars). */
    public RunHeader header() {
        throw new UnsupportedOperationException("simulation engine not available yet");
    }

    /**
     * Runs up to {@code config.rounds()} rounds, reporting to {@code listener}; stops early after
     * the current round when {@code cancelled} becomes true. Returns the last metrics.
     */
    public RoundMetrics run(MetricsListener listener, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("simulation engine not available yet: " + config.topology());
    }
}
