package io.dfloverlay.sim.engine;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.model.Loss;
import io.dfloverlay.sim.model.ModelSpec;
import java.nio.FloatBuffer;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * CPU engine on ND4J's native backend (OpenMP + BLAS), float32. Local steps are batched over all
 * clients: the minibatches are gathered into {@code [n, b, in]} and every layer is one rank-3
 * matmul {@code [n, b, in] × [n, in, out]}; backward uses transposed batched matmuls. Gossip is a
 * cache-blocked sparse product over the CSR of W ({@link SparseGossip}), never dense {@code n × n}.
 * Deterministic for a fixed thread count. Not thread-safe.
 */
public final class CpuNd4jEngine implements Engine {
    /** Blocks below this many floats gossip on one thread: hand-offs cost more than they save. */
    static final long PARALLEL_THRESHOLD = 1L << 20;
    private final int nativeThreads;
    private final boolean javaParallel;
    /**
     * Client ranges whose gradients run concurrently on Java threads (system property
     * {@code dfloverlay.cpu.parts}, default 1): on the shared 2-core box two ranges measured
     * 1.3-2× slower than one (extra copies, contention), so it is opt-in for idle many-core hosts.
     */
    int clientRanges = Integer.getInteger("dfloverlay.cpu.parts", 1);
    private final String note;
    private SparseGossip gossipCache;
    private MixingMatrix gossipKey;

    /**
     * An engine with {@code dfloverlay.cpu.threads} native threads (system property, default 1) and
     * Java-parallel gossip over the common fork-join pool for large blocks.
     */
    public CpuNd4jEngine() {
        this(Integer.getInteger("dfloverlay.cpu.threads", 1));
    }

    /**
     * An engine whose ND4J native ops (OpenMP and BLAS) use {@code nativeThreads} threads. One is the
     * default: on a shared 2-core machine OpenMP teams of 2 spin at barriers while the other core is
     * busy, and a D-SGD round measured 2.4× slower than single-threaded. The sparse gossip and the
     * consensus distance run on the fork-join pool for blocks of at least 2^20 floats.
     *
     * @param nativeThreads native threads
     */
    public CpuNd4jEngine(int nativeThreads) {
        this(nativeThreads, null);
    }

    /**
     * As {@link #CpuNd4jEngine(int)}, with a note appended to the description (e.g. why {@code auto}
     * did not pick the GPU).
     *
     * @param nativeThreads native threads
     * @param note          appended to {@link #description()}, or null
     */
    public CpuNd4jEngine(int nativeThreads, String note) {
        this.note = note;
        if (nativeThreads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + nativeThreads);
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
        this.nativeThreads = nativeThreads;
        this.javaParallel = Runtime.getRuntime().availableProcessors() > 1;
        Nd4j.getEnvironment().setMaxThreads(nativeThreads);
        Nd4j.getEnvironment().setMaxMasterThreads(nativeThreads);
        Nd4j.factory().blas().setMaxThreads(nativeThreads);
    }

    @Override
    public String description() {
        return "cpu (ND4J native, " + nativeThreads + " native thread" + (nativeThreads == 1 ? "" : "s") + ", float32"
                + (note == null ? "" : "; " + note) + ")";
    }

    @Override
    public DeviceData upload(Dataset data) {
        return new Nd4jData(data);
    }

    @Override
    public ParameterBlock allocate(ModelSpec model, int rows) {
        for (int l = 0; l < model.numLayers(); l++) {
            long floats = (long) rows * model.in(l) * model.out(l);
            if (floats > Integer.MAX_VALUE - 8)
                throw new IllegalArgumentException("CPU engine: layer " + l + " of " + rows + " clients needs " + floats
                        + " floats, more than one panel can hold (2^31); use fewer clients or the GPU engine");
        }
        return new Nd4jParameterBlock(model, rows);
    }

    @Override
    public void fillRows(ParameterBlock x, float[] values) {
        Nd4jParameterBlock b = Nd4jParameterBlock.cast(x, null);
        checkLength(b, values);
        for (int t = 0; t < b.tensors.length; t++) {
            int w = b.width(t);
            INDArray row = Nd4j.create(java.util.Arrays.copyOfRange(values, b.flatOffset(t), b.flatOffset(t) + w), new long[] {1, w}, 'c');
            b.tensors[t].reshape(b.rows(), w).assign(row.broadcast(b.rows(), w));
        }
    }

