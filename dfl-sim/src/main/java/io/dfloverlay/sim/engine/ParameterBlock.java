package io.dfloverlay.sim.engine;

import io.dfloverlay.sim.model.ModelSpec;

/**
 * The parameters of {@code rows()} clients of one model, an {@code [n × p]} block owned by an
 * {@link Engine} (its memory may live off-heap or on a device). Only the engine that allocated a
 * block may operate on it. Not thread-safe.
 */
public interface ParameterBlock {
    /** {@return the model whose parameters each row holds} */
    ModelSpec model();

    /** {@return the number of rows (clients)} */
    int rows();

    /**
     * Checks {@code other} has as many rows of the same model.
     *
     * @param other the block to compare with
     * @throws IllegalArgumentException if the shapes differ
     */
    default void requireSameShape(ParameterBlock other) {
        if (other.rows() != rows() || !other.model().equals(model()))
            throw new IllegalArgumentException("block shapes differ: " + rows() + " x " + model() + " vs " + other.rows() + " x " + other.model());
    }
}
