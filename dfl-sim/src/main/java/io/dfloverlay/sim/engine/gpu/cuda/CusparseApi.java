package io.dfloverlay.sim.engine.gpu.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * The cuSPARSE generic-API functions the gossip uses ({@code libcusparse.so.13} or {@code .so.12}),
 * bound with FFM: a CSR matrix times a row-major dense matrix (SpMM). Handles and descriptors are
 * ADDRESS, {@code int64_t} sizes JAVA_LONG, enums JAVA_INT, {@code size_t*} ADDRESS.
 */
final class CusparseApi {
    /** cusparse.h, enum cusparseOperation_t: CUSPARSE_OPERATION_NON_TRANSPOSE = 0. */
    static final int OPERATION_NON_TRANSPOSE = 0;
    /** cusparse.h, enum cusparseIndexType_t: CUSPARSE_INDEX_32I = 2. */
    static final int INDEX_32I = 2;
    /** cusparse.h, enum cusparseIndexBase_t: CUSPARSE_INDEX_BASE_ZERO = 0. */
    static final int INDEX_BASE_ZERO = 0;
    /** cusparse.h, enum cusparseOrder_t: CUSPARSE_ORDER_ROW = 2. */
    static final int ORDER_ROW = 2;
    /** cusparse.h, enum cusparseSpMMAlg_t: CUSPARSE_SPMM_ALG_DEFAULT = 0. */
    static final int SPMM_ALG_DEFAULT = 0;
    /** library_types.h, enum cudaDataType_t: CUDA_R_32F = 0. */
    static final int CUDA_R_32F = 0;

    static final Binding CREATE = Binding.of("cusparseCreate", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final Binding DESTROY = Binding.of("cusparseDestroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final Binding CREATE_CSR = Binding.of("cusparseCreateCsr", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG,
            ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    static final Binding DESTROY_SP_MAT = Binding.of("cusparseDestroySpMat", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final Binding CREATE_DN_MAT = Binding.of("cusparseCreateDnMat", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG,
            ADDRESS, JAVA_INT, JAVA_INT));
    static final Binding DESTROY_DN_MAT = Binding.of("cusparseDestroyDnMat", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final Binding SPMM_BUFFER_SIZE = Binding.of("cusparseSpMM_bufferSize", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT,
            ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
    static final Binding SPMM = Binding.of("cusparseSpMM", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT,
            ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
    static final Binding GET_ERROR_NAME = Binding.of("cusparseGetErrorName", FunctionDescriptor.of(ADDRESS, JAVA_INT));

    /** Every binding, for the header test. */
    static final List<Binding> ALL = List.of(CREATE, DESTROY, CREATE_CSR, DESTROY_SP_MAT, CREATE_DN_MAT, DESTROY_DN_MAT, SPMM_BUFFER_SIZE, SPMM,
            GET_ERROR_NAME);

    final MethodHandle create, destroy, createCsr, destroySpMat, createDnMat, destroyDnMat, spmmBufferSize, spmm, errorName;

    private CusparseApi(java.lang.foreign.SymbolLookup lib) {
        create = CREATE.bind(lib);
        destroy = DESTROY.bind(lib);
        createCsr = CREATE_CSR.bind(lib);
        destroySpMat = DESTROY_SP_MAT.bind(lib);
        createDnMat = CREATE_DN_MAT.bind(lib);
        destroyDnMat = DESTROY_DN_MAT.bind(lib);
        spmmBufferSize = SPMM_BUFFER_SIZE.bind(lib);
        spmm = SPMM.bind(lib);
        errorName = GET_ERROR_NAME.bind(lib);
    }

    /**
     * Loads cuSPARSE.
     *
     * @return the bound API
     * @throws CudaUnavailableException if not found
     */
    static CusparseApi load() {
        return new CusparseApi(NativeLibraries.load("cuSPARSE", List.of("libcusparse.so.13", "libcusparse.so.12"), List.of("libnvJitLink.so."), true));
    }

    void check(String call, int rc) {
        StatusNames.check(errorName, call, rc);
    }
}
