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
 * CPU engine on ND4J's native backend and its OpenBLAS, float32, on all cores. Local steps run
 * one client per work item on a {@link WorkerPool} (the caller plus {@code threads − 1} daemon
 * threads): each client's forward and backward pass is a few single-threaded {@code cblas_sgemm}
 * calls straight on its slices of the parameter panels plus Java loops ({@link BlasGradients}); a plain
 * SGD step ({@link #gradientStep}) is applied inside the backward SGEMMs. Otherwise the SGD update
 * and the gossip are one cache-blocked pass over the CSR of W ({@link PanelSweep},
 * {@link SparseGossip}), never dense {@code n × n}; {@link #sgdStepAndGossip} fuses them. An opt-in
 * profile ({@link #profile}) times each phase. A D-SGD
 * round allocates no Java heap once warmed up. Results are bit-identical for any thread
 * count: every client's gradient and every output element is computed by one thread in a fixed
 * order. Not thread-safe.
 */
public final class CpuNd4jEngine implements Engine {
    private final WorkerPool pool;
    private final BlasGradients gradients;
    private final PanelSweep sweep;
    private final String note;
    private SparseGossip gossipCache;
    private MixingMatrix gossipKey;
    private PhaseClock clock;

    /**
     * Threads of an engine made without a count.
     *
     * @return the system property {@code dfloverlay.cpu.threads}, default all available processors
     */
    public static int defaultThreads() {
        return Integer.getInteger("dfloverlay.cpu.threads", Runtime.getRuntime().availableProcessors());
    }

    /** An engine with {@code dfloverlay.cpu.threads} threads (system property; default: all available processors). */
    public CpuNd4jEngine() {
        this(defaultThreads());
    }

    /**
     * An engine whose rounds run on {@code threads} threads (the caller and {@code threads − 1}
     * shared daemon workers). ND4J's own native ops and OpenBLAS are set to one thread each, since
     * the workers call BLAS concurrently; the results do not depend on {@code threads}.
     *
     * @param threads threads per round, at least 1
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public CpuNd4jEngine(int threads) {
        this(threads, null);
    }

    /**
     * As {@link #CpuNd4jEngine(int)}, with a note appended to the description (e.g. why {@code auto}
     * did not pick the GPU).
     *
     * @param threads threads per round, at least 1
     * @param note    appended to {@link #description()}, or null
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public CpuNd4jEngine(int threads, String note) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        this.note = note;
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
        this.pool = WorkerPool.shared(threads);
        this.gradients = new BlasGradients(pool);
        this.sweep = new PanelSweep(pool);
    }

    /**
     * Turns the per-phase profile on (clearing its totals) or off. While on, every work item of the
     * gradient pass and of the update/gossip sweep reads the clock at each step boundary (about 15
     * {@code System.nanoTime} calls per client), and each dispatch's wall time is recorded; results
     * are unchanged.
     *
     * @param on whether to profile
     */
    public void profile(boolean on) {
        clock = on ? new PhaseClock(pool.threads()) : null;
        gradients.clock = clock;
        sweep.clock = clock;
    }

    /**
     * The profile's totals since it was turned on.
     *
     * @return thread time per phase and dispatch wall times
     * @throws IllegalStateException if profiling is off
     */
    public CpuPhaseTimes phaseTimes() {
        if (clock == null) throw new IllegalStateException("profiling is off; call profile(true) first");
        return clock.snapshot();
    }

    /** Ids of this engine's worker threads (the caller excluded), for allocation accounting. */
    long[] workerThreadIds() {
        return pool.workerThreadIds();
    }

    @Override
    public String description() {
        int t = pool.threads();
        return "cpu (ND4J native + OpenBLAS, " + t + " thread" + (t == 1 ? "" : "s") + ", float32" + (note == null ? "" : "; " + note) + ")";
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
            b.buffers[t].get(i * w, out, b.flatOffset(t), w);
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
            b.buffers[t].put(i * w, values, b.flatOffset(t), w);
        }
    }

    @Override
    public ParameterBlock selectRows(ParameterBlock x, int[] rows) {
        Nd4jParameterBlock b = Nd4jParameterBlock.cast(x, null);
        Nd4jParameterBlock out = (Nd4jParameterBlock) allocate(b.model(), rows.length);
        for (int t = 0; t < b.tensors.length; t++) {
            int w = b.width(t);
            FloatBuffer src = b.buffers[t];
            FloatBuffer dst = out.buffers[t];
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
        long t0 = clock == null ? 0 : System.nanoTime();
        gradients.run(bx, Nd4jData.cast(data), batch, batchSize, bg, lossOut);
        if (clock != null) clock.gradientDispatch(System.nanoTime() - t0);
    }

    /**
     * The step is applied inside the backward pass: per client and layer, {@code dA = dZ·Wᵀ} with the
     * old W, then one SGEMM {@code W ← W − lr·Aᵀ·dZ} ({@code α = −lr}, {@code β = 1}) on the client's
     * slice of x, and {@code b ← b − lr·Σ dZ} in float arithmetic; {@code grad} is not touched. So x's
     * bytes cross memory once for the step instead of a gradient write plus a reread of x and the
     * gradient. Rounding: the biases match {@link #gradients} then {@link #sgdStep} bit for bit, the
     * weight matrices do not (OpenBLAS forms {@code C + α·(A·B)} from its unrounded product, while
     * the two-call path rounds the gradient and {@code lr·g} to float first): a difference of about
     * one float ulp per element and step. Bit-identical for any thread count (one client, one thread,
     * one single-threaded SGEMM).
     */
    @Override
    public void gradientStep(ParameterBlock x, DeviceData data, int[] batch, int batchSize, float lr, ParameterBlock grad) {
        Nd4jParameterBlock bx = Nd4jParameterBlock.cast(x, null);
        long t0 = clock == null ? 0 : System.nanoTime();
        gradients.step(bx, Nd4jData.cast(data), batch, batchSize, lr);
        if (clock != null) clock.gradientDispatch(System.nanoTime() - t0);
    }

    private void sweep(Nd4jParameterBlock x, Nd4jParameterBlock grad, Nd4jParameterBlock velocity, float lr, float momentum,
            float weightDecay, SparseGossip w, Nd4jParameterBlock out) {
        long t0 = clock == null ? 0 : System.nanoTime();
        sweep.run(x, grad, velocity, lr, momentum, weightDecay, w, out);
        if (clock != null) clock.sweepDispatch(System.nanoTime() - t0);
    }

    @Override
    public void sgdStep(ParameterBlock x, ParameterBlock grad, ParameterBlock velocity, float lr, float momentum, float weightDecay) {
        Nd4jParameterBlock bx = Nd4jParameterBlock.cast(x, null);
        sweep(bx, gradBlock(bx, grad), velocityBlock(bx, velocity, momentum), lr, momentum, weightDecay, null, null);
    }

    @Override
    public void gossip(MixingMatrix w, ParameterBlock in, ParameterBlock out) {
        Nd4jParameterBlock bi = Nd4jParameterBlock.cast(in, null);
        sweep(bi, null, null, 0f, 0f, 0f, sparse(w, bi), outBlock(bi, out));
    }

    /** Fused: reads x, grad (and the velocity) once per chunk and writes only {@code out}; x is left unchanged. */
    @Override
    public void sgdStepAndGossip(MixingMatrix w, ParameterBlock x, ParameterBlock grad, ParameterBlock velocity, float lr,
            float momentum, float weightDecay, ParameterBlock out) {
        Nd4jParameterBlock bx = Nd4jParameterBlock.cast(x, null);
        Nd4jParameterBlock bg = gradBlock(bx, grad);
        Nd4jParameterBlock bv = velocityBlock(bx, velocity, momentum);
        sweep(bx, bg, bv, lr, momentum, weightDecay, sparse(w, bx), outBlock(bx, out));
    }

    private static Nd4jParameterBlock gradBlock(Nd4jParameterBlock x, ParameterBlock grad) {
        Nd4jParameterBlock bg = Nd4jParameterBlock.cast(grad, x.model());
        x.requireSameShape(bg);
        return bg;
    }

    private static Nd4jParameterBlock velocityBlock(Nd4jParameterBlock x, ParameterBlock velocity, float momentum) {
        if (momentum == 0) return null;
        if (velocity == null) throw new IllegalArgumentException("momentum " + momentum + " needs a velocity block");
        Nd4jParameterBlock bv = Nd4jParameterBlock.cast(velocity, x.model());
        x.requireSameShape(bv);
        return bv;
    }

    private static Nd4jParameterBlock outBlock(Nd4jParameterBlock in, ParameterBlock out) {
        Nd4jParameterBlock bo = Nd4jParameterBlock.cast(out, in.model());
        in.requireSameShape(bo);
        if (in == bo) throw new IllegalArgumentException("gossip needs distinct input and output blocks");
        return bo;
    }

    private SparseGossip sparse(MixingMatrix w, Nd4jParameterBlock in) {
        if (w.size() != in.rows()) throw new IllegalArgumentException("mixing matrix is " + w.size() + " x " + w.size() + " but the block has " + in.rows() + " rows");
        if (gossipKey != w) {
            gossipCache = new SparseGossip(w);
            gossipKey = w;
        }
        return gossipCache;
    }

    @Override
    public ParameterBlock mean(ParameterBlock x) {
        Nd4jParameterBlock b = Nd4jParameterBlock.cast(x, null);
        Nd4jParameterBlock out = (Nd4jParameterBlock) allocate(b.model(), 1);
        for (int t = 0; t < b.tensors.length; t++) {
            int w = b.width(t);
            out.buffers[t].put(0, columnMeans(b.buffers[t], b.rows(), w));
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
            FloatBuffer buf = b.buffers[t];
            int chunk = Math.max(16, Math.min(w, 65536 / n));
            int chunks = (w + chunk - 1) / chunk;
            double[] partial = new double[chunks];
            IntStream range = IntStream.range(0, chunks);
            (pool.threads() > 1 && (long) n * b.model().numParameters() >= 1L << 20 ? range.parallel() : range).forEach(c -> {
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
