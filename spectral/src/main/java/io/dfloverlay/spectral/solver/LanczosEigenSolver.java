package io.dfloverlay.spectral.solver;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Both ends of the spectrum in one Krylov run: the symmetric Lanczos recurrence (Lanczos 1950) with
 * explicit deflation of a known eigenvector at every step and no reorthogonalization, as in
 * Cullum and Willoughby's eigenvalue-only Lanczos. Loss of orthogonality only creates duplicate
 * ("ghost") copies of converged Ritz values; the extreme Ritz values stay valid (Paige 1980), so
 * the largest and smallest Ritz values of {@code T_k} are returned, with the residual bound
 * {@code |β_k s_k|} (last component of the Ritz vector of {@code T_k}) as error bound: each
 * estimate lies within it of an eigenvalue of the deflated operator. Stops when both bounds are
 * below {@code tolerance × max(|θ_max|, |θ_min|)} or after {@code maxIterations} products
 * (then {@code converged = false}).
 *
 * <p>Cost per step: one operator application plus {@code O(n)} (5 vector passes; memory: four
 * vectors of length n and two of length k). Ritz vectors, when asked for, are formed by a second
 * pass repeating the same recurrence (no basis is stored). The random start vector comes from
 * the seed, so results are deterministic. Instances are immutable and thread-safe.
 */
public final class LanczosEigenSolver implements SymmetricEigenSolver {
    /** Name reported in {@link SpectrumEnds#method()}. */
    public static final String METHOD = "lanczos";
    /** Default relative tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-10;

    private final double tolerance;
    private final int maxIterations;
    private final long seed;

    /** Tolerance {@value #DEFAULT_TOLERANCE}, at most 20000 products, seed 1. */
    public LanczosEigenSolver() {
        this(DEFAULT_TOLERANCE, 20_000, 1L);
    }

    /**
     * @param tolerance     relative accuracy of both ends, in {@code (0, 1)}
     * @param maxIterations maximal number of operator applications, {@code >= 2}
     * @param seed          seed of the random start vector
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public LanczosEigenSolver(double tolerance, int maxIterations, long seed) {
        if (!(tolerance > 0 && tolerance < 1)) throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
        if (maxIterations < 2) throw new IllegalArgumentException("maxIterations must be >= 2, got " + maxIterations);
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.seed = seed;
    }

    /** The relative tolerance. */
    public double tolerance() {
        return tolerance;
    }

    @Override
    public SpectrumEnds extremes(SymmetricOperator op, double[] deflate) {
        return run(op, deflate, null, false).ends();
    }

    /**
     * As {@link #extremes}, also returning unit Ritz vectors of both ends (a second pass), optionally
     * warm-started from {@code start} (e.g. the sum of the previous extreme eigenvectors after a
     * small change of the operator; {@code null} for a random start).
     *
     * @throws IllegalArgumentException on a dimension below 2 or vectors of the wrong length
     */
    public RitzPairs extremesWithVectors(SymmetricOperator op, double[] deflate, double[] start) {
        return run(op, deflate, start, true);
    }

    private RitzPairs run(SymmetricOperator op, double[] deflate, double[] start, boolean vectors) {
        int n = op.dimension();
        if (n < 2) throw new IllegalArgumentException("dimension must be >= 2, got " + n);
        double[] u = null;
        if (deflate != null) {
            Deflation.checkVector(deflate, n);
            u = Deflation.normalized(deflate);
        }
        if (start != null && start.length != n)
            throw new IllegalArgumentException("start vector has length " + start.length + ", expected " + n);
        int dim = u == null ? n : n - 1;
        double[] q0 = startVector(n, u, start);
        if (dim == 1) return oneDimensional(op, q0, vectors);

        Recurrence rec = new Recurrence(op, u, q0);
        double[] alpha = new double[64];
        double[] beta = new double[64];
        int k = 0;
        int nextCheck = Math.min(10, maxIterations);
        Check last = null;
        boolean converged = false;
        while (true) {
            if (k == alpha.length) {
                alpha = Arrays.copyOf(alpha, 2 * k);
                beta = Arrays.copyOf(beta, 2 * k);
            }
            rec.step();
            alpha[k] = rec.alpha;
            beta[k] = rec.beta;
            k++;
            boolean breakdown = rec.beta <= 1e-13 * Math.max(Math.abs(rec.alpha), rec.betaPrevious);
            boolean exhausted = k >= maxIterations;
            // A small β means a nearly invariant Krylov space (always at k = dim in exact arithmetic):
            // every Ritz residual is then at most β, so check now before rounding noise takes over.
            boolean smallBeta = rec.beta <= 1e-8 * Math.max(Math.abs(rec.alpha), rec.betaPrevious);
            if (k >= nextCheck || breakdown || smallBeta || k == dim || exhausted || k >= 4 * dim + 20) {
                last = check(alpha, beta, k);
                double scale = Math.max(Math.max(Math.abs(last.max), Math.abs(last.min)), Double.MIN_NORMAL);
                if (breakdown) {
                    last = new Check(last.max, last.min, last.sMax, last.sMin, Math.max(rec.beta, 8 * Math.ulp(scale)));
                    converged = true;
                    break;
                }
                if (last.error <= tolerance * scale) {
                    converged = true;
                    break;
                }
                if (exhausted || k >= 4 * dim + 20) break;
                nextCheck = k + Math.max(10, k / 10);
                nextCheck = Math.min(nextCheck, maxIterations);
            }
            rec.advance();
        }
        double err = last.error + 16 * Math.ulp(Math.max(Math.abs(last.max), Math.abs(last.min))) * Math.sqrt(k);
        SpectrumEnds ends = new SpectrumEnds(last.max, Math.min(last.min, last.max), err, converged, k, METHOD);
        if (!vectors) return new RitzPairs(ends, null, null);
        double[][] ritz = ritzVectors(op, u, q0, k, last.sMax, last.sMin);
        return new RitzPairs(ends, ritz[0], ritz[1]);
    }

