package io.dfloverlay.sim.engine.gpu.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * The CUDA driver API functions the engine uses ({@code libcuda.so.1}), bound with FFM. C types map
 * to carriers as: pointers and handles ({@code CUcontext}, {@code CUmodule}, {@code CUfunction},
 * {@code CUstream}) to ADDRESS; {@code CUdeviceptr} (unsigned long long) and {@code size_t} to
 * JAVA_LONG; {@code int}, {@code unsigned int}, {@code CUdevice} (int) and enums ({@code CUresult},
 * {@code CUdevice_attribute}) to JAVA_INT; {@code unsigned char} to JAVA_BYTE. Versioned symbols are
 * those cuda.h {@code #define}s (e.g. {@code cuMemAlloc} to {@code cuMemAlloc_v2}); the legacy
 * default stream is used throughout, so no per-thread ({@code _ptds}) variants.
 */
final class DriverApi {
    /** cuda.h, enum CUdevice_attribute_enum: CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT = 16. */
    static final int ATTR_MULTIPROCESSOR_COUNT = 16;
    /** cuda.h, enum CUdevice_attribute_enum: CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE = 36 (kHz). */
    static final int ATTR_MEMORY_CLOCK_RATE = 36;
    /** cuda.h, enum CUdevice_attribute_enum: CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH = 37 (bits). */
    static final int ATTR_GLOBAL_MEMORY_BUS_WIDTH = 37;
    /** cuda.h, enum CUdevice_attribute_enum: CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75. */
    static final int ATTR_COMPUTE_CAPABILITY_MAJOR = 75;
    /** cuda.h, enum CUdevice_attribute_enum: CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76. */
    static final int ATTR_COMPUTE_CAPABILITY_MINOR = 76;
    /** cuda.h, enum cudaError_enum: CUDA_ERROR_UNSUPPORTED_PTX_VERSION = 222 (PTX newer than the driver). */
    static final int ERROR_UNSUPPORTED_PTX_VERSION = 222;
    /** cuda.h, enum cudaError_enum: CUDA_ERROR_NO_DEVICE = 100. */
    static final int ERROR_NO_DEVICE = 100;

    static final Binding INIT = Binding.of("cuInit", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    static final Binding DRIVER_GET_VERSION = Binding.of("cuDriverGetVersion", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final Binding DEVICE_GET_COUNT = Binding.of("cuDeviceGetCount", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final Binding DEVICE_GET = Binding.of("cuDeviceGet", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    static final Binding DEVICE_GET_NAME = Binding.of("cuDeviceGetName", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    static final Binding DEVICE_GET_ATTRIBUTE = Binding.of("cuDeviceGetAttribute", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    static final Binding DEVICE_TOTAL_MEM = Binding.mapped("cuDeviceTotalMem_v2", "cuDeviceTotalMem", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    static final Binding PRIMARY_CTX_RETAIN = Binding.of("cuDevicePrimaryCtxRetain", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    static final Binding PRIMARY_CTX_RELEASE = Binding.mapped("cuDevicePrimaryCtxRelease_v2", "cuDevicePrimaryCtxRelease",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    static final Binding CTX_SET_CURRENT = Binding.of("cuCtxSetCurrent", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final Binding CTX_SYNCHRONIZE = Binding.of("cuCtxSynchronize", FunctionDescriptor.of(JAVA_INT));
    static final Binding MEM_ALLOC = Binding.mapped("cuMemAlloc_v2", "cuMemAlloc", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    static final Binding MEM_FREE = Binding.mapped("cuMemFree_v2", "cuMemFree", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
    static final Binding MEMSET_D8 = Binding.mapped("cuMemsetD8_v2", "cuMemsetD8", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_BYTE, JAVA_LONG));
    static final Binding MEMCPY_HTOD = Binding.mapped("cuMemcpyHtoD_v2", "cuMemcpyHtoD",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS, JAVA_LONG)).allowingHeap();
    static final Binding MEMCPY_DTOH = Binding.mapped("cuMemcpyDtoH_v2", "cuMemcpyDtoH",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG)).allowingHeap();
    static final Binding MEMCPY_DTOD = Binding.mapped("cuMemcpyDtoD_v2", "cuMemcpyDtoD", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    static final Binding MODULE_LOAD_DATA = Binding.of("cuModuleLoadData", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final Binding MODULE_UNLOAD = Binding.of("cuModuleUnload", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final Binding MODULE_GET_FUNCTION = Binding.of("cuModuleGetFunction", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
    static final Binding LAUNCH_KERNEL = Binding.of("cuLaunchKernel", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT,
            JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
    static final Binding GET_ERROR_NAME = Binding.of("cuGetErrorName", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));

    /** Every binding, for the header test. */
    static final List<Binding> ALL = List.of(INIT, DRIVER_GET_VERSION, DEVICE_GET_COUNT, DEVICE_GET, DEVICE_GET_NAME, DEVICE_GET_ATTRIBUTE,
            DEVICE_TOTAL_MEM, PRIMARY_CTX_RETAIN, PRIMARY_CTX_RELEASE, CTX_SET_CURRENT, CTX_SYNCHRONIZE, MEM_ALLOC, MEM_FREE, MEMSET_D8,
            MEMCPY_HTOD, MEMCPY_DTOH, MEMCPY_DTOD, MODULE_LOAD_DATA, MODULE_UNLOAD, MODULE_GET_FUNCTION, LAUNCH_KERNEL, GET_ERROR_NAME);

    final MethodHandle init, driverGetVersion, deviceGetCount, deviceGet, deviceGetName, deviceGetAttribute, deviceTotalMem, primaryCtxRetain,
            primaryCtxRelease, ctxSetCurrent, ctxSynchronize, memAlloc, memFree, memsetD8, memcpyHtoD, memcpyDtoH, memcpyDtoD, moduleLoadData,
            moduleUnload, moduleGetFunction, launchKernel, getErrorName;

    private DriverApi(SymbolLookup lib) {
        init = INIT.bind(lib);
        driverGetVersion = DRIVER_GET_VERSION.bind(lib);
        deviceGetCount = DEVICE_GET_COUNT.bind(lib);
        deviceGet = DEVICE_GET.bind(lib);
        deviceGetName = DEVICE_GET_NAME.bind(lib);
        deviceGetAttribute = DEVICE_GET_ATTRIBUTE.bind(lib);
        deviceTotalMem = DEVICE_TOTAL_MEM.bind(lib);
        primaryCtxRetain = PRIMARY_CTX_RETAIN.bind(lib);
        primaryCtxRelease = PRIMARY_CTX_RELEASE.bind(lib);
        ctxSetCurrent = CTX_SET_CURRENT.bind(lib);
        ctxSynchronize = CTX_SYNCHRONIZE.bind(lib);
        memAlloc = MEM_ALLOC.bind(lib);
        memFree = MEM_FREE.bind(lib);
        memsetD8 = MEMSET_D8.bind(lib);
        memcpyHtoD = MEMCPY_HTOD.bind(lib);
        memcpyDtoH = MEMCPY_DTOH.bind(lib);
        memcpyDtoD = MEMCPY_DTOD.bind(lib);
        moduleLoadData = MODULE_LOAD_DATA.bind(lib);
        moduleUnload = MODULE_UNLOAD.bind(lib);
        moduleGetFunction = MODULE_GET_FUNCTION.bind(lib);
        launchKernel = LAUNCH_KERNEL.bind(lib);
        getErrorName = GET_ERROR_NAME.bind(lib);
    }

    /**
     * Loads libcuda.so.1 (the driver; never from Python wheels).
     *
     * @return the bound API
     * @throws CudaUnavailableException if the driver library is not installed
     */
    static DriverApi load() {
        return new DriverApi(NativeLibraries.load("CUDA driver (libcuda)", List.of("libcuda.so.1", "libcuda.so"), List.of(), false));
    }

    /**
     * Throws unless {@code rc} is CUDA_SUCCESS (0), naming the call and cuGetErrorName's name for the code.
     *
     * @param call the function called
     * @param rc   its result
     */
    void check(String call, int rc) {
        if (rc == 0) return;
        String name = null;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ADDRESS);
            if ((int) getErrorName.invokeExact(rc, out) == 0) {
                MemorySegment s = out.get(ADDRESS, 0);
                if (!s.equals(MemorySegment.NULL)) name = s.reinterpret(256).getString(0);
            }
        } catch (Throwable t) {
            // keep the code only
        }
        throw new CudaException(call, rc, name);
    }

    /** Rethrows what a downcall threw (only errors and unchecked exceptions are possible). */
    static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }
}
