package io.dfloverlay.spectral.solver;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Both ends of the spectrum in one Krylov run: the symmetric Lanczos recurrence (Lanczos 1950) with
 * explicit deflation of a known eigenvector at every step and no reorthogonalization, as in
 * Cullum and Willoughby's eigenvalue-only Lanczos. Loss of orthogonality only creates duplicate
 * ("ghost") copies of converged Ritz values; the extreme Ritz values stay valid (Paige 1980), so
 * the largest and smallest Ritz values of {@code T_k} are returned, with the residual bound
 * {@code |β_k s_k|} (last component of the Ritz vector of {@code T_k}) as error bound: each
 * estimate lies within it of an eigenvalue of the deflated operator.
 *
 * <p>Convergence test: stop when both residual bounds are below {@code tolerance × max(|θ_max|, |θ_min|)}
 * (so the tolerance is the relative accuracy asked for, e.g. 1e-9 for {@code overlay spectrum}), or
 * when an {@link EarlyStop} says the caller's question is decided (a certificate's margin), or after
 * {@code maxIterations} products ({@code converged = false}). A test costs a Sturm bisection of
 * {@code T_k} ({@code O(k)} per step), so tests are not made every step: the residual falls about
 * geometrically, and the rate between the last two tests predicts the step where it meets the
 * target; the next test is placed just before it (at most {@code max(10, k/10)} steps later).
 *
 * <p>Breakdown: when {@code β_k} falls to the rounding level of the operator (its largest |α|, β
 * and, with deflation, {@code ‖M u‖}: the deflated part may be numerically zero while the
 * deflated eigenvalue is not, as for {@code W = J/n}), the Krylov space is invariant; the run
 * stops there and reports the Ritz values of {@code T_k} with {@code β_k} plus the rounding floor
 * as bound, rather than normalizing rounding noise (which leans on u) into a next vector. Where the
 * explicit projection against u is needed (a large u-component) it is done twice.
 *
 * <p>Cost per step: one operator application and two {@code O(n)} passes, the first fused into the
 * product when the operator is a {@link RowBlockOperator} (graph adjacency and Laplacian), both
 * split over two threads from {@link GraphOperators#PARALLEL_MIN} rows on (memory: three vectors of
 * length n and two of length k); a constant deflated vector (all-ones) is never read. One more
 * product, {@code M u}, sets the rounding scale when deflating. At n = 10^6 (d = 8) the random
 * gathers of the product dominate; 1041 steps at 1e-8 took 7.5–11.2 s against 9.5–16.4 s for the
 * former product followed by three single-thread passes (same results to the bit; alternating
 * JVMs on a 2-core VM whose speed drifts, 2026-12-02).
 * Ritz vectors, when asked for, are formed by a second pass repeating the same recurrence (no
 * basis is stored). The random start vector comes from
 * the seed, so results are deterministic. Instances are immutable and thread-safe.
 */
public final class LanczosEigenSolver implements SymmetricEigenSolver {
    /** Name reported in {@link SpectrumEnds#method()}. */
    public static final String METHOD = "lanczos";
    /** Default relative tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-10;
    /** β at or below this times the operator's scale is a breakdown: the Krylov space is invariant. */
    private static final double BREAKDOWN = 1e-13;

    private final double tolerance;
    private final int maxIterations;
    private final long seed;

    /** Tolerance {@value #DEFAULT_TOLERANCE}, at most 20000 products, seed 1. */
    public LanczosEigenSolver() {
        this(DEFAULT_TOLERANCE, 20_000, 1L);
    }

    /**
     * A solver with the given accuracy, work limit and start vector.
     *
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

    /** {@return the relative tolerance, in (0, 1)} */
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
     * @param op      the operator, dimension {@code >= 2}
     * @param deflate eigenvector to project out, or {@code null}
     * @param start   start vector of length {@code op.dimension()}, or {@code null} for a seeded random one
     * @return both ends of the (deflated) spectrum with unit Ritz vectors
     * @throws IllegalArgumentException on a dimension below 2 or vectors of the wrong length
     */
    public RitzPairs extremesWithVectors(SymmetricOperator op, double[] deflate, double[] start) {
        return run(op, deflate, start, true);
    }

