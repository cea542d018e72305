package io.dfloverlay.sim.engine.gpu.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * The cuBLAS functions the engine uses ({@code libcublas.so.13} or {@code .so.12}), bound with FFM.
 * cublas_api.h declares the {@code _v2} names itself (cublas_v2.h {@code #define}s the plain ones
 * to them). Pointers, including device pointers ({@code const float*}), and {@code cublasHandle_t}
 * are ADDRESS; {@code int} and enums ({@code cublasOperation_t}, {@code cublasStatus_t}) JAVA_INT;
 * {@code long long int} strides JAVA_LONG. Pointer mode stays host (the default), so alpha and beta
 * are host pointers.
 */
final class CublasApi {
    /** cublas_api.h, enum cublasOperation_t: CUBLAS_OP_N = 0. */
    static final int OP_N = 0;
    /** cublas_api.h, enum cublasOperation_t: CUBLAS_OP_T = 1. */
    static final int OP_T = 1;

    static final Binding CREATE = Binding.of("cublasCreate_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final Binding DESTROY = Binding.of("cublasDestroy_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final Binding SGEMM_STRIDED_BATCHED = Binding.of("cublasSgemmStridedBatched", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS, JAVA_INT, JAVA_LONG,
            ADDRESS, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_INT));
    static final Binding GET_STATUS_NAME = Binding.of("cublasGetStatusName", FunctionDescriptor.of(ADDRESS, JAVA_INT));

    /** Every binding, for the header test. */
    static final List<Binding> ALL = List.of(CREATE, DESTROY, SGEMM_STRIDED_BATCHED, GET_STATUS_NAME);

    final MethodHandle create, destroy, sgemmStridedBatched, statusName;

    private CublasApi(java.lang.foreign.SymbolLookup lib) {
        create = CREATE.bind(lib);
        destroy = DESTROY.bind(lib);
        sgemmStridedBatched = SGEMM_STRIDED_BATCHED.bind(lib);
        statusName = GET_STATUS_NAME.bind(lib);
    }

    /**
     * Loads cuBLAS.
     *
     * @return the bound API
     * @throws CudaUnavailableException if not found
     */
    static CublasApi load() {
        return new CublasApi(NativeLibraries.load("cuBLAS", List.of("libcublas.so.13", "libcublas.so.12"), List.of("libcublasLt.so."), true));
    }

    void check(String call, int rc) {
        StatusNames.check(statusName, call, rc);
    }
}
