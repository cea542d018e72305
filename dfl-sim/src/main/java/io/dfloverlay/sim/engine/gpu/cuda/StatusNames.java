package io.dfloverlay.sim.engine.gpu.cuda;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/** Checks status codes of the libraries whose name function is {@code const char* f(status)} (cuBLAS, cuSPARSE, NVRTC). */
final class StatusNames {
    private StatusNames() {}

    /**
     * Throws unless {@code rc} is 0 (success in every CUDA library), naming the call and the status.
     *
     * @param nameOf the library's {@code const char* (int)} name function
     * @param call   the function called
     * @param rc     its status
     */
    static void check(MethodHandle nameOf, String call, int rc) {
        if (rc == 0) return;
        String name = null;
        try {
            MemorySegment s = (MemorySegment) nameOf.invokeExact(rc);
            if (!s.equals(MemorySegment.NULL)) name = s.reinterpret(256).getString(0);
        } catch (Throwable t) {
            // keep the code only
        }
        throw new CudaException(call, rc, name);
    }
}