    /**
     * Several Ritz pairs at each end, for searches that steer by more than the extreme eigenvector
     * (e.g. lowering the whole edge of a spectrum whose top eigenvalues are close together). Up to
     * {@code count} distinct Ritz values per end are taken from the final {@code T_k}, largest first
     * at the top and smallest first at the bottom; copies closer than {@code 1e-9} relative (the
     * "ghosts" of a converged eigenvalue that Lanczos without reorthogonalization produces) count
     * once. The vectors come from one second pass. The convergence test is that of
     * {@link #extremes} on the two extreme pairs only (the inner pairs may be less accurate; their
     * vectors are guides, not results). When {@code reject} decides first, the run stops at once
     * and no vector is formed.
     *
     * @param op      the operator, dimension {@code >= 2}
     * @param deflate eigenvector to project out, or {@code null}
     * @param start   start vector (e.g. the sum of the previous Ritz vectors), or {@code null} for random
     * @param count   Ritz pairs wanted per end, {@code >= 1}
     * @param reject  stops the run as soon as it answers true (the caller has no use for it), or {@code null}
     * @return the ends and the Ritz pairs, or the ends with {@code rejected = true} and no pairs
     * @throws IllegalArgumentException on a dimension below 2, vectors of the wrong length or {@code count < 1}
     */
    public RitzSet extremeRitzSet(SymmetricOperator op, double[] deflate, double[] start, int count, EarlyStop reject) {
        if (count < 1) throw new IllegalArgumentException("count must be >= 1, got " + count);
        Krylov kr = krylov(op, deflate, start, reject);
        if (kr.stopped) return new RitzSet(kr.ends, true, new double[0], new double[0][], new double[0], new double[0][]);
        if (kr.alpha == null) {
            RitzPairs one = oneDimensional(op, kr.q0, true);
            return new RitzSet(one.ends(), false, new double[] {one.ends().largest()}, new double[][] {one.largestVector()},
                    new double[] {one.ends().smallest()}, new double[][] {one.smallestVector()});
        }
        SymmetricTridiagonal t = new SymmetricTridiagonal(kr.alpha, kr.beta, kr.k);
        double[] top = distinctEnd(t, kr.k, count, true);
        double[] bottom = distinctEnd(t, kr.k, count, false);
        double[][] s = new double[top.length + bottom.length][];
        for (int i = 0; i < top.length; i++) s[i] = t.eigenvector(top[i]);
        for (int i = 0; i < bottom.length; i++) s[top.length + i] = t.eigenvector(bottom[i]);
        double[][] y = ritzVectors(op, kr.u, kr.q0, kr.k, s);
        return new RitzSet(kr.ends, false, top, Arrays.copyOfRange(y, 0, top.length), bottom,
                Arrays.copyOfRange(y, top.length, y.length));
    }

    /** Up to {@code count} distinct eigenvalues of {@code t} from one end, outermost first. */
    private static double[] distinctEnd(SymmetricTridiagonal t, int k, int count, boolean top) {
        double[] out = new double[Math.min(count, k)];
        int found = 0;
        for (int j = 0; j < k && found < out.length; j++) {
            double theta = t.eigenvalue(top ? k - 1 - j : j);
            if (found > 0 && Math.abs(theta - out[found - 1]) <= 1e-9 * Math.max(1, Math.abs(theta))) continue;
            out[found++] = theta;
        }
        return Arrays.copyOf(out, found);
    }

    /**
     * As {@link #extremes}, stopping as soon as {@code stop} says the answer is decided (e.g. a
     * certificate's margin is resolved) even if the tolerance is not reached yet; such a result
     * reports {@code converged = true} with the (larger) error bound reached so far.
     *
     * @param op      the operator, dimension {@code >= 2}
     * @param deflate eigenvector to project out, or {@code null}
     * @param stop    decides from the current estimates whether more accuracy is needed
     * @return both ends of the (deflated) spectrum with their error bound
     * @throws IllegalArgumentException on a dimension below 2 or a deflation vector of the wrong length
     */
    public SpectrumEnds extremes(SymmetricOperator op, double[] deflate, EarlyStop stop) {
        return run(op, deflate, null, false, stop).ends();
    }