    @Override
    public float[] row(ParameterBlock x, int i) {
        Nd4jParameterBlock b = Nd4jParameterBlock.cast(x, null);
        checkRow(b, i);
        float[] out = new float[(int) b.model().numParameters()];
        for (int t = 0; t < b.tensors.length; t++) {
            int w = b.width(t);
            buffer(b.tensors[t]).get(i * w, out, b.flatOffset(t), w);
        }
        return out;
    }

    @Override
    public void setRow(ParameterBlock x, int i, float[] values) {
        Nd4jParameterBlock b = Nd4jParameterBlock.cast(x, null);
        checkRow(b, i);
        checkLength(b, values);
        for (int t = 0; t < b.tensors.length; t++) {
            int w = b.width(t);
            buffer(b.tensors[t]).put(i * w, values, b.flatOffset(t), w);
        }
    }

    @Override
    public ParameterBlock selectRows(ParameterBlock x, int[] rows) {
        Nd4jParameterBlock b = Nd4jParameterBlock.cast(x, null);
        Nd4jParameterBlock out = (Nd4jParameterBlock) allocate(b.model(), rows.length);
        for (int t = 0; t < b.tensors.length; t++) {
            int w = b.width(t);
            FloatBuffer src = buffer(b.tensors[t]);
            FloatBuffer dst = buffer(out.tensors[t]);
            float[] tmp = new float[w];
            for (int k = 0; k < rows.length; k++) {
                checkRow(b, rows[k]);
                src.get(rows[k] * w, tmp, 0, w);
                dst.put(k * w, tmp, 0, w);
            }
        }
        return out;
    }

    @Override
    public void copy(ParameterBlock src, ParameterBlock dst) {
        Nd4jParameterBlock s = Nd4jParameterBlock.cast(src, null);
        Nd4jParameterBlock d = Nd4jParameterBlock.cast(dst, s.model());
        s.requireSameShape(d);
        for (int t = 0; t < s.tensors.length; t++) d.tensors[t].assign(s.tensors[t]);
    }

    @Override
    public void axpy(float a, ParameterBlock x, ParameterBlock y) {
        Nd4jParameterBlock bx = Nd4jParameterBlock.cast(x, null);
        Nd4jParameterBlock by = Nd4jParameterBlock.cast(y, bx.model());
        bx.requireSameShape(by);
        for (int t = 0; t < bx.tensors.length; t++) Nd4j.getBlasWrapper().level1().axpy(bx.tensors[t].length(), a, bx.tensors[t], by.tensors[t]);
    }

    @Override
    public void gradients(ParameterBlock x, DeviceData data, int[] batch, int batchSize, ParameterBlock grad, float[] lossOut) {
        Nd4jParameterBlock bx = Nd4jParameterBlock.cast(x, null);
        Nd4jParameterBlock bg = Nd4jParameterBlock.cast(grad, bx.model());
        bx.requireSameShape(bg);
        Nd4jData d = Nd4jData.cast(data);
        Nd4jNetwork.gradients(bx, d, batch, batchSize, bg, lossOut, Math.max(1, clientRanges));
    }

    @Override
    public void sgdStep(ParameterBlock x, ParameterBlock grad, ParameterBlock velocity, float lr, float momentum, float weightDecay) {
        Nd4jParameterBlock bx = Nd4jParameterBlock.cast(x, null);
        Nd4jParameterBlock bg = Nd4jParameterBlock.cast(grad, bx.model());
        bx.requireSameShape(bg);
        Nd4jParameterBlock bv = null;
        if (momentum != 0) {
            if (velocity == null) throw new IllegalArgumentException("momentum " + momentum + " needs a velocity block");
            bv = Nd4jParameterBlock.cast(velocity, bx.model());
            bx.requireSameShape(bv);
        }
        // in place with BLAS axpy: allocating a temporary of the block's size costs more than the update
        for (int t = 0; t < bx.tensors.length; t++) {
            INDArray g = bg.tensors[t];
            long len = g.length();
            if (weightDecay != 0) Nd4j.getBlasWrapper().level1().axpy(len, weightDecay, bx.tensors[t], g);
            if (bv != null) {
                bv.tensors[t].muli(momentum).addi(g);
                g = bv.tensors[t];
            }
            Nd4j.getBlasWrapper().level1().axpy(len, -lr, g, bx.tensors[t]);
        }
    }

