package io.dfloverlay.spectral.solver;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Second stage of {@link TwoStageEigenvalues}: symmetric band (half-width {@code b}) to tridiagonal
 * by Householder bulge chasing (Schwarz 1968; Lang 1993; the sweep schedule of LAPACK's
 * {@code DSYTRD_SB2ST}). Sweep {@code i} annihilates column {@code i} below the subdiagonal with a
 * reflector on rows {@code i+1..i+b}, which fills a block below the band; each following step
 * annihilates the first column of that block and pushes the rest {@code b} rows down, until the
 * bottom. Works on a compact copy of the band ({@code 2b+1} entries per row, room for the bulge).
 *
 * <p>Two threads pipeline the sweeps for large {@code n}: one runs the steps in the upper rows, the
 * other those in the lower rows, and a step waits only for the steps of the previous sweep that touch
 * the same entries. Every entry sees the same operations in the same order as the sequential schedule,
 * so the result is identical.
 */
final class BandTridiagonalizer {
    /** From this order on (and with two processors), the sweeps run on two threads. */
    static final int PIPELINE_MIN = 400;
    /** Fraction of the rows whose steps the first thread runs (balances its longer sweeps against the tail). */
    private static final double SPLIT = 0.65;
    /** Step {@code t} of sweep {@code i} needs steps up to {@code t+2} of sweep {@code i-1} done. */
    private static final int LAG = 3;
    /** Progress counters sit 16 ints apart, one per cache line. */
    private static final int PAD = 16;

    private BandTridiagonalizer() {}

    /**
     * Reduces the band held in the lower triangle of {@code a} (entries more than {@code b} below the
     * diagonal are zero) to tridiagonal form: diagonal into {@code d}, subdiagonal into {@code e[0..n-2]}.
     * {@code a} is not modified.
     */
    static void reduce(double[][] a, int n, int b, double[] d, double[] e) {
        boolean pipeline = n >= PIPELINE_MIN && Runtime.getRuntime().availableProcessors() >= 2;
        reduce(a, n, b, d, e, pipeline);
    }