    /**
     * Decides, from the current Ritz values and their error bound, that the caller needs no more
     * accuracy. Used to solve to the accuracy a question asks for, not a fixed tolerance.
     */
    @FunctionalInterface
    public interface EarlyStop {
        /**
         * Whether the current estimates already decide the answer.
         *
         * @param largest    current largest Ritz value (a lower bound of the largest eigenvalue)
         * @param smallest   current smallest Ritz value (an upper bound of the smallest eigenvalue)
         * @param errorBound residual bound: each Ritz value is within it of an eigenvalue
         * @return whether the answer is decided
         */
        boolean decided(double largest, double smallest, double errorBound);
    }

    private RitzPairs run(SymmetricOperator op, double[] deflate, double[] start, boolean vectors) {
        return run(op, deflate, start, vectors, null);
    }

    private RitzPairs run(SymmetricOperator op, double[] deflate, double[] start, boolean vectors, EarlyStop stop) {
        Krylov kr = krylov(op, deflate, start, stop);
        if (kr.k == 1 && kr.alpha == null) return oneDimensional(op, kr.q0, vectors);
        if (!vectors) return new RitzPairs(kr.ends, null, null);
        double[][] ritz = ritzVectors(op, kr.u, kr.q0, kr.k, new double[][] {kr.last.sMax, kr.last.sMin});
        return new RitzPairs(kr.ends, ritz[0], ritz[1]);
    }

    /**
     * The outcome of one Krylov run: the tridiagonal {@code T_k} ({@code alpha == null} for a
     * one-dimensional space), the last convergence test, the ends, and whether {@code stop} ended it.
     */
    private record Krylov(double[] u, double[] q0, double[] alpha, double[] beta, int k, Check last, SpectrumEnds ends,
            boolean stopped) {}

    private Krylov krylov(SymmetricOperator op, double[] deflate, double[] start, EarlyStop stop) {
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
        if (dim == 1) {
            SpectrumEnds one = oneDimensional(op, q0, false).ends();
            return new Krylov(u, q0, null, null, 1, null, one, false);
        }

        Recurrence rec = new Recurrence(op, u, q0);
        // The operator's scale, for the rounding floor: the deflated part can be (numerically) zero
        // while the deflated eigenvalue is not (W = J/n: 0 on the complement of 1, 1 on 1).
        double[] mu = u == null ? null : apply(op, u);
        double opScale = u == null ? 0 : Math.sqrt(Deflation.dot(mu, mu));
        double[] alpha = new double[64];
        double[] beta = new double[64];
        int k = 0;
        int nextCheck = Math.min(10, maxIterations);
        int limit = (int) Math.min(maxIterations, 4L * dim + 20);
        Check last = null;
        int previousK = 0;
        double previousError = Double.NaN;
        boolean converged = false;
        boolean stopped = false;
        while (true) {
            if (k == alpha.length) {
                alpha = Arrays.copyOf(alpha, 2 * k);
                beta = Arrays.copyOf(beta, 2 * k);
            }
            rec.step();
            alpha[k] = rec.alpha;
            beta[k] = rec.beta;
            k++;
            opScale = Math.max(opScale, Math.max(Math.abs(rec.alpha), rec.beta));
            // β at the rounding level of the operator (not of the deflated part, which may be ~0): the
            // Krylov space is invariant, every Ritz value of T_k is within β of an eigenvalue, and
            // the next vector would be rounding noise (leaning on the deflated vector), so stop.
            boolean breakdown = rec.beta <= BREAKDOWN * opScale;
            // A small β means a nearly invariant Krylov space (always at k = dim in exact arithmetic):
            // every Ritz residual is then at most β, so check now before rounding noise takes over.
            boolean smallBeta = rec.beta <= 1e-8 * Math.max(Math.abs(rec.alpha), rec.betaPrevious);
            if (k >= nextCheck || breakdown || smallBeta || k == dim || k >= limit) {
                last = check(alpha, beta, k);
                double scale = Math.max(Math.max(Math.abs(last.max), Math.abs(last.min)), Double.MIN_NORMAL);
                if (breakdown) {
                    last = new Check(last.max, last.min, last.sMax, last.sMin, rec.beta);
                    converged = true;
                    break;
                }
                double target = tolerance * scale;
                if (last.error <= target) {
                    converged = true;
                    break;
                }
                if (stop != null && stop.decided(last.max, last.min, last.error)) {
                    converged = true;
                    stopped = true;
                    break;
                }
                if (k >= limit) break;
                nextCheck = Math.min(k + checkInterval(k, last.error, previousK, previousError, target), limit);
                previousK = k;
                previousError = last.error;
            }
            rec.advance();
        }
        double err = last.error + roundingFloor(opScale, last, k);
        SpectrumEnds ends = new SpectrumEnds(last.max, Math.min(last.min, last.max), err, converged, k, METHOD);
        return new Krylov(u, q0, alpha, beta, k, last, ends, stopped);
    }

