package io.dfloverlay.sim.engine.gpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The plain-Java twin of the CUDA device: off-heap buffers, and every kernel of {@code kernels.cu}
 * as a loop whose body is the kernel's body for one thread index, with the same arithmetic in the
 * same order (each method names the kernel it mirrors). GEMM is the textbook column-major
 * triple loop with cuBLAS's argument conventions. Lets the engine's orchestration run and be tested
 * without a GPU. Single-threaded; not thread-safe.
 */
public final class JavaDevice implements Device {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfDouble D = ValueLayout.JAVA_DOUBLE;
    private final Set<AutoCloseable> open = Collections.newSetFromMap(new IdentityHashMap<>());

    /** A twin device. */
    public JavaDevice() {}

    @Override
    public String description() {
        return "java twin (plain-Java mirror of the CUDA kernels)";
    }

    @Override
    public double peakBandwidth() {
        return 0;
    }

    /** A buffer of the twin: one off-heap segment in its own arena. */
    private final class Buffer implements DeviceBuffer {
        final Arena arena = Arena.ofConfined();
        final MemorySegment seg;

        Buffer(long bytes) {
            seg = arena.allocate(bytes, 8);
        }

        @Override
        public long bytes() {
            return seg.byteSize();
        }

        @Override
        public void close() {
            if (open.remove(this)) arena.close();
        }
    }

    private record Csr(int rows, int nnz, Buffer rowStart, Buffer cols, Buffer vals) implements DeviceCsr {
        @Override
        public void close() {
            rowStart.close();
            cols.close();
            vals.close();
        }
    }

    @Override
    public DeviceBuffer allocate(long bytes) {
        if (bytes < 1) throw new IllegalArgumentException("allocation must be at least 1 byte, got " + bytes);
        Buffer b = new Buffer(bytes);
        open.add(b);
        return b;
    }

    private static MemorySegment seg(DeviceBuffer b) {
        if (!(b instanceof Buffer jb)) throw new IllegalArgumentException("buffer not allocated by the Java twin");
        if (!jb.arena.scope().isAlive()) throw new IllegalStateException("buffer already freed");
        return jb.seg;
    }

    /** Null stays null (optional kernel arguments). */
    private static MemorySegment segOrNull(DeviceBuffer b) {
        return b == null ? null : seg(b);
    }

    @Override
    public void copyIn(float[] src, int srcIndex, DeviceBuffer dst, long dstIndex, int count) {
        MemorySegment.copy(src, srcIndex, seg(dst), F, dstIndex * 4, count);
    }

    @Override
    public void copyIn(int[] src, int srcIndex, DeviceBuffer dst, long dstIndex, int count) {
        MemorySegment.copy(src, srcIndex, seg(dst), I, dstIndex * 4, count);
    }

    @Override
    public void copyOut(DeviceBuffer src, long srcIndex, float[] dst, int dstIndex, int count) {
        MemorySegment.copy(seg(src), F, srcIndex * 4, dst, dstIndex, count);
    }

    @Override
    public void copyOut(DeviceBuffer src, long srcIndex, double[] dst, int dstIndex, int count) {
        MemorySegment.copy(seg(src), D, srcIndex * 8, dst, dstIndex, count);
    }

    @Override
    public void copy(DeviceBuffer src, long srcIndex, DeviceBuffer dst, long dstIndex, long count) {
        MemorySegment.copy(seg(src), srcIndex * 4, seg(dst), dstIndex * 4, count * 4);
    }

    /** Reference SGEMM (column-major, cuBLAS conventions; beta = 0 does not read C). */
    @Override
    public void gemm(GemmShape s, float alpha, GemmOperand a, GemmOperand b, float beta, GemmOperand c) {
        MemorySegment sa = seg(a.buffer()), sb = seg(b.buffer()), sc = seg(c.buffer());
        for (int q = 0; q < s.batch(); q++) {
            long ao = a.offset() + q * a.stride(), bo = b.offset() + q * b.stride(), co = c.offset() + q * c.stride();
            for (int j = 0; j < s.n(); j++) {
                for (int i = 0; i < s.m(); i++) {
                    float sum = 0f;
                    for (int l = 0; l < s.k(); l++) {
                        long ai = s.transA() ? ao + l + (long) i * a.ld() : ao + i + (long) l * a.ld();
                        long bi = s.transB() ? bo + j + (long) l * b.ld() : bo + l + (long) j * b.ld();
                        sum += sa.getAtIndex(F, ai) * sb.getAtIndex(F, bi);
                    }
                    long ci = co + i + (long) j * c.ld();
                    float old = beta == 0f ? 0f : beta * sc.getAtIndex(F, ci);
                    sc.setAtIndex(F, ci, alpha * sum + old);
                }
            }
        }
    }