    /** As {@link #reduce(double[][], int, int, double[], double[])}, choosing the schedule. */
    static void reduce(double[][] a, int n, int b, double[] d, double[] e, boolean pipeline) {
        int w = 2 * b + 1;
        double[] band = new double[n * w];
        for (int r = 0; r < n; r++) {
            int c0 = Math.max(0, r - b);
            System.arraycopy(a[r], c0, band, r * w + c0 - r + 2 * b, r - c0 + 1);
        }
        if (!pipeline) {
            Sweeper s = new Sweeper(band, n, b, null, null);
            for (int i = 0; i < n - 2; i++) s.steps(i, 0, n);
        } else {
            int split = (int) (n * SPLIT);
            AtomicIntegerArray progress = new AtomicIntegerArray(n * PAD);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Sweeper lower = new Sweeper(band, n, b, progress, failure);
            Thread helper = new Thread(() -> {
                try {
                    for (int i = 0; i < n - 2; i++) lower.steps(i, split, n);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }, "band-tridiagonal");
            helper.setDaemon(true);
            helper.start();
            Sweeper upper = new Sweeper(band, n, b, progress, failure);
            try {
                for (int i = 0; i < Math.min(split, n - 2); i++) upper.steps(i, 0, split);
            } catch (RuntimeException | Error t) {
                failure.compareAndSet(null, t); // also releases the helper's waits
            } finally {
                joinUninterruptibly(helper);
            }
            Throwable first = failure.get(); // the original failure, not the other thread's reaction to it
            if (first instanceof RuntimeException re) throw re;
            if (first instanceof Error er) throw er;
            if (first != null) throw new IllegalStateException(first);
        }
        for (int i = 0; i < n; i++) d[i] = band[i * w + 2 * b];
        for (int i = 0; i < n - 1; i++) e[i] = band[(i + 1) * w + 2 * b - 1];
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException ex) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Runs steps on the shared compact band; one per thread (own work vectors). */
    private static final class Sweeper {
        private final double[] band;
        private final int n, b, w, off;
        private final AtomicIntegerArray progress;
        private final AtomicReference<Throwable> failure;
        private final double[] v, u;

        Sweeper(double[] band, int n, int b, AtomicIntegerArray progress, AtomicReference<Throwable> failure) {
            this.band = band;
            this.n = n;
            this.b = b;
            this.w = 2 * b + 1;
            this.off = 2 * b;
            this.progress = progress;
            this.failure = failure;
            this.v = new double[b];
            this.u = new double[b];
        }

        /** The steps of sweep {@code i} whose reflector rows start in {@code [lo, hi)}. */
        void steps(int i, int lo, int hi) {
            int t = lo <= i + 1 ? 0 : (lo - (i + 1) + b - 1) / b;
            for (;; t++) {
                int j0 = i + 1 + t * b;
                if (j0 >= n - 1) { // nothing left to annihilate: the sweep is over
                    if (progress != null) progress.set(i * PAD, Integer.MAX_VALUE);
                    return;
                }
                if (j0 >= hi) return;
                if (progress != null) {
                    await(i, t);
                    if (i > 0) await(i - 1, t + LAG);
                }
                step(t == 0 ? i : j0 - b, j0, Math.min(j0 + b - 1, n - 1), t > 0);
                if (progress != null) progress.set(i * PAD, t + 1);
            }
        }

        private void await(int sweep, int steps) {
            for (int spins = 0; progress.get(sweep * PAD) < steps; spins++) {
                if (failure.get() != null) throw new IllegalStateException("the other bulge-chasing thread failed");
                if (spins < 1 << 12) Thread.onSpinWait();
                else Thread.yield();
            }
        }

        /** Reflector on rows {@code j0..j1} from column {@code c}, applied on both sides; entry (r, col) is {@code band[r*w + col - r + off]}. */
        private void step(int c, int j0, int j1, boolean chase) {
            int len = j1 - j0 + 1;
            double alpha = band[j0 * w + c - j0 + off];
            double xnorm2 = 0;
            for (int r = j0 + 1; r <= j1; r++) {
                double x = band[r * w + c - r + off];
                xnorm2 += x * x;
            }
            if (xnorm2 == 0) return;
            double beta = -Math.copySign(Math.sqrt(alpha * alpha + xnorm2), alpha);
            double tau = (beta - alpha) / beta;
            double scale = 1 / (alpha - beta);
            v[0] = 1;
            for (int r = j0 + 1; r <= j1; r++) {
                int p = r * w + c - r + off;
                v[r - j0] = band[p] * scale;
                band[p] = 0;
            }
            band[j0 * w + c - j0 + off] = beta;
            if (chase && c + 1 < j0) { // from the left on the rest of the bulge: rows j0..j1, columns c+1..j0-1
                int cs = c + 1, cn = j0 - cs;
                Arrays.fill(u, 0, cn, 0);
                for (int r = j0; r <= j1; r++) {
                    double vr = v[r - j0];
                    int base = r * w + cs - r + off;
                    for (int q = 0; q < cn; q++) u[q] += vr * band[base + q];
                }
                for (int r = j0; r <= j1; r++) {
                    double f = tau * v[r - j0];
                    int base = r * w + cs - r + off;
                    for (int q = 0; q < cn; q++) band[base + q] -= f * u[q];
                }
            }
            // both sides of the diagonal block j0..j1: u = tau A v - (tau^2/2)(v.A v) v; A -= v u^T + u v^T
            Arrays.fill(u, 0, len, 0);
            for (int ri = 0; ri < len; ri++) {
                int base = (j0 + ri) * w - ri + off;
                double vr = v[ri];
                double acc = 0;
                for (int q = 0; q < ri; q++) {
                    double x = band[base + q];
                    acc += x * v[q];
                    u[q] += x * vr;
                }
                u[ri] += acc + band[base + ri] * vr;
            }
            double dot = 0;
            for (int q = 0; q < len; q++) dot += (u[q] *= tau) * v[q];
            double corr = -0.5 * tau * dot;
            for (int q = 0; q < len; q++) u[q] += corr * v[q];
            for (int ri = 0; ri < len; ri++) {
                int base = (j0 + ri) * w - ri + off;
                double vr = v[ri], ur = u[ri];
                for (int q = 0; q <= ri; q++) band[base + q] -= vr * u[q] + ur * v[q];
            }
            int k1 = Math.min(j1 + b, n - 1); // from the right on the rows below: the new bulge
            for (int r = j1 + 1; r <= k1; r++) {
                int base = r * w + j0 - r + off;
                double acc = 0;
                for (int q = 0; q < len; q++) acc += band[base + q] * v[q];
                double f = tau * acc;
                for (int q = 0; q < len; q++) band[base + q] -= f * v[q];
            }
        }
    }
}