    /**
     * The rounding error of the Ritz values: products and recurrence are exact to a few ulps of the
     * operator's scale (its largest |α|, β and, when deflating, {@code ‖M u‖}) per step.
     */
    private static double roundingFloor(double opScale, Check last, int k) {
        double scale = Math.max(opScale, Math.max(Math.abs(last.max), Math.abs(last.min)));
        return 16 * Math.ulp(Math.max(scale, Double.MIN_NORMAL)) * Math.sqrt(k);
    }

    private static double[] apply(SymmetricOperator op, double[] x) {
        double[] y = new double[x.length];
        op.apply(x, y);
        return y;
    }

    /**
     * Steps until the next convergence test. The residual bound of the extreme Ritz pairs falls
     * roughly geometrically once they start to converge, so the rate measured between the last two
     * tests predicts when the bound reaches its target; the next test is placed at 90% of that
     * prediction (at least 2 steps, at most {@code max(10, k/10)}, so a test, {@code O(k)} Sturm
     * bisection, stays cheap next to the {@code O(n + m)} steps between tests).
     */
    static int checkInterval(int k, double error, int previousK, double previousError, double target) {
        int cap = Math.max(10, k / 10);
        if (!(previousError > error) || !(error > 0) || previousK >= k) return cap;
        double ratePerStep = Math.log(error / previousError) / (k - previousK); // negative
        double steps = Math.log(target / error) / ratePerStep;
        if (!(steps > 0)) return 2;
        return (int) Math.max(2, Math.min(cap, Math.floor(0.9 * steps + 1e-6)));
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

    /** Second pass: repeats the recurrence and accumulates {@code V s} for every coefficient vector {@code s}. */
    private static double[][] ritzVectors(SymmetricOperator op, double[] u, double[] q0, int k, double[][] s) {
        int n = q0.length, m = s.length;
        double[][] y = new double[m][n];
        Recurrence rec = new Recurrence(op, u, q0);
        for (int j = 0; j < k; j++) {
            for (int r = 0; r < m; r++) rec.addTo(y[r], s[r][j]);
            if (j == k - 1) break;
            rec.step();
            rec.advance();
        }
        for (double[] v : y) {
            if (u != null) Deflation.project(v, u);
            double norm = Math.sqrt(Deflation.dot(v, v));
            if (norm > 0) for (int i = 0; i < n; i++) v[i] /= norm;
        }
        return y;
    }

    /**
     * The three-term recurrence, kept in one place so both passes compute identical vectors.
     * Vectors are kept unnormalized, {@code q_k = σ_k V_k} with {@code σ_k = 1/β_k}, so no pass
     * only rescales. A step is two passes over the vectors: (1) {@code y = M V_k} together with
     * {@code V_k·y}, {@code V_{k−1}·V_k} and {@code u·y} (for a {@link RowBlockOperator} fused into
     * the product, {@value #CHUNK} rows at a time while they are in cache), which give
     * {@code α = q_k·(M q_k − β' q_{k−1})} (Paige's variant) and the deflation coefficient
     * {@code c = u·(M q_k − β' q_{k−1} − α q_k)} from the u-components carried from the last step;
     * (2) {@code V_{k+1} = σ_k y − β' σ_{k−1} V_{k−1} − α σ_k V_k − c u}, written over
     * {@code V_{k−1}}, with {@code β = ‖V_{k+1}‖} and {@code u·V_{k+1}} summed from what was
     * written (no cancellation in {@code β}). Should the written vector keep an unusually large
     * component along u (c inaccurate), it is projected explicitly, twice. Both passes work in
     * blocks of {@value #CHUNK} rows, each block's sums kept apart and added in block order at the
     * end; from {@link GraphOperators#PARALLEL_MIN} rows on, the caller and {@link SecondThread}
     * take blocks from a shared counter until none is left (so a thread the machine slows down
     * takes fewer), and since the sums are added in block order either way, results do not depend
     * on which thread ran which block. A constant deflated vector (the all-ones vector of regular graphs,
     * Laplacians and doubly stochastic matrices) is never read: {@code u·x} is a scaled sum.
     */
    private static final class Recurrence {
        /** Rows per block of the fused product: {@code y}, {@code V_k} and {@code V_{k−1}} of a block stay in L1/L2. */
        static final int CHUNK = 2048;

        final SymmetricOperator op;
        final RowBlockOperator rows;
        final double[] u;
        final boolean constantU;
        final int n, blocks;
        final boolean twoThreads;
        double[] v, vPrev;
        final double[] y;
        double sigma = 1, sigmaPrevious;
        double uv, uvPrevious;
        double alpha, beta, betaPrevious;
        /** The next u-component {@code u·V_{k+1}}. */
        private double uvNext;
        /** Pass-2 coefficients: {@code V_{k+1} = fy y − fp V_{k−1} − fv V_k − shift (u)}. */
        private double fy, fp, fv, shift;
        /** Sums of each block: pass 1 {@code V·y, V'·V, u·y} (3 per block); pass 2 {@code ‖V''‖², u·V''} (2 per block). */
        private final double[] sums1, sums2;
        /** The next block to take in the current pass. */
        private final AtomicInteger next = new AtomicInteger();
        private final Runnable sumsTask, updateTask;

        Recurrence(SymmetricOperator op, double[] u, double[] q0) {
            this.op = op;
            this.rows = op instanceof RowBlockOperator r ? r : null;
            this.u = u;
            this.constantU = u != null && isConstant(u);
            n = q0.length;
            blocks = (n + CHUNK - 1) / CHUNK;
            twoThreads = n >= GraphOperators.PARALLEL_MIN;
            v = q0.clone();
            vPrev = new double[n];
            y = new double[n];
            uv = u == null ? 0 : Deflation.dot(u, v);
            sums1 = new double[3 * blocks];
            sums2 = new double[2 * blocks];
            sumsTask = () -> {
                for (int b; (b = next.getAndIncrement()) < blocks; ) sums(b);
            };
            updateTask = () -> {
                for (int b; (b = next.getAndIncrement()) < blocks; ) update(b);
            };
        }

        private static boolean isConstant(double[] u) {
            for (double x : u) if (x != u[0]) return false;
            return true;
        }

        /** Computes {@code α}, {@code β} and {@code V_{k+1}} (not yet current: see {@link #advance}). */
        void step() {
            if (rows == null) op.apply(v, y);
            run(sumsTask);
            double vy = 0, vv = 0, uy = 0;
            for (int b = 0; b < blocks; b++) {
                vy += sums1[3 * b];
                vv += sums1[3 * b + 1];
                uy += sums1[3 * b + 2];
            }
            if (constantU) uy *= u[0];
            double bp = betaPrevious;
            double a = sigma * sigma * vy - bp * sigma * sigmaPrevious * vv;
            double c = u == null ? 0 : sigma * uy - bp * sigmaPrevious * uvPrevious - a * sigma * uv;
            fy = sigma;
            fp = bp * sigmaPrevious;
            fv = a * sigma;
            shift = c;
            run(updateTask);
            double ss = 0, un = 0;
            for (int b = 0; b < blocks; b++) {
                ss += sums2[2 * b];
                un += sums2[2 * b + 1];
            }
            un = u == null ? 0 : constantU ? un * u[0] : un;
            if (un * un > 1e-8 * ss) {
                // An unusually large component along u is left (c was inaccurate): project
                // explicitly, twice, since what the first projection leaves is rounding of a large c.
                Deflation.project(vPrev, u);
                Deflation.project(vPrev, u);
                ss = Deflation.dot(vPrev, vPrev);
                un = Deflation.dot(vPrev, u);
            }
            uvNext = un;
            beta = Math.sqrt(ss);
            alpha = a;
        }

        /** Runs a pass: all blocks, on this thread and the helper from {@link GraphOperators#PARALLEL_MIN} rows on. */
        private void run(Runnable task) {
            next.set(0);
            if (twoThreads) SecondThread.shared().runBeside(task, task);
            else task.run();
        }

        /** Pass 1 on block {@code b}: the product (for a row-block operator) and its sums. */
        private void sums(int b) {
            double[] v = this.v, vp = this.vPrev, y = this.y, u = constantU ? null : this.u;
            int from = b * CHUNK, to = Math.min(from + CHUNK, n);
            if (rows != null) rows.applyRows(v, y, from, to);
            double vy = 0, vv = 0, uy = 0;
            if (u == null) {
                for (int i = from; i < to; i++) {
                    double yi = y[i], vi = v[i];
                    vy += vi * yi;
                    vv += vp[i] * vi;
                    uy += yi;
                }
            } else {
                for (int i = from; i < to; i++) {
                    double yi = y[i], vi = v[i];
                    vy += vi * yi;
                    vv += vp[i] * vi;
                    uy += u[i] * yi;
                }
            }
            sums1[3 * b] = vy;
            sums1[3 * b + 1] = vv;
            sums1[3 * b + 2] = uy;
        }

        /** Pass 2 on block {@code b}: {@code V_{k+1}} over {@code V_{k−1}}, with {@code ‖·‖²} and the u-sum. */
        private void update(int b) {
            int from = b * CHUNK, to = Math.min(from + CHUNK, n);
            double[] v = this.v, vp = this.vPrev, y = this.y;
            double fy = this.fy, fp = this.fp, fv = this.fv;
            double ss = 0, su = 0;
            if (u == null || constantU) {
                double s = u == null ? 0 : shift * u[0];
                for (int i = from; i < to; i++) {
                    double w = fy * y[i] - fp * vp[i] - fv * v[i] - s;
                    vp[i] = w;
                    ss += w * w;
                    su += w;
                }
            } else {
                double[] u = this.u;
                double c = shift;
                for (int i = from; i < to; i++) {
                    double w = fy * y[i] - fp * vp[i] - fv * v[i] - c * u[i];
                    vp[i] = w;
                    ss += w * w;
                    su += w * u[i];
                }
            }
            sums2[2 * b] = ss;
            sums2[2 * b + 1] = su;
        }

        /** {@code target += a q_k}. */
        void addTo(double[] target, double a) {
            double f = a * sigma;
            double[] v = this.v;
            for (int i = 0; i < target.length; i++) target[i] += f * v[i];
        }

        /** Makes {@code V_{k+1}} current: {@code q_{k+1} = V_{k+1} / β}. */
        void advance() {
            double[] t = vPrev;
            vPrev = v;
            v = t;
            sigmaPrevious = sigma;
            sigma = 1.0 / beta;
            uvPrevious = uv;
            uv = uvNext;
            betaPrevious = beta;
        }
    }
}