    @Override
    public DeviceCsr uploadCsr(int[] rowStart, int[] cols, float[] vals) {
        int n = rowStart.length - 1;
        if (n < 1 || cols.length != vals.length || rowStart[n] != cols.length)
            throw new IllegalArgumentException("inconsistent CSR: " + (n + 1) + " offsets, " + cols.length + " columns, " + vals.length + " values");
        Buffer r = (Buffer) allocate(4L * rowStart.length), c = (Buffer) allocate(4L * Math.max(1, cols.length)),
                v = (Buffer) allocate(4L * Math.max(1, vals.length));
        copyIn(rowStart, 0, r, 0, rowStart.length);
        copyIn(cols, 0, c, 0, cols.length);
        copyIn(vals, 0, v, 0, vals.length);
        return new Csr(n, cols.length, r, c, v);
    }

    /** Floats per column chunk of kernel {@code csr_gossip} ({@code GOSSIP_CHUNK}). */
    static final int GOSSIP_CHUNK = 1024;

    /** Mirrors kernel {@code csr_gossip} (including its column-chunked order). */
    @Override
    public void csrGossip(DeviceCsr w, DeviceBuffer in, DeviceBuffer out, long width) {
        if (!(w instanceof Csr csr)) throw new IllegalArgumentException("matrix not uploaded to the Java twin");
        MemorySegment o = seg(out), x = seg(in), rowStart = seg(csr.rowStart), cols = seg(csr.cols), vals = seg(csr.vals);
        int n = csr.rows;
        for (long t = 0; t < n * width; t++) {
            long full = (long) n * GOSSIP_CHUNK;
            long c0 = (t / full) * GOSSIP_CHUNK;
            long cw = width - c0 < GOSSIP_CHUNK ? width - c0 : GOSSIP_CHUNK;
            long r = t - c0 * n;
            long i = r / cw;
            long e = c0 + (r - i * cw);
            float acc = 0f;
            for (int k = rowStart.getAtIndex(I, i); k < rowStart.getAtIndex(I, i + 1); k++)
                acc += vals.getAtIndex(F, k) * x.getAtIndex(F, cols.getAtIndex(I, k) * width + e);
            o.setAtIndex(F, i * width + e, acc);
        }
    }

    /** Mirrors kernel {@code gather_rows}. */
    @Override
    public void gatherRows(DeviceBuffer dst, DeviceBuffer src, DeviceBuffer idx, int count, int dim) {
        MemorySegment d = seg(dst), s = seg(src), ix = seg(idx);
        for (long t = 0; t < (long) count * dim; t++) {
            long k = t / dim;
            long e = t - k * dim;
            d.setAtIndex(F, t, s.getAtIndex(F, (long) ix.getAtIndex(I, k) * dim + e));
        }
    }

    /** Mirrors kernel {@code bias_act}. */
    @Override
    public void biasActivation(DeviceBuffer z, DeviceBuffer x, long offset, long stride, int[] dims, boolean relu) {
        MemorySegment zs = seg(z), xs = seg(x);
        int rows = dims[0], b = dims[1], out = dims[2];
        for (long t = 0; t < (long) rows * b * out; t++) {
            long i = t / ((long) b * out);
            long j = t % out;
            float v = zs.getAtIndex(F, t) + xs.getAtIndex(F, i * stride + offset + j);
            if (relu && v < 0f) v = 0f;
            zs.setAtIndex(F, t, v);
        }
    }