    @Override
    public void gossip(MixingMatrix w, ParameterBlock in, ParameterBlock out) {
        Nd4jParameterBlock bi = Nd4jParameterBlock.cast(in, null);
        Nd4jParameterBlock bo = Nd4jParameterBlock.cast(out, bi.model());
        bi.requireSameShape(bo);
        if (w.size() != bi.rows()) throw new IllegalArgumentException("mixing matrix is " + w.size() + " x " + w.size() + " but the block has " + bi.rows() + " rows");
        if (bi == bo) throw new IllegalArgumentException("gossip needs distinct input and output blocks");
        if (gossipKey != w) {
            gossipCache = new SparseGossip(w);
            gossipKey = w;
        }
        int tensors = bi.tensors.length;
        FloatBuffer[] src = new FloatBuffer[tensors];
        FloatBuffer[] dst = new FloatBuffer[tensors];
        int[] width = new int[tensors];
        for (int t = 0; t < tensors; t++) {
            src[t] = buffer(bi.tensors[t]);
            dst[t] = buffer(bo.tensors[t]);
            width[t] = bi.width(t);
        }
        gossipCache.apply(src, dst, width, javaParallel && (long) bi.rows() * bi.model().numParameters() >= PARALLEL_THRESHOLD);
    }

    @Override
    public ParameterBlock mean(ParameterBlock x) {
        Nd4jParameterBlock b = Nd4jParameterBlock.cast(x, null);
        Nd4jParameterBlock out = (Nd4jParameterBlock) allocate(b.model(), 1);
        for (int t = 0; t < b.tensors.length; t++) {
            int w = b.width(t);
            buffer(out.tensors[t]).put(0, columnMeans(buffer(b.tensors[t]), b.rows(), w));
        }
        return out;
    }

    @Override
    public double consensusDistance(ParameterBlock x) {
        Nd4jParameterBlock b = Nd4jParameterBlock.cast(x, null);
        int n = b.rows();
        double total = 0;
        for (int t = 0; t < b.tensors.length; t++) {
            int w = b.width(t);
            FloatBuffer buf = buffer(b.tensors[t]);
            int chunk = Math.max(16, Math.min(w, 65536 / n));
            int chunks = (w + chunk - 1) / chunk;
            double[] partial = new double[chunks];
            IntStream range = IntStream.range(0, chunks);
            (javaParallel && (long) n * b.model().numParameters() >= PARALLEL_THRESHOLD ? range.parallel() : range).forEach(c -> {
                int c0 = c * chunk, len = Math.min(chunk, w - c0);
                float[] vals = new float[n * len];
                for (int j = 0; j < n; j++) buf.get(j * w + c0, vals, j * len, len);
                double s = 0;
                for (int e = 0; e < len; e++) {
                    double mean = 0;
                    for (int j = 0; j < n; j++) mean += vals[j * len + e];
                    mean /= n;
                    for (int j = 0; j < n; j++) {
                        double dv = vals[j * len + e] - mean;
                        s += dv * dv;
                    }
                }
                partial[c] = s;
            });
            for (double p : partial) total += p;
        }
        return total / n;
    }

    @Override
    public Evaluation evaluate(ParameterBlock x, DeviceData data) {
        return Nd4jNetwork.evaluate(Nd4jParameterBlock.cast(x, null), Nd4jData.cast(data));
    }

    @Override
    public void close() {
        gossipCache = null;
        gossipKey = null;
    }

    private static float[] columnMeans(FloatBuffer buf, int n, int w) {
        double[] sum = new double[w];
        float[] row = new float[w];
        for (int j = 0; j < n; j++) {
            buf.get(j * w, row, 0, w);
            for (int e = 0; e < w; e++) sum[e] += row[e];
        }
        for (int e = 0; e < w; e++) row[e] = (float) (sum[e] / n);
        return row;
    }

    static FloatBuffer buffer(INDArray a) {
        if (a.isView() || a.ordering() != 'c') throw new IllegalStateException("expected a contiguous c-order panel");
        return a.data().asNioFloat();
    }

    private static void checkRow(Nd4jParameterBlock b, int i) {
        if (i < 0 || i >= b.rows()) throw new IndexOutOfBoundsException("row " + i + " not in [0, " + b.rows() + ")");
    }

    private static void checkLength(Nd4jParameterBlock b, float[] values) {
        if (values.length != b.model().numParameters())
            throw new IllegalArgumentException("expected " + b.model().numParameters() + " parameters, got " + values.length);
    }

    static boolean isRegression(ModelSpec m) {
        return m.loss() == Loss.SQUARED;
    }
}
