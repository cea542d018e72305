package io.dfloverlay.sim.engine.gpu.cuda;

/** A CUDA library call that failed, named with its status code (and the library's name for it where known). */
public final class CudaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The C function that failed. */
    private final String call;
    /** Its status code. */
    private final int code;

    /**
     * An exception for a failed call.
     *
     * @param call   the C function that failed, e.g. {@code cuMemAlloc_v2}
     * @param code   its status code
     * @param status the library's name for the code, or null
     */
    public CudaException(String call, int code, String status) {
        super(call + " failed: " + (status == null ? "status" : status) + " (" + code + ")");
        this.call = call;
        this.code = code;
    }

    /**
     * The C function that failed.
     *
     * @return its name (with context such as a byte count)
     */
    public String call() {
        return call;
    }

    /**
     * The status code.
     *
     * @return the library's code
     */
    public int code() {
        return code;
    }
}
