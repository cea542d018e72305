package io.dfloverlay.sim.engine.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each twin kernel of {@link JavaDevice} against plain reference code written from the kernel's contract (in double where it matters). */
class JavaDeviceTest {
    private final JavaDevice dev = new JavaDevice();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @AfterEach
    void close() {
        dev.close();
    }

    private DeviceBuffer upload(float[] v) {
        DeviceBuffer b = dev.allocate(4L * Math.max(1, v.length));
        dev.copyIn(v, 0, b, 0, v.length);
        return b;
    }

    private DeviceBuffer upload(int[] v) {
        DeviceBuffer b = dev.allocate(4L * Math.max(1, v.length));
        dev.copyIn(v, 0, b, 0, v.length);
        return b;
    }

    private float[] download(DeviceBuffer b, int count) {
        float[] out = new float[count];
        dev.copyOut(b, 0, out, 0, count);
        return out;
    }

    private double[] downloadDoubles(DeviceBuffer b, int count) {
        double[] out = new double[count];
        dev.copyOut(b, 0, out, 0, count);
        return out;
    }

    private static float[] gaussian(SplittableRandom rng, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) rng.nextGaussian();
        return v;
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-5 * (1 + Math.abs(expected)), what);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void gemmIsTheColumnMajorStridedBatchedProduct(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        boolean ta = rng.nextBoolean(), tb = rng.nextBoolean();
        int m = 1 + rng.nextInt(6), n = 1 + rng.nextInt(6), k = 1 + rng.nextInt(6), batch = 1 + rng.nextInt(3);
        int lda = (ta ? k : m) + rng.nextInt(3), ldb = (tb ? n : k) + rng.nextInt(3), ldc = m + rng.nextInt(3);
        long sa = (long) lda * (ta ? m : k) + rng.nextInt(4), sb = (long) ldb * (tb ? k : n), sc = (long) ldc * n + 2;
        float[] a = gaussian(rng, (int) (sa * batch)), b = gaussian(rng, (int) (sb * batch)), c = gaussian(rng, (int) (sc * batch));
        float alpha = (float) rng.nextGaussian(), beta = rng.nextBoolean() ? 0f : (float) rng.nextGaussian();
        DeviceBuffer da = upload(a), db = upload(b), dc = upload(c);
        dev.gemm(new GemmShape(ta, tb, m, n, k, batch), alpha, new GemmOperand(da, 0, lda, sa), new GemmOperand(db, 0, ldb, sb), beta,
                new GemmOperand(dc, 0, ldc, sc));
        float[] got = download(dc, c.length);
        for (int q = 0; q < batch; q++)
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int l = 0; l < k; l++) {
                        double av = ta ? a[(int) (q * sa + l + (long) i * lda)] : a[(int) (q * sa + i + (long) l * lda)];
                        double bv = tb ? b[(int) (q * sb + j + (long) l * ldb)] : b[(int) (q * sb + l + (long) j * ldb)];
                        s += av * bv;
                    }
                    int ci = (int) (q * sc + i + (long) j * ldc);
                    close(alpha * s + (beta == 0 ? 0 : beta * c[ci]), got[ci], "seed " + seed + " C[" + q + "](" + i + "," + j + ")");
                }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void csrGossipIsTheDenseProductWithW(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 12 + rng.nextInt(20), width = seed % 3 == 0 ? 2049 + rng.nextInt(9) : 1 + rng.nextInt(9); // over 2 column chunks, or under 1
        MixingMatrix w = seed % 2 == 0 ? GossipGraphs.regular(n, 4, rng) : GossipGraphs.afterFailures(n, 4, 0.3, rng);
        int rows = w.size();
        float[] x = gaussian(rng, rows * width);
        DeviceBuffer in = upload(x), out = dev.allocate(4L * x.length);
        dev.csrGossip(dev.uploadCsr(w), in, out, width);
        float[] got = download(out, x.length);
        double[][] dense = w.toDense();
        for (int i = 0; i < rows; i++)
            for (int e = 0; e < width; e++) {
                double s = 0;
                for (int j = 0; j < rows; j++) s += dense[i][j] * x[j * width + e];
                close(s, got[i * width + e], "seed " + seed + " out(" + i + "," + e + ")");
            }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void gatherBiasReluAndBiasGradient(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int rows = 1 + rng.nextInt(4), b = 1 + rng.nextInt(5), out = 1 + rng.nextInt(6), stride = out + 3, offset = 2;
        int examples = 7, dim = 1 + rng.nextInt(5);
        float[] src = gaussian(rng, examples * dim);
        int[] idx = new int[rows * b];
        for (int t = 0; t < idx.length; t++) idx[t] = rng.nextInt(examples);
        DeviceBuffer g = dev.allocate(4L * idx.length * dim);
        dev.gatherRows(g, upload(src), upload(idx), idx.length, dim);
        float[] gathered = download(g, idx.length * dim);
        for (int t = 0; t < idx.length; t++)
            for (int e = 0; e < dim; e++) assertEquals(src[idx[t] * dim + e], gathered[t * dim + e], "seed " + seed);

        float[] z = gaussian(rng, rows * b * out), x = gaussian(rng, rows * stride);
        boolean relu = rng.nextBoolean();
        DeviceBuffer dz = upload(z);
        dev.biasActivation(dz, upload(x), offset, stride, new int[] {rows, b, out}, relu);
        float[] za = download(dz, z.length);
        for (int i = 0; i < rows; i++)
            for (int k = 0; k < b; k++)
                for (int j = 0; j < out; j++) {
                    double v = z[(i * b + k) * out + j] + x[i * stride + offset + j];
                    close(relu ? Math.max(0, v) : v, za[(i * b + k) * out + j], "seed " + seed + " bias_act");
                }

        DeviceBuffer grad = dev.allocate(4L * rows * stride);
        dev.biasGradient(grad, offset, stride, upload(z), new int[] {rows, b, out});
        float[] gb = download(grad, rows * stride);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < out; j++) {
                double s = 0;
                for (int k = 0; k < b; k++) s += z[(i * b + k) * out + j];
                close(s, gb[i * stride + offset + j], "seed " + seed + " bias_grad");
            }

        float[] d = gaussian(rng, z.length);
        DeviceBuffer dd = upload(d);
        dev.reluMask(dd, upload(za), z.length);
        float[] masked = download(dd, z.length);
        for (int t = 0; t < z.length; t++) assertEquals(za[t] > 0 ? d[t] : 0f, masked[t], 0f, "seed " + seed + " relu_mask (-0 counts as 0)");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void softmaxCrossEntropyAndSquaredErrorGradients(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int rows = 1 + rng.nextInt(8), c = 2 + rng.nextInt(5), batch = 1 + rng.nextInt(4), examples = 9;
        int[] labels = new int[examples], idx = new int[rows];
        for (int e = 0; e < examples; e++) labels[e] = rng.nextInt(c);
        for (int r = 0; r < rows; r++) idx[r] = rng.nextInt(examples);
        float[] z = gaussian(rng, rows * c);
        for (int t = 0; t < z.length; t++) z[t] *= 5;
        DeviceBuffer dz = upload(z), loss = dev.allocate(4L * rows);
        dev.softmaxCrossEntropyGrad(dz, upload(labels), upload(idx), loss, rows, c, batch);
        float[] g = download(dz, z.length), l = download(loss, rows);
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int j = 0; j < c; j++) sum += Math.exp(z[r * c + j]);
            int y = labels[idx[r]];
            close(-Math.log(Math.exp(z[r * c + y]) / sum), l[r], "seed " + seed + " loss");
            for (int j = 0; j < c; j++) close((Math.exp(z[r * c + j]) / sum - (j == y ? 1 : 0)) / batch, g[r * c + j], "seed " + seed + " dz");
        }
        float[] targets = gaussian(rng, examples), p = gaussian(rng, rows);
        DeviceBuffer dp = upload(p);
        dev.squaredErrorGrad(dp, upload(targets), upload(idx), loss, rows, batch);
        float[] gp = download(dp, rows), lp = download(loss, rows);
        for (int r = 0; r < rows; r++) {
            double d = p[r] - targets[idx[r]];
            close(d * d, lp[r], "seed " + seed + " squared loss");
            close(d / batch, gp[r], "seed " + seed + " squared dz");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sgdStepAndAxpy(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int count = 1 + rng.nextInt(50);
        float[] x = gaussian(rng, count), g = gaussian(rng, count), v = gaussian(rng, count);
        float lr = 0.1f, m = rng.nextBoolean() ? 0.9f : 0f, wd = rng.nextBoolean() ? 0.01f : 0f;
        DeviceBuffer dx = upload(x), dg = upload(g), dv = m == 0 ? null : upload(v);
        dev.sgdStep(dx, dg, dv, count, new float[] {lr, m, wd});
        float[] nx = download(dx, count);
        for (int t = 0; t < count; t++) {
            double step = g[t] + wd * (double) x[t];
            if (m != 0) step = m * (double) v[t] + step;
            close(x[t] - lr * step, nx[t], "seed " + seed + " sgd");
        }
        float[] y = gaussian(rng, count);
        DeviceBuffer dy = upload(y);
        dev.axpy(-2.5f, upload(x), dy, count);
        float[] ny = download(dy, count);
        for (int t = 0; t < count; t++) close(y[t] - 2.5 * x[t], ny[t], "seed " + seed + " axpy");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void columnReductionsAndChunkSums(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1 + rng.nextInt(9), p = 1 + rng.nextInt(20);
        float[] x = gaussian(rng, n * p);
        DeviceBuffer dx = upload(x), mean = dev.allocate(4L * p), dev2 = dev.allocate(8L * p);
        dev.columnMean(mean, dx, n, p);
        dev.columnSquaredDeviation(dev2, dx, n, p);
        float[] mu = download(mean, p);
        double[] sq = downloadDoubles(dev2, p);
        for (int e = 0; e < p; e++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += x[j * p + e];
            double avg = s / n, ss = 0;
            for (int j = 0; j < n; j++) ss += (x[j * p + e] - avg) * (x[j * p + e] - avg);
            close(avg, mu[e], "seed " + seed + " mean");
            close(ss, sq[e], "seed " + seed + " squared deviation");
        }
        int chunk = 1 + rng.nextInt(7), chunks = (n * p + chunk - 1) / chunk;
        DeviceBuffer sums = dev.allocate(8L * chunks), sums2 = dev.allocate(8L * chunks);
        dev.sumChunksF32(sums, dx, n * p, chunk);
        dev.sumChunksF64(sums2, dev2, p, chunk);
        double[] s1 = downloadDoubles(sums, chunks), s2 = downloadDoubles(sums2, (p + chunk - 1) / chunk);
        for (int q = 0; q < chunks; q++) {
            double s = 0;
            for (int t = q * chunk; t < Math.min(n * p, (q + 1) * chunk); t++) s += x[t];
            close(s, s1[q], "seed " + seed + " f32 chunk " + q);
        }
        for (int q = 0; q < (p + chunk - 1) / chunk; q++) {
            double s = 0;
            for (int t = q * chunk; t < Math.min(p, (q + 1) * chunk); t++) s += sq[t];
            close(s, s2[q], "seed " + seed + " f64 chunk " + q);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void evaluationKernels(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int models = 1 + rng.nextInt(3), len = 1 + rng.nextInt(6), c = 2 + rng.nextInt(4), start = rng.nextInt(3);
        int[] labels = new int[start + len];
        for (int e = 0; e < labels.length; e++) labels[e] = rng.nextInt(c);
        float[] z = gaussian(rng, models * len * c);
        DeviceBuffer loss = dev.allocate(4L * models * len), correct = dev.allocate(4L * models * len);
        dev.evalSoftmax(loss, correct, upload(z), upload(labels), new int[] {start, len, models, c});
        float[] l = download(loss, models * len), ok = download(correct, models * len);
        for (int r = 0; r < models * len; r++) {
            int y = labels[start + r % len], best = 0;
            double sum = 0;
            for (int j = 0; j < c; j++) {
                sum += Math.exp(z[r * c + j]);
                if (z[r * c + j] > z[r * c + best]) best = j;
            }
            close(-Math.log(Math.exp(z[r * c + y]) / sum), l[r], "seed " + seed + " eval loss");
            assertEquals(best == y ? 1f : 0f, ok[r], "seed " + seed + " eval correct");
        }
        float[] targets = gaussian(rng, start + len), pred = gaussian(rng, models * len);
        dev.evalSquared(loss, upload(pred), upload(targets), new int[] {start, len, models});
        float[] ls = download(loss, models * len);
        for (int r = 0; r < models * len; r++) {
            double d = pred[r] - targets[start + r % len];
            close(0.5 * d * d, ls[r], "seed " + seed + " eval squared");
        }
    }

    @Test
    void freedBuffersAreRefusedAndCloseFreesTheRest() {
        DeviceBuffer b = dev.allocate(16);
        b.close();
        assertThrows(IllegalStateException.class, () -> dev.copyIn(new float[1], 0, b, 0, 1));
        DeviceBuffer c = dev.allocate(16);
        dev.close();
        assertThrows(IllegalStateException.class, () -> dev.copyIn(new float[1], 0, c, 0, 1));
    }
}
