package io.dfloverlay.sim.engine.gpu.cuda;

/** A CUDA library call that failed, named with its status code (and the library's name for it where known). */
public final class CudaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String call;
    private final int code;

    /**
     * @param call   the C function that failed, e.g. {@code cuMemAlloc_v2}
     * @param code   its status code
     * @param status the library's name for the code, or null
     */
    public CudaException(String call, int code, String status) {
        super(call + " failed: " + (status == null ? "status" : status) + " (" + code + ")");
        this.call = call;
        this.code = code;
    }

    /** @return the C function that failed */
    public String call() {
        return call;
    }

    /** @return its status code */
    public int code() {
        return code;
    }
}