    /** Mirrors device function {@code softmax_row}: the c floats at {@code zr} become their softmax, in place. */
    private static void softmaxRow(MemorySegment zs, long zr, int c) {
        float mx = zs.getAtIndex(F, zr);
        for (int j = 1; j < c; j++) mx = Math.max(mx, zs.getAtIndex(F, zr + j));
        float sum = 0f;
        for (int j = 0; j < c; j++) {
            float e = (float) Math.exp(zs.getAtIndex(F, zr + j) - mx);
            zs.setAtIndex(F, zr + j, e);
            sum += e;
        }
        for (int j = 0; j < c; j++) zs.setAtIndex(F, zr + j, zs.getAtIndex(F, zr + j) / sum);
    }

    /** Mirrors kernel {@code softmax_xent_grad}. */
    @Override
    public void softmaxCrossEntropyGrad(DeviceBuffer z, DeviceBuffer labels, DeviceBuffer idx, DeviceBuffer lossEx, int rows, int c,
            int batch) {
        MemorySegment zs = seg(z), ls = seg(labels), ix = seg(idx), loss = segOrNull(lossEx);
        float fb = batch;
        for (long r = 0; r < rows; r++) {
            long zr = r * c;
            softmaxRow(zs, zr, c);
            int y = ls.getAtIndex(I, ix.getAtIndex(I, r));
            if (loss != null) loss.setAtIndex(F, r, (float) -Math.log(Math.max(zs.getAtIndex(F, zr + y), 1e-30f)));
            for (int j = 0; j < c; j++) zs.setAtIndex(F, zr + j, (zs.getAtIndex(F, zr + j) - (j == y ? 1f : 0f)) / fb);
        }
    }

    /** Mirrors kernel {@code squared_grad}. */
    @Override
    public void squaredErrorGrad(DeviceBuffer z, DeviceBuffer targets, DeviceBuffer idx, DeviceBuffer lossEx, int rows, int batch) {
        MemorySegment zs = seg(z), ts = seg(targets), ix = seg(idx), loss = segOrNull(lossEx);
        float fb = batch;
        for (long r = 0; r < rows; r++) {
            float d = zs.getAtIndex(F, r) - ts.getAtIndex(F, ix.getAtIndex(I, r));
            if (loss != null) loss.setAtIndex(F, r, d * d);
            zs.setAtIndex(F, r, d / fb);
        }
    }

    /** Mirrors kernel {@code relu_mask}. */
    @Override
    public void reluMask(DeviceBuffer d, DeviceBuffer act, long count) {
        MemorySegment ds = seg(d), as = seg(act);
        for (long t = 0; t < count; t++) ds.setAtIndex(F, t, ds.getAtIndex(F, t) * (as.getAtIndex(F, t) > 0f ? 1f : 0f));
    }

    /** Mirrors kernel {@code bias_grad}. */
    @Override
    public void biasGradient(DeviceBuffer g, long offset, long stride, DeviceBuffer dz, int[] dims) {
        MemorySegment gs = seg(g), dzs = seg(dz);
        int rows = dims[0], b = dims[1], out = dims[2];
        for (long t = 0; t < (long) rows * out; t++) {
            long i = t / out;
            long j = t - i * out;
            long d = i * b * out + j;
            float s = 0f;
            for (int k = 0; k < b; k++) s += dzs.getAtIndex(F, d + (long) k * out);
            gs.setAtIndex(F, i * stride + offset + j, s);
        }
    }

    /** Mirrors kernel {@code sgd_step}. */
    @Override
    public void sgdStep(DeviceBuffer x, DeviceBuffer g, DeviceBuffer v, long count, float[] hyper) {
        MemorySegment xs = seg(x), gs = seg(g), vs = segOrNull(v);
        float lr = hyper[0], m = hyper[1], wd = hyper[2];
        for (long t = 0; t < count; t++) {
            float gt = gs.getAtIndex(F, t);
            if (wd != 0f) {
                gt = gt + wd * xs.getAtIndex(F, t);
                gs.setAtIndex(F, t, gt);
            }
            if (vs != null) {
                float vt = vs.getAtIndex(F, t) * m + gt;
                vs.setAtIndex(F, t, vt);
                gt = vt;
            }
            xs.setAtIndex(F, t, xs.getAtIndex(F, t) + (-lr) * gt);
        }
    }

    /** Mirrors kernel {@code axpy}. */
    @Override
    public void axpy(float a, DeviceBuffer x, DeviceBuffer y, long count) {
        MemorySegment xs = seg(x), ys = seg(y);
        for (long t = 0; t < count; t++) ys.setAtIndex(F, t, ys.getAtIndex(F, t) + a * xs.getAtIndex(F, t));
    }

