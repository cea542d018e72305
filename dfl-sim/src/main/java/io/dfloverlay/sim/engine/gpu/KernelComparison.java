package io.dfloverlay.sim.engine.gpu;

import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Runs every {@link Device} operation on two devices with the same random inputs and reports, per
 * operation, the largest difference of the outputs relative to {@code 1 + |reference|}: the binding
 * smoke test of the CUDA device against its Java twin.
 */
public final class KernelComparison {
    /** Largest accepted relative difference. */
    public static final double TOLERANCE = 1e-4;
    private final Device ref, other;
    private final SplittableRandom rng;
    private final List<String> report = new ArrayList<>();
    private boolean ok = true;

    private KernelComparison(Device ref, Device other, long seed) {
        this.ref = ref;
        this.other = other;
        this.rng = new SplittableRandom(seed);
    }

    /** A buffer on each device with the same contents. */
    private record Pair(DeviceBuffer a, DeviceBuffer b) {}

    private Pair floats(float[] v) {
        Pair p = new Pair(ref.allocate(4L * Math.max(1, v.length)), other.allocate(4L * Math.max(1, v.length)));
        ref.copyIn(v, 0, p.a, 0, v.length);
        other.copyIn(v, 0, p.b, 0, v.length);
        return p;
    }

    private Pair ints(int[] v) {
        Pair p = new Pair(ref.allocate(4L * Math.max(1, v.length)), other.allocate(4L * Math.max(1, v.length)));
        ref.copyIn(v, 0, p.a, 0, v.length);
        other.copyIn(v, 0, p.b, 0, v.length);
        return p;
    }

    private Pair zeros(long bytes) {
        return new Pair(ref.allocate(bytes), other.allocate(bytes));
    }

