package io.dfloverlay.sim.engine.gpu;

/** A sparse square matrix in CSR form (row offsets, column indices, float values) resident on a {@link Device}. */
public interface DeviceCsr extends AutoCloseable {
    /** {@return the number of rows (and columns)} */
    int rows();

    /** {@return the number of stored entries} */
    int nnz();

    /** Frees the device copy. */
    @Override
    void close();
}
