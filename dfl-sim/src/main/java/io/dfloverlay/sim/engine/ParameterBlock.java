package io.dfloverlay.sim.engine;

import io.dfloverlay.sim.model.ModelSpec;

/**
 * The parameters of {@code rows()} clients of one model, an {@code [n × p]} block owned by an
 * {@link Engine} (its memory may live off-heap or on a device). Only the engine that allocated a
 * block may operate on it. Not thread-safe.
 */
public interface ParameterBlock {
    /** The model whose parameters each row holds. */
    ModelSpec model();

    /** Number of rows (clients). */
    int rows();
}