    private double[] startVector(int n, double[] u, double[] start) {
        double[] q = new double[n];
        if (start != null) System.arraycopy(start, 0, q, 0, n);
        if (start == null || Deflation.dot(q, q) == 0) {
            SplittableRandom rng = new SplittableRandom(seed);
            for (int i = 0; i < n; i++) q[i] = rng.nextDouble(-1, 1);
        }
        if (u != null) Deflation.project(q, u);
        double s = Math.sqrt(Deflation.dot(q, q));
        if (s == 0) throw new IllegalArgumentException("start vector lies in the deflated direction");
        for (int i = 0; i < n; i++) q[i] /= s;
        return q;
    }

    private static RitzPairs oneDimensional(SymmetricOperator op, double[] q, boolean vectors) {
        double rq = Deflation.rayleighQuotient(op, q);
        SpectrumEnds ends = new SpectrumEnds(rq, rq, 8 * Math.ulp(Math.abs(rq) + Double.MIN_NORMAL), true, 1, METHOD);
        return vectors ? new RitzPairs(ends, q.clone(), q.clone()) : new RitzPairs(ends, null, null);
    }

    private record Check(double max, double min, double[] sMax, double[] sMin, double error) {}

    private static Check check(double[] alpha, double[] beta, int k) {
        SymmetricTridiagonal t = new SymmetricTridiagonal(alpha, beta, k);
        double max = t.eigenvalue(k - 1);
        double min = k == 1 ? max : t.eigenvalue(0);
        double[] sMax = t.eigenvector(max);
        double[] sMin = k == 1 ? sMax : t.eigenvector(min);
        double b = beta[k - 1];
        double error = Math.max(Math.abs(b * sMax[k - 1]), Math.abs(b * sMin[k - 1]));
        return new Check(max, min, sMax, sMin, error);
    }

    /** Second pass: repeats the recurrence and accumulates {@code V s} for both ends. */
    private static double[][] ritzVectors(SymmetricOperator op, double[] u, double[] q0, int k, double[] sMax, double[] sMin) {
        int n = q0.length;
        double[] yMax = new double[n];
        double[] yMin = new double[n];
        Recurrence rec = new Recurrence(op, u, q0);
        for (int j = 0; j < k; j++) {
            double a = sMax[j], b = sMin[j];
            double[] q = rec.q;
            for (int i = 0; i < n; i++) {
                yMax[i] += a * q[i];
                yMin[i] += b * q[i];
            }
            if (j == k - 1) break;
            rec.step();
            rec.advance();
        }
        for (double[] y : new double[][] {yMax, yMin}) {
            if (u != null) Deflation.project(y, u);
            double s = Math.sqrt(Deflation.dot(y, y));
            if (s > 0) for (int i = 0; i < n; i++) y[i] /= s;
        }
        return new double[][] {yMax, yMin};
    }

    /** The three-term recurrence, kept in one place so both passes compute identical vectors. */
    private static final class Recurrence {
        final SymmetricOperator op;
        final double[] u;
        double[] q, qPrev, w;
        double alpha, beta, betaPrevious;

        Recurrence(SymmetricOperator op, double[] u, double[] q0) {
            this.op = op;
            this.u = u;
            int n = q0.length;
            q = q0.clone();
            qPrev = new double[n];
            w = new double[n];
        }

        /**
         * Computes {@code w = A q − β' q' − α q}, deflated, and its norm {@code β}. Each pass fuses
         * an update with a dot product summed in four interleaved partial sums (one chain would
         * be bound by the latency of the additions).
         */
        void step() {
            op.apply(q, w);
            double[] q = this.q, w = this.w;
            double a = axpyDot(w, -betaPrevious, qPrev, q);
            if (u != null) {
                double c = axpyDot(w, -a, q, u);
                beta = Math.sqrt(axpyDot(w, -c, u, null));
            } else {
                beta = Math.sqrt(axpyDot(w, -a, q, null));
            }
            alpha = a;
        }

        /** {@code w += f x}, then returns {@code w . z} ({@code w . w} if {@code z} is null). */
        private static double axpyDot(double[] w, double f, double[] x, double[] z) {
            double[] d = z == null ? w : z;
            int n = w.length, i = 0;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (; i + 3 < n; i += 4) {
                double w0 = w[i] + f * x[i], w1 = w[i + 1] + f * x[i + 1], w2 = w[i + 2] + f * x[i + 2], w3 = w[i + 3] + f * x[i + 3];
                w[i] = w0;
                w[i + 1] = w1;
                w[i + 2] = w2;
                w[i + 3] = w3;
                s0 += w0 * d[i];
                s1 += w1 * d[i + 1];
                s2 += w2 * d[i + 2];
                s3 += w3 * d[i + 3];
            }
            for (; i < n; i++) {
                double wi = w[i] + f * x[i];
                w[i] = wi;
                s0 += wi * d[i];
            }
            return (s0 + s1) + (s2 + s3);
        }

        /** Moves to the next Lanczos vector {@code q ← w / β}. */
        void advance() {
            double[] t = qPrev;
            qPrev = q;
            q = t;
            double inv = 1.0 / beta;
            for (int i = 0; i < q.length; i++) q[i] = w[i] * inv;
            betaPrevious = beta;
        }
    }
}