    /** Mirrors kernel {@code column_mean}. */
    @Override
    public void columnMean(DeviceBuffer out, DeviceBuffer x, int n, long p) {
        MemorySegment o = seg(out), xs = seg(x);
        for (long e = 0; e < p; e++) {
            double s = 0.0;
            for (int j = 0; j < n; j++) s += (double) xs.getAtIndex(F, (long) j * p + e);
            o.setAtIndex(F, e, (float) (s / n));
        }
    }

    /** Mirrors kernel {@code column_sq_dev}. */
    @Override
    public void columnSquaredDeviation(DeviceBuffer out, DeviceBuffer x, int n, long p) {
        MemorySegment o = seg(out), xs = seg(x);
        for (long e = 0; e < p; e++) {
            double mean = 0.0;
            for (int j = 0; j < n; j++) mean += (double) xs.getAtIndex(F, (long) j * p + e);
            mean /= n;
            double s = 0.0;
            for (int j = 0; j < n; j++) {
                double d = (double) xs.getAtIndex(F, (long) j * p + e) - mean;
                s += d * d;
            }
            o.setAtIndex(D, e, s);
        }
    }

    /** Mirrors kernel {@code sum_chunks_f32}. */
    @Override
    public void sumChunksF32(DeviceBuffer out, DeviceBuffer in, long count, int chunk) {
        sumChunks(seg(out), seg(in), F, count, chunk);
    }

    /** Mirrors kernel {@code sum_chunks_f64}. */
    @Override
    public void sumChunksF64(DeviceBuffer out, DeviceBuffer in, long count, int chunk) {
        sumChunks(seg(out), seg(in), D, count, chunk);
    }

    /** Mirrors the kernels' template {@code sum_chunks} for floats or doubles. */
    private static void sumChunks(MemorySegment o, MemorySegment is, ValueLayout type, long count, int chunk) {
        for (long q = 0; q < (count + chunk - 1) / chunk; q++) {
            long lo = q * chunk;
            long hi = Math.min(lo + chunk, count);
            double s = 0.0;
            for (long t = lo; t < hi; t++) s += type == F ? (double) is.getAtIndex(F, t) : is.getAtIndex(D, t);
            o.setAtIndex(D, q, s);
        }
    }

    /** Mirrors kernel {@code eval_softmax}. */
    @Override
    public void evalSoftmax(DeviceBuffer lossEx, DeviceBuffer correctEx, DeviceBuffer z, DeviceBuffer labels, int[] dims) {
        MemorySegment loss = seg(lossEx), corr = seg(correctEx), zs = seg(z), ls = seg(labels);
        int start = dims[0], len = dims[1], models = dims[2], c = dims[3];
        for (long r = 0; r < (long) models * len; r++) {
            long zr = r * c;
            int y = ls.getAtIndex(I, start + (int) (r % len));
            softmaxRow(zs, zr, c);
            int best = 0;
            for (int j = 1; j < c; j++) if (zs.getAtIndex(F, zr + j) > zs.getAtIndex(F, zr + best)) best = j;
            loss.setAtIndex(F, r, (float) -Math.log(Math.max(zs.getAtIndex(F, zr + y), 1e-30f)));
            corr.setAtIndex(F, r, best == y ? 1f : 0f);
        }
    }

    /** Mirrors kernel {@code eval_squared}. */
    @Override
    public void evalSquared(DeviceBuffer lossEx, DeviceBuffer z, DeviceBuffer targets, int[] dims) {
        MemorySegment loss = seg(lossEx), zs = seg(z), ts = seg(targets);
        int start = dims[0], len = dims[1], models = dims[2];
        for (long r = 0; r < (long) models * len; r++) {
            float d = zs.getAtIndex(F, r) - ts.getAtIndex(F, start + (int) (r % len));
            loss.setAtIndex(F, r, 0.5f * d * d);
        }
    }

    @Override
    public void synchronize() {}

    @Override
    public void close() {
        for (AutoCloseable b : List.copyOf(open)) {
            try {
                b.close();
            } catch (Exception e) {
                throw new IllegalStateException("freeing a twin buffer failed", e);
            }
        }
    }
}
