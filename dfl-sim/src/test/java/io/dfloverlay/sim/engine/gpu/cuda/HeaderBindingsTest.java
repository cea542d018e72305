package io.dfloverlay.sim.engine.gpu.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.MemoryLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every FFM downcall's descriptor against the C prototype in the CUDA headers: the bound symbol is
 * the one the header maps the name to ({@code #define cuMemAlloc cuMemAlloc_v2}), the argument
 * count matches, and every argument and the return value travel in the carrier the C type needs.
 * cuda.h and library_types.h ship with the toolkit's compiler; cuBLAS, cuSPARSE and NVRTC headers
 * only with those libraries' development files, so those checks skip where they are absent.
 */
class HeaderBindingsTest {
    private static List<Path> includeDirs() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getenv("CUDA_HOME");
        if (home != null && !home.isBlank()) dirs.add(Path.of(home, "include"));
        dirs.add(Path.of("/usr/local/cuda/include"));
        for (Path lib : NativeLibraries.wheelDirs()) dirs.add(lib.resolveSibling("include"));
        return dirs;
    }

    /** The headers, from the first include folder that has them all, or a skip. */
    private static CHeader headers(String... names) throws IOException {
        for (Path dir : includeDirs()) {
            List<Path> files = new ArrayList<>();
            for (String n : names) if (Files.isRegularFile(dir.resolve(n))) files.add(dir.resolve(n));
            if (files.size() == names.length) return new CHeader(files);
        }
        Assumptions.abort(String.join(", ", names) + " not found in CUDA_HOME/include, /usr/local/cuda/include or nvidia wheels: skipped");
        return null;
    }

    private static void check(CHeader h, List<Binding> bindings) {
        for (Binding b : bindings) {
            assertEquals(h.symbolOf(b.header()), b.symbol(), b.header() + ": the header maps it to another symbol");
            Optional<CHeader.Prototype> p = h.prototype(b.header());
            if (p.isEmpty()) p = h.prototype(b.symbol());
            assertTrue(p.isPresent(), "no prototype for " + b.header() + " / " + b.symbol());
            CHeader.Prototype proto = p.get();
            List<MemoryLayout> args = b.descriptor().argumentLayouts();
            assertEquals(proto.parameters().size(), args.size(), b.symbol() + ": argument count, header " + proto.parameters());
            for (int i = 0; i < args.size(); i++)
                assertEquals(h.carrier(proto.parameters().get(i)), args.get(i),
                        b.symbol() + " argument " + i + " (" + proto.parameters().get(i) + ")");
            assertEquals(Optional.ofNullable(h.carrier(proto.returnType())), b.descriptor().returnLayout(),
                    b.symbol() + " return type (" + proto.returnType() + ")");
        }
    }

    private static void checkConstants(CHeader h, Map<String, Integer> constants) {
        constants.forEach((name, value) -> assertEquals(Optional.of((long) value), h.constant(name), name));
    }

    @Test
    void driverApiMatchesCudaH() throws IOException {
        CHeader h = headers("cuda.h");
        check(h, DriverApi.ALL);
        checkConstants(h, Map.of("CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT", DriverApi.ATTR_MULTIPROCESSOR_COUNT,
                "CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE", DriverApi.ATTR_MEMORY_CLOCK_RATE,
                "CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH", DriverApi.ATTR_GLOBAL_MEMORY_BUS_WIDTH,
                "CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR", DriverApi.ATTR_COMPUTE_CAPABILITY_MAJOR,
                "CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR", DriverApi.ATTR_COMPUTE_CAPABILITY_MINOR,
                "CUDA_ERROR_UNSUPPORTED_PTX_VERSION", DriverApi.ERROR_UNSUPPORTED_PTX_VERSION,
                "CUDA_ERROR_NO_DEVICE", DriverApi.ERROR_NO_DEVICE));
    }

    @Test
    void dataTypeConstantMatchesLibraryTypesH() throws IOException {
        checkConstants(headers("library_types.h"), Map.of("CUDA_R_32F", CusparseApi.CUDA_R_32F));
    }

    /** The checker itself: a wrong carrier or a missing _v2 rename must be caught (so the checks above can fail). */
    @Test
    void theCheckerCatchesAWrongDescriptor() throws IOException {
        CHeader h = headers("cuda.h");
        var wrongCarrier = Binding.mapped("cuMemAlloc_v2", "cuMemAlloc", java.lang.foreign.FunctionDescriptor.of(
                java.lang.foreign.ValueLayout.JAVA_INT, java.lang.foreign.ValueLayout.ADDRESS, java.lang.foreign.ValueLayout.JAVA_INT));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> check(h, List.of(wrongCarrier)));
        var unversioned = Binding.of("cuMemAlloc", DriverApi.MEM_ALLOC.descriptor());
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> check(h, List.of(unversioned)));
        var wrongCount = Binding.of("cuLaunchKernel", java.lang.foreign.FunctionDescriptor.of(java.lang.foreign.ValueLayout.JAVA_INT,
                java.lang.foreign.ValueLayout.ADDRESS));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> check(h, List.of(wrongCount)));
    }

    @Test
    void cublasMatchesItsHeaders() throws IOException {
        CHeader h = headers("cublas_v2.h", "cublas_api.h");
        check(h, CublasApi.ALL);
        checkConstants(h, Map.of("CUBLAS_OP_N", CublasApi.OP_N, "CUBLAS_OP_T", CublasApi.OP_T));
    }

    @Test
    void cusparseMatchesItsHeader() throws IOException {
        CHeader h = headers("cusparse.h", "library_types.h");
        check(h, CusparseApi.ALL);
        checkConstants(h, Map.of("CUSPARSE_OPERATION_NON_TRANSPOSE", CusparseApi.OPERATION_NON_TRANSPOSE, "CUSPARSE_INDEX_32I", CusparseApi.INDEX_32I,
                "CUSPARSE_INDEX_BASE_ZERO", CusparseApi.INDEX_BASE_ZERO, "CUSPARSE_ORDER_ROW", CusparseApi.ORDER_ROW,
                "CUSPARSE_SPMM_ALG_DEFAULT", CusparseApi.SPMM_ALG_DEFAULT));
    }

    @Test
    void nvrtcMatchesItsHeader() throws IOException {
        check(headers("nvrtc.h"), NvrtcApi.ALL);
    }
}