    private float[] gaussian(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) rng.nextGaussian();
        return v;
    }

    private int[] indices(int n, int bound) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) v[i] = rng.nextInt(bound);
        return v;
    }

    private void compareFloats(String op, Pair p, int count) {
        float[] x = new float[count], y = new float[count];
        ref.copyOut(p.a, 0, x, 0, count);
        other.copyOut(p.b, 0, y, 0, count);
        double[] dx = new double[count], dy = new double[count];
        for (int i = 0; i < count; i++) {
            dx[i] = x[i];
            dy[i] = y[i];
        }
        compare(op, dx, dy);
    }

    private void compareDoubles(String op, Pair p, int count) {
        double[] x = new double[count], y = new double[count];
        ref.copyOut(p.a, 0, x, 0, count);
        other.copyOut(p.b, 0, y, 0, count);
        compare(op, x, y);
    }

    private void compare(String op, double[] x, double[] y) {
        double worst = 0;
        for (int i = 0; i < x.length; i++) worst = Math.max(worst, Double.isNaN(y[i]) ? Double.POSITIVE_INFINITY : Math.abs(x[i] - y[i]) / (1 + Math.abs(x[i])));
        boolean pass = worst <= TOLERANCE;
        ok &= pass;
        report.add(String.format(Locale.ROOT, "%-24s max rel diff %.3g %s", op, worst, pass ? "ok" : "FAIL"));
    }

    /**
     * Compares every operation once.
     *
     * @param ref   reference device (e.g. the Java twin)
     * @param other device under test
     * @param seed  seed of the inputs
     * @return one line per operation; {@link #passed} tells the verdict
     */
    public static KernelComparison run(Device ref, Device other, long seed) {
        KernelComparison c = new KernelComparison(ref, other, seed);
        c.all();
        return c;
    }

    /**
     * The verdict.
     *
     * @return whether every operation agreed within {@link #TOLERANCE}
     */
    public boolean passed() {
        return ok;
    }

    /**
     * The report.
     *
     * @return one line per operation
     */
    public List<String> report() {
        return List.copyOf(report);
    }

    private void all() {
        int rows = 7, b = 5, in = 33, out = 10, dim = in, examples = 50;
        long stride = (long) in * out + out + 3;
        // copies
        float[] v = gaussian(1000);
        Pair p = floats(v);
        Pair q = zeros(4000);
        ref.copy(p.a, 10, q.a, 20, 900);
        other.copy(p.b, 10, q.b, 20, 900);
        compareFloats("copy", q, 1000);
        // gemm, all four transpose combinations
        for (int t = 0; t < 4; t++) {
            boolean ta = (t & 1) != 0, tb = (t & 2) != 0;
            int m = 9, n = 11, k = 13, batch = 3;
            int lda = ta ? k : m, ldb = tb ? n : k;
            long sa = (long) lda * (ta ? m : k), sb = (long) ldb * (tb ? k : n), sc = (long) m * n;
            Pair a = floats(gaussian((int) (sa * batch))), bb = floats(gaussian((int) (sb * batch))), c = floats(gaussian((int) (sc * batch)));
            GemmShape s = new GemmShape(ta, tb, m, n, k, batch);
            ref.gemm(s, 0.7f, new GemmOperand(a.a, 0, lda, sa), new GemmOperand(bb.a, 0, ldb, sb), 0.3f, new GemmOperand(c.a, 0, m, sc));
            other.gemm(s, 0.7f, new GemmOperand(a.b, 0, lda, sa), new GemmOperand(bb.b, 0, ldb, sb), 0.3f, new GemmOperand(c.b, 0, m, sc));
            compareFloats("gemm " + (ta ? "T" : "N") + (tb ? "T" : "N"), c, (int) (sc * batch));
        }
        // gossip on an irregular graph
        MixingMatrix w = GossipGraphs.afterFailures(60, 6, 0.2, rng);
        int nW = w.size(), width = 2100; // over two of csr_gossip's column chunks
        Pair gx = floats(gaussian(nW * width)), gy = zeros(4L * nW * width);
        ref.csrGossip(ref.uploadCsr(w), gx.a, gy.a, width);
        other.csrGossip(other.uploadCsr(w), gx.b, gy.b, width);
        compareFloats("csrGossip", gy, nW * width);
        // forward pieces
        Pair feats = floats(gaussian(examples * dim)), idx = ints(indices(rows * b, examples)), acts = zeros(4L * rows * b * dim);
        ref.gatherRows(acts.a, feats.a, idx.a, rows * b, dim);
        other.gatherRows(acts.b, feats.b, idx.b, rows * b, dim);
        compareFloats("gatherRows", acts, rows * b * dim);
        Pair x = floats(gaussian((int) (rows * stride))), z = floats(gaussian(rows * b * out));
        ref.biasActivation(z.a, x.a, (long) in * out, stride, new int[] {rows, b, out}, true);
        other.biasActivation(z.b, x.b, (long) in * out, stride, new int[] {rows, b, out}, true);
        compareFloats("biasActivation", z, rows * b * out);
        Pair labels = ints(indices(examples, out)), loss = zeros(4L * rows * b), logits = floats(gaussian(rows * b * out));
        ref.softmaxCrossEntropyGrad(logits.a, labels.a, idx.a, loss.a, rows * b, out, b);
        other.softmaxCrossEntropyGrad(logits.b, labels.b, idx.b, loss.b, rows * b, out, b);
        compareFloats("softmaxCrossEntropyGrad", logits, rows * b * out);
        compareFloats("  (its losses)", loss, rows * b);
        Pair targets = floats(gaussian(examples)), pred = floats(gaussian(rows * b));
        ref.squaredErrorGrad(pred.a, targets.a, idx.a, loss.a, rows * b, b);
        other.squaredErrorGrad(pred.b, targets.b, idx.b, loss.b, rows * b, b);
        compareFloats("squaredErrorGrad", pred, rows * b);
        Pair d = floats(gaussian(rows * b * out));
        ref.reluMask(d.a, z.a, rows * b * out);
        other.reluMask(d.b, z.b, rows * b * out);
        compareFloats("reluMask", d, rows * b * out);
        Pair g = zeros(4L * rows * stride);
        ref.biasGradient(g.a, (long) in * out, stride, d.a, new int[] {rows, b, out});
        other.biasGradient(g.b, (long) in * out, stride, d.b, new int[] {rows, b, out});
        compareFloats("biasGradient", g, (int) (rows * stride));
        // update and reductions
        int count = 5000;
        Pair sx = floats(gaussian(count)), sg = floats(gaussian(count)), sv = floats(gaussian(count));
        ref.sgdStep(sx.a, sg.a, sv.a, count, new float[] {0.1f, 0.9f, 0.01f});
        other.sgdStep(sx.b, sg.b, sv.b, count, new float[] {0.1f, 0.9f, 0.01f});
        compareFloats("sgdStep", sx, count);
        ref.axpy(-0.5f, sg.a, sx.a, count);
        other.axpy(-0.5f, sg.b, sx.b, count);
        compareFloats("axpy", sx, count);
        int n = 50, cols2 = 100;
        Pair mean = zeros(4L * cols2), sq = zeros(8L * cols2), sums = zeros(8L * count);
        ref.columnMean(mean.a, sx.a, n, cols2);
        other.columnMean(mean.b, sx.b, n, cols2);
        compareFloats("columnMean", mean, cols2);
        ref.columnSquaredDeviation(sq.a, sx.a, n, cols2);
        other.columnSquaredDeviation(sq.b, sx.b, n, cols2);
        compareDoubles("columnSquaredDeviation", sq, cols2);
        ref.sumChunksF32(sums.a, sx.a, count, 7);
        other.sumChunksF32(sums.b, sx.b, count, 7);
        compareDoubles("sumChunksF32", sums, (count + 6) / 7);
        ref.sumChunksF64(sums.a, sq.a, cols2, 9);
        other.sumChunksF64(sums.b, sq.b, cols2, 9);
        compareDoubles("sumChunksF64", sums, (cols2 + 8) / 9);
        // evaluation
        int models = 3, len = 20;
        Pair ez = floats(gaussian(models * len * out)), el = zeros(4L * models * len), ec = zeros(4L * models * len);
        ref.evalSoftmax(el.a, ec.a, ez.a, labels.a, new int[] {5, len, models, out});
        other.evalSoftmax(el.b, ec.b, ez.b, labels.b, new int[] {5, len, models, out});
        compareFloats("evalSoftmax", el, models * len);
        compareFloats("  (its correctness)", ec, models * len);
        Pair ep = floats(gaussian(models * len));
        ref.evalSquared(el.a, ep.a, targets.a, new int[] {5, len, models});
        other.evalSquared(el.b, ep.b, targets.b, new int[] {5, len, models});
        compareFloats("evalSquared", el, models * len);
        ref.synchronize();
        other.synchronize();
    }
}
