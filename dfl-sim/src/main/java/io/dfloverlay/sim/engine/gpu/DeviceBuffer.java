package io.dfloverlay.sim.engine.gpu;

/**
 * A block of device memory owned by one {@link Device}, addressed in 4- or 8-byte elements by the
 * device's operations. Closing frees it (idempotent); the device frees what is still open when it
 * closes.
 */
public interface DeviceBuffer extends AutoCloseable {
    /** {@return the size in bytes} */
    long bytes();

    /** Frees the memory; later use is an error. */
    @Override
    void close();
}
