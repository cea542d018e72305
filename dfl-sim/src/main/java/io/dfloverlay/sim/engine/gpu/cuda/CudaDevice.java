package io.dfloverlay.sim.engine.gpu.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.dfloverlay.sim.engine.gpu.Device;
import io.dfloverlay.sim.engine.gpu.DeviceBuffer;
import io.dfloverlay.sim.engine.gpu.DeviceCsr;
import io.dfloverlay.sim.engine.gpu.GemmOperand;
import io.dfloverlay.sim.engine.gpu.GemmShape;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CUDA GPU as a {@link Device}, through Java's FFM API: the driver API for memory, copies and
 * kernel launches (kernels from the PTX built into the jar, or compiled by NVRTC when the driver
 * is older than that PTX), cuBLAS for the strided-batched GEMMs, cuSPARSE's SpMM for the gossip
 * (or kernel {@code csr_gossip} when cuSPARSE is absent or system property {@value #GOSSIP_PROPERTY}
 * is {@code kernel}). Everything runs in order on the legacy default stream. Every failed call
 * throws {@link CudaException}; buffers are freed when closed and, at the latest, when the device
 * closes. Needs compute capability 8.0 or newer. Not thread-safe (it follows the calling thread:
 * the context is made current on whichever thread calls).
 */
public final class CudaDevice implements Device {
    /** System property choosing the gossip: {@code cusparse} (default when present) or {@code kernel}. */
    public static final String GOSSIP_PROPERTY = "dfloverlay.gpu.gossip";
    /** System property choosing the device ordinal (default 0). */
    public static final String ORDINAL_PROPERTY = "dfloverlay.gpu.device";
    static final String RESOURCES = "/io/dfloverlay/sim/engine/gpu/cuda/";
    static final List<String> KERNELS = List.of("gather_rows", "bias_act", "softmax_xent_grad", "squared_grad", "relu_mask", "bias_grad",
            "sgd_step", "axpy", "column_mean", "column_sq_dev", "sum_chunks_f32", "sum_chunks_f64", "eval_softmax", "eval_squared", "csr_gossip");
    private static final int THREADS = 256;

    private final DriverApi cu;
    private final CublasApi blas;
    private final CusparseApi sparse;
    private final Arena arena = Arena.ofShared();
    private final Set<AutoCloseable> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, MemorySegment> functions = new HashMap<>();
    private final int ordinal;
    /** The CUdevice handle cuDeviceGet returned for the ordinal. */
    private int device;
    private MemorySegment context = MemorySegment.NULL, module = MemorySegment.NULL, blasHandle = MemorySegment.NULL,
            sparseHandle = MemorySegment.NULL;
    private Thread currentOn;
    private String description;
    private double peakBandwidth;
    private String kernelSource = "";
    private final boolean useCusparse;
    private CudaBuffer spmmWork;

    /**
     * Opens device {@code dfloverlay.gpu.device} (default 0).
     *
     * @return the device
     * @throws CudaUnavailableException one line saying what is missing (driver, GPU, library, capability)
     * @throws CudaException            if a CUDA call fails while setting up
     */
    public static CudaDevice open() {
        return new CudaDevice(Integer.getInteger(ORDINAL_PROPERTY, 0));
    }

    private CudaDevice(int ordinal) {
        this.ordinal = ordinal;
        this.cu = DriverApi.load();
        try {
            int rc = (int) cu.init.invokeExact(0);
            if (rc == DriverApi.ERROR_NO_DEVICE) throw new CudaUnavailableException("no CUDA GPU found (cuInit: CUDA_ERROR_NO_DEVICE)");
            cu.check("cuInit", rc);
            try (Arena a = Arena.ofConfined()) {
                MemorySegment count = a.allocate(JAVA_INT);
                cu.check("cuDeviceGetCount", (int) cu.deviceGetCount.invokeExact(count));
                int n = count.get(JAVA_INT, 0);
                if (n == 0) throw new CudaUnavailableException("no CUDA GPU found");
                if (ordinal < 0 || ordinal >= n) throw new CudaUnavailableException("CUDA device " + ordinal + " requested but only " + n + " present");
                MemorySegment dev = a.allocate(JAVA_INT);
                cu.check("cuDeviceGet", (int) cu.deviceGet.invokeExact(dev, ordinal));
                device = dev.get(JAVA_INT, 0);
                int major = attribute(DriverApi.ATTR_COMPUTE_CAPABILITY_MAJOR), minor = attribute(DriverApi.ATTR_COMPUTE_CAPABILITY_MINOR);
                if (major < 8)
                    throw new CudaUnavailableException("GPU compute capability " + major + "." + minor + " is below 8.0; use the nd4j-cuda profile for older cards");
                MemorySegment ctx = a.allocate(ADDRESS);
                cu.check("cuDevicePrimaryCtxRetain", (int) cu.primaryCtxRetain.invokeExact(ctx, device));
                context = ctx.get(ADDRESS, 0);
                makeCurrent();
                description = describe(a, major, minor);
                peakBandwidth = 2.0 * attribute(DriverApi.ATTR_MEMORY_CLOCK_RATE) * 1e3 * attribute(DriverApi.ATTR_GLOBAL_MEMORY_BUS_WIDTH) / 8;
                loadKernels(a, major, minor);
            }
            blas = CublasApi.load();
            try (Arena a = Arena.ofConfined()) {
                MemorySegment h = a.allocate(ADDRESS);
                blas.check("cublasCreate_v2", (int) blas.create.invokeExact(h));
                blasHandle = h.get(ADDRESS, 0);
            }
            CusparseApi sp = null;
            if (!"kernel".equals(System.getProperty(GOSSIP_PROPERTY))) {
                try {
                    sp = CusparseApi.load();
                } catch (CudaUnavailableException e) {
                    sp = null; // the csr_gossip kernel does the gossip
                }
            }
            sparse = sp;
            if (sparse != null) {
                try (Arena a = Arena.ofConfined()) {
                    MemorySegment h = a.allocate(ADDRESS);
                    sparse.check("cusparseCreate", (int) sparse.create.invokeExact(h));
                    sparseHandle = h.get(ADDRESS, 0);
                }
            }
            useCusparse = sparse != null;
        } catch (Throwable t) {
            try {
                release();
            } catch (RuntimeException suppressed) {
                t.addSuppressed(suppressed);
            }
            throw DriverApi.rethrow(t);
        }
    }

    private int attribute(int attr) throws Throwable {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(JAVA_INT);
            cu.check("cuDeviceGetAttribute(" + attr + ")", (int) cu.deviceGetAttribute.invokeExact(v, attr, device));
            return v.get(JAVA_INT, 0);
        }
    }

    private String describe(Arena a, int major, int minor) throws Throwable {
        MemorySegment name = a.allocate(256);
        cu.check("cuDeviceGetName", (int) cu.deviceGetName.invokeExact(name, 256, device));
        MemorySegment bytes = a.allocate(JAVA_LONG);
        cu.check("cuDeviceTotalMem_v2", (int) cu.deviceTotalMem.invokeExact(bytes, device));
        MemorySegment version = a.allocate(JAVA_INT);
        cu.check("cuDriverGetVersion", (int) cu.driverGetVersion.invokeExact(version));
        int v = version.get(JAVA_INT, 0);
        return String.format(Locale.ROOT, "%s (sm_%d%d, %.0f GB, driver CUDA %d.%d)", name.getString(0), major, minor,
                bytes.get(JAVA_LONG, 0) / 1e9, v / 1000, v % 1000 / 10);
    }

    /** Loads the shipped PTX for the device's architecture, or compiles kernels.cu with NVRTC. */
    private void loadKernels(Arena a, int major, int minor) throws Throwable {
        byte[] ptx = resource(major >= 9 ? "kernels_sm90.ptx" : "kernels_sm80.ptx");
        MemorySegment mod = a.allocate(ADDRESS);
        int rc = ptx == null ? DriverApi.ERROR_UNSUPPORTED_PTX_VERSION : (int) cu.moduleLoadData.invokeExact(mod, nulTerminated(a, ptx));
        if (rc == DriverApi.ERROR_UNSUPPORTED_PTX_VERSION) {
            byte[] src = resource("kernels.cu");
            if (src == null) throw new CudaUnavailableException("kernels.cu missing from the jar");
            NvrtcApi nvrtc;
            try {
                nvrtc = NvrtcApi.load();
            } catch (CudaUnavailableException e) {
                throw new CudaUnavailableException((ptx == null ? "this build has no PTX" : "the shipped PTX is newer than the driver")
                        + " and NVRTC is not available to compile the kernels: " + e.getMessage(), e);
            }
            ptx = nvrtc.compile(new String(src, StandardCharsets.UTF_8), "kernels.cu", "compute_" + major + minor);
            rc = (int) cu.moduleLoadData.invokeExact(mod, nulTerminated(a, ptx));
            kernelSource = "NVRTC";
        } else {
            kernelSource = "shipped PTX";
        }
        cu.check("cuModuleLoadData", rc);
        module = mod.get(ADDRESS, 0);
        MemorySegment f = a.allocate(ADDRESS);
        for (String k : KERNELS) {
            cu.check("cuModuleGetFunction(" + k + ")", (int) cu.moduleGetFunction.invokeExact(f, module, a.allocateFrom(k)));
            functions.put(k, f.get(ADDRESS, 0));
        }
    }

    private static MemorySegment nulTerminated(Arena a, byte[] bytes) {
        int len = bytes.length > 0 && bytes[bytes.length - 1] == 0 ? bytes.length : bytes.length + 1;
        MemorySegment s = a.allocate(len);
        MemorySegment.copy(bytes, 0, s, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, bytes.length);
        return s;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CudaDevice.class.getResourceAsStream(RESOURCES + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private void makeCurrent() {
        if (currentOn == Thread.currentThread()) return;
        try {
            cu.check("cuCtxSetCurrent", (int) cu.ctxSetCurrent.invokeExact(context));
        } catch (Throwable t) {
            throw DriverApi.rethrow(t);
        }
        currentOn = Thread.currentThread();
    }

    @Override
    public String description() {
        return description + ", kernels from " + kernelSource + ", gossip by " + (useCusparse ? "cuSPARSE SpMM" : "csr_gossip kernel");
    }

    @Override
    public double peakBandwidth() {
        return peakBandwidth;
    }

    /** Device memory from cuMemAlloc_v2. */
    private final class CudaBuffer implements DeviceBuffer {
        final long address;
        final long bytes;
        boolean freed;

        CudaBuffer(long address, long bytes) {
            this.address = address;
            this.bytes = bytes;
        }

        CudaDevice outer() {
            return CudaDevice.this;
        }

        @Override
        public long bytes() {
            return bytes;
        }

        @Override
        public void close() {
            if (freed) return;
            freed = true;
            open.remove(this);
            makeCurrent();
            try {
                cu.check("cuMemFree_v2", (int) cu.memFree.invokeExact(address));
            } catch (Throwable t) {
                throw DriverApi.rethrow(t);
            }
        }
    }

    /** A CSR matrix on the device, with its cuSPARSE descriptor when cuSPARSE is used. */
    private final class CudaCsr implements DeviceCsr {
        final int rows, nnz;
        final CudaBuffer rowStart, cols, vals;
        MemorySegment descriptor = MemorySegment.NULL;

        CudaCsr(int rows, int nnz, CudaBuffer rowStart, CudaBuffer cols, CudaBuffer vals) {
            this.rows = rows;
            this.nnz = nnz;
            this.rowStart = rowStart;
            this.cols = cols;
            this.vals = vals;
        }

        CudaDevice outer() {
            return CudaDevice.this;
        }

        @Override
        public int rows() {
            return rows;
        }

        @Override
        public int nnz() {
            return nnz;
        }

        @Override
        public void close() {
            open.remove(this);
            try {
                if (!descriptor.equals(MemorySegment.NULL)) {
                    MemorySegment d = descriptor;
                    descriptor = MemorySegment.NULL;
                    sparse.check("cusparseDestroySpMat", (int) sparse.destroySpMat.invokeExact(d));
                }
            } catch (Throwable t) {
                throw DriverApi.rethrow(t);
            } finally {
                rowStart.close();
                cols.close();
                vals.close();
            }
        }
    }

    private CudaBuffer buf(DeviceBuffer b) {
        if (!(b instanceof CudaBuffer cb) || cb.outer() != this) throw new IllegalArgumentException("buffer not allocated on this CUDA device");
        if (cb.freed) throw new IllegalStateException("buffer already freed");
        return cb;
    }

    /** Device address of element {@code index} (of {@code elemBytes}), checking {@code count} elements fit. */
    private long at(DeviceBuffer b, long index, long count, int elemBytes) {
        CudaBuffer cb = buf(b);
        if (index < 0 || count < 0 || (index + count) * elemBytes > cb.bytes)
            throw new IndexOutOfBoundsException("elements [" + index + ", " + (index + count) + ") of " + elemBytes + " bytes outside a buffer of " + cb.bytes + " bytes");
        return cb.address + index * elemBytes;
    }

    /** Address or 0 for an optional argument. */
    private long addressOrNull(DeviceBuffer b) {
        return b == null ? 0 : buf(b).address;
    }

    @Override
    public DeviceBuffer allocate(long bytes) {
        if (bytes < 1) throw new IllegalArgumentException("allocation must be at least 1 byte, got " + bytes);
        makeCurrent();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment p = a.allocate(JAVA_LONG);
            cu.check("cuMemAlloc_v2(" + bytes + " bytes)", (int) cu.memAlloc.invokeExact(p, bytes));
            CudaBuffer b = new CudaBuffer(p.get(JAVA_LONG, 0), bytes);
            open.add(b);
            cu.check("cuMemsetD8_v2", (int) cu.memsetD8.invokeExact(b.address, (byte) 0, bytes));
            return b;
        } catch (Throwable t) {
            throw DriverApi.rethrow(t);
        }
    }

    @Override
    public void copyIn(float[] src, int srcIndex, DeviceBuffer dst, long dstIndex, int count) {
        java.util.Objects.checkFromIndexSize(srcIndex, count, src.length);
        long d = at(dst, dstIndex, count, 4);
        copyIn(MemorySegment.ofArray(src).asSlice(4L * srcIndex, 4L * count), d);
    }

    @Override
    public void copyIn(int[] src, int srcIndex, DeviceBuffer dst, long dstIndex, int count) {
        java.util.Objects.checkFromIndexSize(srcIndex, count, src.length);
        long d = at(dst, dstIndex, count, 4);
        copyIn(MemorySegment.ofArray(src).asSlice(4L * srcIndex, 4L * count), d);
    }

    private void copyIn(MemorySegment host, long device) {
        if (host.byteSize() == 0) return;
        makeCurrent();
        try {
            cu.check("cuMemcpyHtoD_v2", (int) cu.memcpyHtoD.invokeExact(device, host, host.byteSize()));
        } catch (Throwable t) {
            throw DriverApi.rethrow(t);
        }
    }

    @Override
    public void copyOut(DeviceBuffer src, long srcIndex, float[] dst, int dstIndex, int count) {
        java.util.Objects.checkFromIndexSize(dstIndex, count, dst.length);
        copyOut(at(src, srcIndex, count, 4), MemorySegment.ofArray(dst).asSlice(4L * dstIndex, 4L * count));
    }

    @Override
    public void copyOut(DeviceBuffer src, long srcIndex, double[] dst, int dstIndex, int count) {
        java.util.Objects.checkFromIndexSize(dstIndex, count, dst.length);
        copyOut(at(src, srcIndex, count, 8), MemorySegment.ofArray(dst).asSlice(8L * dstIndex, 8L * count));
    }

    private void copyOut(long device, MemorySegment host) {
        if (host.byteSize() == 0) return;
        makeCurrent();
        try {
            cu.check("cuMemcpyDtoH_v2", (int) cu.memcpyDtoH.invokeExact(host, device, host.byteSize()));
        } catch (Throwable t) {
            throw DriverApi.rethrow(t);
        }
    }

    @Override
    public void copy(DeviceBuffer src, long srcIndex, DeviceBuffer dst, long dstIndex, long count) {
        long s = at(src, srcIndex, count, 4), d = at(dst, dstIndex, count, 4);
        if (count == 0) return;
        makeCurrent();
        try {
            cu.check("cuMemcpyDtoD_v2", (int) cu.memcpyDtoD.invokeExact(d, s, 4 * count));
        } catch (Throwable t) {
            throw DriverApi.rethrow(t);
        }
    }

    /** Device address of a GEMM operand, checking its last product's last element lies in the buffer. */
    private MemorySegment operand(GemmOperand o, int rows, int cols, int batch) {
        long span = (long) (batch - 1) * o.stride() + (long) (cols - 1) * o.ld() + rows;
        return MemorySegment.ofAddress(at(o.buffer(), o.offset(), span, 4));
    }

    @Override
    public void gemm(GemmShape s, float alpha, GemmOperand a, GemmOperand b, float beta, GemmOperand c) {
        MemorySegment pa = s.transA() ? operand(a, s.k(), s.m(), s.batch()) : operand(a, s.m(), s.k(), s.batch());
        MemorySegment pb = s.transB() ? operand(b, s.n(), s.k(), s.batch()) : operand(b, s.k(), s.n(), s.batch());
        MemorySegment pc = operand(c, s.m(), s.n(), s.batch());
        makeCurrent();
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment al = ar.allocateFrom(JAVA_FLOAT, alpha), be = ar.allocateFrom(JAVA_FLOAT, beta);
            blas.check("cublasSgemmStridedBatched", (int) blas.sgemmStridedBatched.invokeExact(blasHandle,
                    s.transA() ? CublasApi.OP_T : CublasApi.OP_N, s.transB() ? CublasApi.OP_T : CublasApi.OP_N, s.m(), s.n(), s.k(),
                    al, pa, a.ld(), a.stride(), pb, b.ld(), b.stride(), be, pc, c.ld(), c.stride(), s.batch()));
        } catch (Throwable t) {
            throw DriverApi.rethrow(t);
        }
    }

    @Override
    public DeviceCsr uploadCsr(int[] rowStart, int[] cols, float[] vals) {
        int n = rowStart.length - 1;
        if (n < 1 || cols.length != vals.length || rowStart[n] != cols.length)
            throw new IllegalArgumentException("inconsistent CSR: " + (n + 1) + " offsets, " + cols.length + " columns, " + vals.length + " values");
        List<CudaBuffer> parts = new ArrayList<>();
        try {
            CudaBuffer r = (CudaBuffer) allocate(4L * rowStart.length);
            parts.add(r);
            CudaBuffer c = (CudaBuffer) allocate(4L * Math.max(1, cols.length));
            parts.add(c);
            CudaBuffer v = (CudaBuffer) allocate(4L * Math.max(1, vals.length));
            parts.add(v);
            copyIn(rowStart, 0, r, 0, rowStart.length);
            copyIn(cols, 0, c, 0, cols.length);
            copyIn(vals, 0, v, 0, vals.length);
            CudaCsr csr = new CudaCsr(n, cols.length, r, c, v);
            if (useCusparse) {
                try (Arena a = Arena.ofConfined()) {
                    MemorySegment d = a.allocate(ADDRESS);
                    sparse.check("cusparseCreateCsr", (int) sparse.createCsr.invokeExact(d, (long) n, (long) n, (long) cols.length,
                            MemorySegment.ofAddress(r.address), MemorySegment.ofAddress(c.address), MemorySegment.ofAddress(v.address),
                            CusparseApi.INDEX_32I, CusparseApi.INDEX_32I, CusparseApi.INDEX_BASE_ZERO, CusparseApi.CUDA_R_32F));
                    csr.descriptor = d.get(ADDRESS, 0);
                }
            }
            open.add(csr);
            return csr;
        } catch (Throwable t) {
            for (CudaBuffer b : parts) b.close();
            throw DriverApi.rethrow(t);
        }
    }

    @Override
    public void csrGossip(DeviceCsr w, DeviceBuffer in, DeviceBuffer out, long width) {
        if (!(w instanceof CudaCsr csr) || csr.outer() != this) throw new IllegalArgumentException("matrix not uploaded to this CUDA device");
        long n = csr.rows;
        long pin = at(in, 0, n * width, 4), pout = at(out, 0, n * width, 4);
        if (!useCusparse) {
            launch("csr_gossip", n * width, a -> a.ptr(pout).ptr(pin).ptr(csr.rowStart.address).ptr(csr.cols.address).ptr(csr.vals.address)
                    .i32((int) n).i64(width));
            return;
        }
        makeCurrent();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment db = a.allocate(ADDRESS), dc = a.allocate(ADDRESS);
            sparse.check("cusparseCreateDnMat", (int) sparse.createDnMat.invokeExact(db, n, width, width, MemorySegment.ofAddress(pin),
                    CusparseApi.CUDA_R_32F, CusparseApi.ORDER_ROW));
            MemorySegment matB = db.get(ADDRESS, 0);
            try {
                sparse.check("cusparseCreateDnMat", (int) sparse.createDnMat.invokeExact(dc, n, width, width, MemorySegment.ofAddress(pout),
                        CusparseApi.CUDA_R_32F, CusparseApi.ORDER_ROW));
                MemorySegment matC = dc.get(ADDRESS, 0);
                try {
                    MemorySegment alpha = a.allocateFrom(JAVA_FLOAT, 1f), beta = a.allocateFrom(JAVA_FLOAT, 0f);
                    MemorySegment size = a.allocate(JAVA_LONG);
                    sparse.check("cusparseSpMM_bufferSize", (int) sparse.spmmBufferSize.invokeExact(sparseHandle, CusparseApi.OPERATION_NON_TRANSPOSE,
                            CusparseApi.OPERATION_NON_TRANSPOSE, alpha, csr.descriptor, matB, beta, matC, CusparseApi.CUDA_R_32F,
                            CusparseApi.SPMM_ALG_DEFAULT, size));
                    long need = size.get(JAVA_LONG, 0);
                    if (need > 0 && (spmmWork == null || spmmWork.bytes < need)) {
                        if (spmmWork != null) spmmWork.close();
                        spmmWork = null;
                        spmmWork = (CudaBuffer) allocate(need);
                    }
                    MemorySegment work = need > 0 ? MemorySegment.ofAddress(spmmWork.address) : MemorySegment.NULL;
                    sparse.check("cusparseSpMM", (int) sparse.spmm.invokeExact(sparseHandle, CusparseApi.OPERATION_NON_TRANSPOSE,
                            CusparseApi.OPERATION_NON_TRANSPOSE, alpha, csr.descriptor, matB, beta, matC, CusparseApi.CUDA_R_32F,
                            CusparseApi.SPMM_ALG_DEFAULT, work));
                } finally {
                    sparse.check("cusparseDestroyDnMat", (int) sparse.destroyDnMat.invokeExact(matC));
                }
            } finally {
                sparse.check("cusparseDestroyDnMat", (int) sparse.destroyDnMat.invokeExact(matB));
            }
        } catch (Throwable t) {
            throw DriverApi.rethrow(t);
        }
    }

    /** Sets a launch's arguments. */
    private interface ArgSetter {
        void set(KernelArgs args);
    }

    /** Launches {@code kernel} with enough 256-thread blocks for {@code count} grid-stride iterations. */
    private void launch(String kernel, long count, ArgSetter setter) {
        if (count <= 0) return;
        makeCurrent();
        int blocks = (int) Math.min((count + THREADS - 1) / THREADS, 1L << 20);
        try (Arena a = Arena.ofConfined()) {
            KernelArgs args = new KernelArgs(a);
            setter.set(args);
            cu.check("cuLaunchKernel(" + kernel + ")", (int) cu.launchKernel.invokeExact(functions.get(kernel), blocks, 1, 1, THREADS, 1, 1, 0,
                    MemorySegment.NULL, args.array(), MemorySegment.NULL));
        } catch (Throwable t) {
            throw DriverApi.rethrow(t);
        }
    }

    @Override
    public void gatherRows(DeviceBuffer dst, DeviceBuffer src, DeviceBuffer idx, int count, int dim) {
        long d = at(dst, 0, (long) count * dim, 4), s = buf(src).address, ix = at(idx, 0, count, 4);
        launch("gather_rows", (long) count * dim, a -> a.ptr(d).ptr(s).ptr(ix).i32(count).i32(dim));
    }

    @Override
    public void biasActivation(DeviceBuffer z, DeviceBuffer x, long offset, long stride, int[] dims, boolean relu) {
        long count = (long) dims[0] * dims[1] * dims[2];
        long pz = at(z, 0, count, 4), px = at(x, 0, (dims[0] - 1) * stride + offset + dims[2], 4);
        launch("bias_act", count, a -> a.ptr(pz).ptr(px).i64(offset).i64(stride).i32(dims[0]).i32(dims[1]).i32(dims[2]).i32(relu ? 1 : 0));
    }

    @Override
    public void softmaxCrossEntropyGrad(DeviceBuffer z, DeviceBuffer labels, DeviceBuffer idx, DeviceBuffer lossEx, int rows, int c, int batch) {
        long pz = at(z, 0, (long) rows * c, 4), pl = buf(labels).address, pi = at(idx, 0, rows, 4);
        long loss = lossEx == null ? 0 : at(lossEx, 0, rows, 4);
        launch("softmax_xent_grad", rows, a -> a.ptr(pz).ptr(pl).ptr(pi).ptr(loss).i32(rows).i32(c).f32(batch));
    }

    @Override
    public void squaredErrorGrad(DeviceBuffer z, DeviceBuffer targets, DeviceBuffer idx, DeviceBuffer lossEx, int rows, int batch) {
        long pz = at(z, 0, rows, 4), pt = buf(targets).address, pi = at(idx, 0, rows, 4);
        long loss = lossEx == null ? 0 : at(lossEx, 0, rows, 4);
        launch("squared_grad", rows, a -> a.ptr(pz).ptr(pt).ptr(pi).ptr(loss).i32(rows).f32(batch));
    }

    @Override
    public void reluMask(DeviceBuffer d, DeviceBuffer act, long count) {
        long pd = at(d, 0, count, 4), pa = at(act, 0, count, 4);
        launch("relu_mask", count, a -> a.ptr(pd).ptr(pa).i64(count));
    }

    @Override
    public void biasGradient(DeviceBuffer g, long offset, long stride, DeviceBuffer dz, int[] dims) {
        long pg = at(g, 0, (dims[0] - 1) * stride + offset + dims[2], 4), pd = at(dz, 0, (long) dims[0] * dims[1] * dims[2], 4);
        launch("bias_grad", (long) dims[0] * dims[2], a -> a.ptr(pg).i64(offset).i64(stride).ptr(pd).i32(dims[0]).i32(dims[1]).i32(dims[2]));
    }

    @Override
    public void sgdStep(DeviceBuffer x, DeviceBuffer g, DeviceBuffer v, long count, float[] hyper) {
        long px = at(x, 0, count, 4), pg = at(g, 0, count, 4), pv = v == null ? 0 : at(v, 0, count, 4);
        launch("sgd_step", count, a -> a.ptr(px).ptr(pg).ptr(pv).i64(count).f32(hyper[0]).f32(hyper[1]).f32(hyper[2]));
    }

    @Override
    public void axpy(float alpha, DeviceBuffer x, DeviceBuffer y, long count) {
        long px = at(x, 0, count, 4), py = at(y, 0, count, 4);
        launch("axpy", count, a -> a.f32(alpha).ptr(px).ptr(py).i64(count));
    }

    @Override
    public void columnMean(DeviceBuffer out, DeviceBuffer x, int n, long p) {
        long po = at(out, 0, p, 4), px = at(x, 0, n * p, 4);
        launch("column_mean", p, a -> a.ptr(po).ptr(px).i32(n).i64(p));
    }

    @Override
    public void columnSquaredDeviation(DeviceBuffer out, DeviceBuffer x, int n, long p) {
        long po = at(out, 0, p, 8), px = at(x, 0, n * p, 4);
        launch("column_sq_dev", p, a -> a.ptr(po).ptr(px).i32(n).i64(p));
    }

    @Override
    public void sumChunksF32(DeviceBuffer out, DeviceBuffer in, long count, int chunk) {
        long chunks = (count + chunk - 1) / chunk;
        long po = at(out, 0, chunks, 8), pi = at(in, 0, count, 4);
        launch("sum_chunks_f32", chunks, a -> a.ptr(po).ptr(pi).i64(count).i32(chunk));
    }

    @Override
    public void sumChunksF64(DeviceBuffer out, DeviceBuffer in, long count, int chunk) {
        long chunks = (count + chunk - 1) / chunk;
        long po = at(out, 0, chunks, 8), pi = at(in, 0, count, 8);
        launch("sum_chunks_f64", chunks, a -> a.ptr(po).ptr(pi).i64(count).i32(chunk));
    }

    @Override
    public void evalSoftmax(DeviceBuffer lossEx, DeviceBuffer correctEx, DeviceBuffer z, DeviceBuffer labels, int[] dims) {
        long rows = (long) dims[2] * dims[1];
        long pl = at(lossEx, 0, rows, 4), pc = at(correctEx, 0, rows, 4), pz = at(z, 0, rows * dims[3], 4), py = at(labels, dims[0], dims[1], 4) - 4L * dims[0];
        launch("eval_softmax", rows, a -> a.ptr(pl).ptr(pc).ptr(pz).ptr(py).i32(dims[0]).i32(dims[1]).i32(dims[2]).i32(dims[3]));
    }

    @Override
    public void evalSquared(DeviceBuffer lossEx, DeviceBuffer z, DeviceBuffer targets, int[] dims) {
        long rows = (long) dims[2] * dims[1];
        long pl = at(lossEx, 0, rows, 4), pz = at(z, 0, rows, 4), pt = at(targets, dims[0], dims[1], 4) - 4L * dims[0];
        launch("eval_squared", rows, a -> a.ptr(pl).ptr(pz).ptr(pt).i32(dims[0]).i32(dims[1]).i32(dims[2]));
    }

    @Override
    public void synchronize() {
        makeCurrent();
        try {
            cu.check("cuCtxSynchronize", (int) cu.ctxSynchronize.invokeExact());
        } catch (Throwable t) {
            throw DriverApi.rethrow(t);
        }
    }

    /** Frees every open buffer and matrix, the library handles, the module, and releases the primary context. */
    @Override
    public void close() {
        release();
    }

    private void release() {
        RuntimeException first = null;
        if (!context.equals(MemorySegment.NULL)) {
            currentOn = null;
            try {
                makeCurrent();
            } catch (RuntimeException e) {
                first = e;
            }
        }
        for (AutoCloseable c : List.copyOf(open)) {
            try {
                c.close();
            } catch (Exception e) {
                if (first == null) first = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }
        spmmWork = null;
        try {
            if (!sparseHandle.equals(MemorySegment.NULL)) {
                MemorySegment h = sparseHandle;
                sparseHandle = MemorySegment.NULL;
                sparse.check("cusparseDestroy", (int) sparse.destroy.invokeExact(h));
            }
            if (!blasHandle.equals(MemorySegment.NULL)) {
                MemorySegment h = blasHandle;
                blasHandle = MemorySegment.NULL;
                blas.check("cublasDestroy_v2", (int) blas.destroy.invokeExact(h));
            }
            if (!module.equals(MemorySegment.NULL)) {
                MemorySegment m = module;
                module = MemorySegment.NULL;
                cu.check("cuModuleUnload", (int) cu.moduleUnload.invokeExact(m));
            }
            if (!context.equals(MemorySegment.NULL)) {
                context = MemorySegment.NULL;
                cu.check("cuDevicePrimaryCtxRelease_v2", (int) cu.primaryCtxRelease.invokeExact(device));
            }
        } catch (Throwable t) {
            if (first == null) first = DriverApi.rethrow(t);
        }
        if (first != null) throw first;
    }
}
