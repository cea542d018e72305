package io.dfloverlay.sim.engine;

import java.nio.FloatBuffer;

/**
 * One pass over the parameter panels of a block in column chunks (about {@link #CHUNK_FLOATS}
 * floats per array across all n rows), one chunk per work item of a {@link WorkerPool}: optionally
 * the SGD update {@code g ← grad + wd·x}, {@code v ← m·v + g} (momentum), {@code x ← x − lr·v} (or
 * {@code − lr·g}) on the chunk, then optionally the sparse gossip {@code out ← W·x} of the chunk
 * ({@link SparseGossip#mixChunk}). With both, the update is fused into the gossip: x, grad (and v)
 * are read once and only the mixed result is written, x itself is left as it was. The update is
 * element-wise in plain float arithmetic (no FMA), so it gives the same bits fused or not and on any
 * number of threads. Reusable: {@link #run} sets the operands, so a pass allocates nothing once the
 * per-slot scratch has grown to size.
 */
final class PanelSweep implements WorkerPool.Task {
    /**
     * Floats of one chunk over all rows and all arrays it loads (384 KB), so the chunk of x (and of
     * grad and v when stepping) stays in a 512 KB-1 MB L2: about 980 floats per row for a gossip of
     * 100 rows, 330 when x, grad and v are loaded. Longer row runs keep the hardware prefetchers
     * streaming between the n row starts.
     */
    static final int CHUNK_FLOATS = 96 * 1024;

    private final WorkerPool pool;
    /** {@code rows[slot][array][j]}: the chunk of row j of x (array 0), grad (1) and velocity (2). */
    private final float[][][][] rows;
    private final float[][] acc;
    /** The chunking for 1, 2 or 3 loaded arrays (index), made once per block shape. */
    private final Plan[] plans = new Plan[4];
    /** The plan of the pass in progress. */
    private Plan plan;
    private Nd4jParameterBlock x, grad, velocity, out;
    private SparseGossip w;
    private float lr, momentum, weightDecay;
    private boolean step;
    /** The profile's clock, or null when not profiling. */
    PhaseClock clock;

    PanelSweep(WorkerPool pool) {
        this.pool = pool;
        rows = new float[pool.threads()][3][0][];
        acc = new float[pool.threads()][0];
    }

    /**
     * Runs the pass. {@code grad == null} skips the update; {@code w == null} skips the gossip and
     * writes the updated chunk back to x; with both, {@code out ← W·(x − lr·…)} and x is unchanged.
     */
    void run(Nd4jParameterBlock x, Nd4jParameterBlock grad, Nd4jParameterBlock velocity, float lr, float momentum, float weightDecay,
            SparseGossip w, Nd4jParameterBlock out) {
        int n = x.rows();
        int arrays = grad == null ? 1 : velocity == null ? 2 : 3;
        if (plans[arrays] == null || !plans[arrays].fits(x)) plans[arrays] = new Plan(x, chunkFloats(n, arrays));
        plan = plans[arrays];
        int slots = pool.threads();
        int need = chunkFloats(n, arrays);
        for (int s = 0; s < slots; s++) {
            for (int a = 0; a < arrays; a++)
                if (rows[s][a].length < n || rows[s][a][0].length < need) rows[s][a] = new float[Math.max(n, rows[s][a].length)][need];
            if (acc[s].length < need) acc[s] = new float[need];
        }
        this.x = x;
        this.grad = grad;
        this.velocity = velocity;
        this.out = out;
        this.w = w;
        this.lr = lr;
        this.momentum = momentum;
        this.weightDecay = weightDecay;
        this.step = grad != null;
        try {
            pool.run(plan.firstItem[plan.width.length], this);
        } finally {
            this.x = this.grad = this.velocity = this.out = null;
            this.w = null;
        }
    }

    /** Floats per row of a chunk when {@code arrays} arrays of n rows are loaded. */
    private static int chunkFloats(int n, int arrays) {
        return Math.max(16, CHUNK_FLOATS / (n * arrays));
    }

    /** Chunk widths and work-item ranges per tensor of one block shape: tensor t's items are {@code firstItem[t] .. firstItem[t+1]-1}. */
    private record Plan(int rows, int[] width, int[] chunk, int[] firstItem) {
        Plan(Nd4jParameterBlock b, int chunkFloats) {
            this(b.rows(), new int[b.tensors.length], new int[b.tensors.length], new int[b.tensors.length + 1]);
            int items = 0;
            for (int t = 0; t < width.length; t++) {
                width[t] = b.width(t);
                chunk[t] = Math.min(width[t], chunkFloats);
                firstItem[t] = items;
                items += (width[t] + chunk[t] - 1) / chunk[t];
            }
            firstItem[width.length] = items;
        }

        boolean fits(Nd4jParameterBlock b) {
            if (rows != b.rows() || width.length != b.tensors.length) return false;
            for (int t = 0; t < width.length; t++) if (width[t] != b.width(t)) return false;
            return true;
        }
    }

    @Override
    public void run(int item, int slot) {
        Plan p = plan;
        int t = 0;
        while (p.firstItem[t + 1] <= item) t++;
        int wt = p.width[t];
        int c0 = (item - p.firstItem[t]) * p.chunk[t];
        int len = Math.min(p.chunk[t], wt - c0);
        int n = x.rows();
        float[][] xs = rows[slot][0];
        long t0 = clock == null ? 0 : PhaseClock.now();
        load(x.buffers[t], xs, n, wt, c0, len);
        if (step) {
            float[][] gs = rows[slot][1];
            load(grad.buffers[t], gs, n, wt, c0, len);
            float[][] vs = null;
            if (velocity != null) {
                vs = rows[slot][2];
                load(velocity.buffers[t], vs, n, wt, c0, len);
            }
            for (int j = 0; j < n; j++) update(xs[j], gs[j], vs == null ? null : vs[j], len);
            if (vs != null) store(vs, velocity.buffers[t], n, wt, c0, len);
            if (w == null) store(xs, x.buffers[t], n, wt, c0, len);
        }
        long t1 = clock == null ? 0 : PhaseClock.now();
        if (clock != null) clock.add(slot, w == null || step ? CpuPhase.UPDATE : CpuPhase.GOSSIP, t1 - t0);
        if (w != null) {
            w.mixChunk(xs, len, acc[slot], out.buffers[t], wt, c0);
            if (clock != null) clock.add(slot, CpuPhase.GOSSIP, PhaseClock.now() - t1);
        }
    }

    /** The SGD update of one row's chunk, in place in {@code x} (and {@code v}); {@code g} may be overwritten. */
    private void update(float[] x, float[] g, float[] v, int len) {
        if (weightDecay != 0f) for (int e = 0; e < len; e++) g[e] = g[e] + weightDecay * x[e];
        if (v != null) {
            for (int e = 0; e < len; e++) v[e] = momentum * v[e] + g[e];
            g = v;
        }
        for (int e = 0; e < len; e++) x[e] = x[e] - lr * g[e];
    }

    private static void load(FloatBuffer panel, float[][] dst, int n, int width, int c0, int len) {
        for (int j = 0; j < n; j++) panel.get(j * width + c0, dst[j], 0, len);
    }

    private static void store(float[][] src, FloatBuffer panel, int n, int width, int c0, int len) {
        for (int j = 0; j < n; j++) panel.put(j * width + c0, src[j], 0, len);
    }
}
