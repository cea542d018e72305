package io.dfloverlay.sim.engine.gpu.cuda;

/** No usable CUDA device or library on this machine; the message is one line saying what is missing. */
public final class CudaUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception saying what is missing.
     *
     * @param message what is missing, one line
     */
    public CudaUnavailableException(String message) {
        super(message);
    }

    /**
     * An exception saying what is missing, with its cause.
     *
     * @param message what is missing, one line
     * @param cause   the underlying failure
     */
    public CudaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
