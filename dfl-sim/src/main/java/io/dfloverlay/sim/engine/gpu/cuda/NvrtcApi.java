package io.dfloverlay.sim.engine.gpu.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * NVRTC ({@code libnvrtc.so.13} or {@code .so.12}), bound with FFM, to compile {@code kernels.cu}
 * at run time for the device present when no shipped PTX suits the driver. {@code nvrtcProgram}
 * and pointers are ADDRESS, {@code int} and {@code nvrtcResult} JAVA_INT.
 */
final class NvrtcApi {
    static final Binding VERSION = Binding.of("nvrtcVersion", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final Binding CREATE_PROGRAM = Binding.of("nvrtcCreateProgram", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT,
            ADDRESS, ADDRESS));
    static final Binding COMPILE_PROGRAM = Binding.of("nvrtcCompileProgram", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    static final Binding GET_PTX_SIZE = Binding.of("nvrtcGetPTXSize", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final Binding GET_PTX = Binding.of("nvrtcGetPTX", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final Binding GET_LOG_SIZE = Binding.of("nvrtcGetProgramLogSize", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final Binding GET_LOG = Binding.of("nvrtcGetProgramLog", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final Binding DESTROY_PROGRAM = Binding.of("nvrtcDestroyProgram", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final Binding GET_ERROR_STRING = Binding.of("nvrtcGetErrorString", FunctionDescriptor.of(ADDRESS, JAVA_INT));

    /** Every binding, for the header test. */
    static final List<Binding> ALL = List.of(VERSION, CREATE_PROGRAM, COMPILE_PROGRAM, GET_PTX_SIZE, GET_PTX, GET_LOG_SIZE, GET_LOG, DESTROY_PROGRAM,
            GET_ERROR_STRING);

    private final MethodHandle createProgram, compileProgram, getPtxSize, getPtx, getLogSize, getLog, destroyProgram, errorString;

    private NvrtcApi(java.lang.foreign.SymbolLookup lib) {
        createProgram = CREATE_PROGRAM.bind(lib);
        compileProgram = COMPILE_PROGRAM.bind(lib);
        getPtxSize = GET_PTX_SIZE.bind(lib);
        getPtx = GET_PTX.bind(lib);
        getLogSize = GET_LOG_SIZE.bind(lib);
        getLog = GET_LOG.bind(lib);
        destroyProgram = DESTROY_PROGRAM.bind(lib);
        errorString = GET_ERROR_STRING.bind(lib);
    }

    /**
     * Loads NVRTC.
     *
     * @return the bound API
     * @throws CudaUnavailableException if not found
     */
    static NvrtcApi load() {
        return new NvrtcApi(NativeLibraries.load("NVRTC", List.of("libnvrtc.so.13", "libnvrtc.so.12"), List.of("libnvrtc-builtins.so."), true));
    }

    /**
     * Compiles CUDA C source to PTX for a virtual architecture.
     *
     * @param source the .cu text
     * @param name   file name for messages
     * @param arch   e.g. {@code compute_90}
     * @return the PTX, NUL-terminated
     * @throws CudaException with the compiler log if compilation fails
     */
    byte[] compile(String source, String name, String arch) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment prog = a.allocate(ADDRESS);
            check("nvrtcCreateProgram", (int) createProgram.invokeExact(prog, a.allocateFrom(source), a.allocateFrom(name), 0,
                    MemorySegment.NULL, MemorySegment.NULL));
            MemorySegment p = prog.get(ADDRESS, 0);
            try {
                MemorySegment opts = a.allocate(ADDRESS, 1);
                opts.setAtIndex(ADDRESS, 0, a.allocateFrom("--gpu-architecture=" + arch));
                int rc = (int) compileProgram.invokeExact(p, 1, opts);
                if (rc != 0) {
                    MemorySegment size = a.allocate(java.lang.foreign.ValueLayout.JAVA_LONG);
                    String log = "";
                    if ((int) getLogSize.invokeExact(p, size) == 0) {
                        MemorySegment buf = a.allocate(Math.max(1, size.get(java.lang.foreign.ValueLayout.JAVA_LONG, 0)));
                        if ((int) getLog.invokeExact(p, buf) == 0) log = buf.getString(0).strip().replace('\n', ' ');
                    }
                    throw new CudaException("nvrtcCompileProgram(" + name + ", " + arch + "): " + log, rc, null);
                }
                MemorySegment size = a.allocate(java.lang.foreign.ValueLayout.JAVA_LONG);
                check("nvrtcGetPTXSize", (int) getPtxSize.invokeExact(p, size));
                MemorySegment ptx = a.allocate(size.get(java.lang.foreign.ValueLayout.JAVA_LONG, 0));
                check("nvrtcGetPTX", (int) getPtx.invokeExact(p, ptx));
                return ptx.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
            } finally {
                int ignored = (int) destroyProgram.invokeExact(prog);
            }
        } catch (Throwable t) {
            throw DriverApi.rethrow(t);
        }
    }

    private void check(String call, int rc) {
        StatusNames.check(errorString, call, rc);
    }
}
