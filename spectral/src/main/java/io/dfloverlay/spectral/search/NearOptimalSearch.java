package io.dfloverlay.spectral.search;

import io.dfloverlay.core.generate.GraphGenerator;
import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import io.dfloverlay.spectral.SpectralMethod;
import io.dfloverlay.spectral.Spectra;
import io.dfloverlay.spectral.solver.LanczosEigenSolver;
import io.dfloverlay.spectral.solver.RitzPairs;
import io.dfloverlay.spectral.solver.SymmetricOperator;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * A connected simple d-regular graph with two-sided {@code λ(A) = max(|μ2|, |μn|)} as small as a
 * budget allows. Two phases:
 * <ol>
 *   <li>best of {@code samples} uniform random d-regular graphs ({@link RandomRegularGenerator},
 *       connected), at most a fifth of a time budget;</li>
 *   <li>λ-lowering double-edge swaps {@code {a,b},{c,e} → {a,c},{b,e}} (degrees unchanged): each
 *       round draws {@value #CANDIDATES} random valid swaps, ranks them by the first-order change
 *       of the active end of the spectrum, {@code Δμ ≈ 2(x_a x_c + x_b x_e − x_a x_b − x_c x_e)}
 *       with x the current unit eigenvector of μ2 (or μn), applies the best one and recomputes
 *       both ends by Lanczos warm-started from the previous eigenvectors (a swap is a rank-4
 *       change, so few steps suffice); the swap is kept only if λ drops and μ2 stays below d
 *       (connected), otherwise undone.</li>
 * </ol>
 * The final λ is recomputed from scratch ({@link Spectra#adjacency}); the result is never worse
 * than the best sample. Complexity per swap: a warm Lanczos run, {@code O(k (n d))} with k small.
 * Deterministic for a given seed with an iteration budget; with a time budget the number of swaps
 * depends on the machine. Instances are immutable; {@link #generate} is thread-safe.
 */
public final class NearOptimalSearch implements GraphGenerator {
    /** Candidate swaps screened per round. */
    public static final int CANDIDATES = 64;
    /** Default number of random samples of phase 1. */
    public static final int DEFAULT_SAMPLES = 10;

    private final int n;
    private final int d;
    private final Duration budget;
    private final long maxSwaps;
    private final int samples;
    private final Consumer<String> progress;

    /**
     * A search that stops after {@code swaps} attempted swaps: deterministic for a seed.
     *
     * @param n number of nodes
     * @param d degree
     * @param swaps attempted λ-lowering swaps (a count, not a time)
     * @return the search
     * @throws IllegalArgumentException if {@code d < 3}, {@code n <= d}, {@code n·d} is odd, or {@code swaps < 0}
     */
    public static NearOptimalSearch withSwapBudget(int n, int d, long swaps) {
        return new NearOptimalSearch(n, d, null, swaps, DEFAULT_SAMPLES, null);
    }

    /**
     * A search that stops after a wall-clock time (the number of swaps depends on the machine).
     *
     * @param n number of nodes
     * @param d degree
     * @param budget the time budget, positive
     * @return the search
     * @throws IllegalArgumentException if {@code d < 3}, {@code n <= d}, {@code n·d} is odd, or the budget is not positive
     */
    public static NearOptimalSearch withTimeBudget(int n, int d, Duration budget) {
        return new NearOptimalSearch(n, d, budget, Long.MAX_VALUE, DEFAULT_SAMPLES, null);
    }

    private NearOptimalSearch(int n, int d, Duration budget, long maxSwaps, int samples, Consumer<String> progress) {
        if (d < 3) throw new IllegalArgumentException("d must be at least 3, got " + d);
        if (n <= d) throw new IllegalArgumentException("n must exceed d, got n=" + n + ", d=" + d);
        if (((long) n * d) % 2 != 0) throw new IllegalArgumentException("n*d must be even, got n=" + n + ", d=" + d);
        if (budget != null && (budget.isNegative() || budget.isZero()))
            throw new IllegalArgumentException("time budget must be positive, got " + budget);
        if (maxSwaps < 0) throw new IllegalArgumentException("swap budget must be at least 0, got " + maxSwaps);
        if (samples < 1) throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        this.n = n;
        this.d = d;
        this.budget = budget;
        this.maxSwaps = maxSwaps;
        this.samples = samples;
        this.progress = progress;
    }

    /**
     * The same search, also stopping after {@code swaps} attempted swaps (whichever budget ends first).
     *
     * @param swaps attempted swaps, at least 0
     * @return a new search
     * @throws IllegalArgumentException if {@code swaps < 0}
     */
    public NearOptimalSearch limitSwaps(long swaps) {
        return new NearOptimalSearch(n, d, budget, swaps, samples, progress);
    }

    /**
     * The same search, also stopping after a wall-clock time (whichever budget ends first).
     *
     * @param time the time budget, positive
     * @return a new search
     * @throws IllegalArgumentException if the time is not positive
     */
    public NearOptimalSearch limitTime(Duration time) {
        return new NearOptimalSearch(n, d, time, maxSwaps, samples, progress);
    }

    /**
     * The same search starting from the best of {@code k} random samples.
     *
     * @param k the number of random regular graphs drawn to pick the start from
     * @return a new search
     */
    public NearOptimalSearch withSamples(int k) {
        return new NearOptimalSearch(n, d, budget, maxSwaps, k, progress);
    }

    /**
     * The same search reporting progress lines (about one per second) to {@code sink}, e.g. stderr.
     *
     * @param sink receives each progress line
     * @return a new search
     */
    public NearOptimalSearch withProgress(Consumer<String> sink) {
        return new NearOptimalSearch(n, d, budget, maxSwaps, samples, sink);
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        return search(rng).graph();
    }

    /**
     * Runs the search and returns the graph with its statistics.
     *
     * @param rng the source of randomness (samples and swaps)
     * @return the best graph found with its statistics
     */
    public SearchResult search(RandomGenerator rng) {
        long start = System.nanoTime();
        long deadline = budget == null ? Long.MAX_VALUE : start + budget.toNanos();
        long sampleDeadline = budget == null ? Long.MAX_VALUE : start + budget.toNanos() / 5;
        RandomRegularGenerator gen = new RandomRegularGenerator(n, d, true);
        Graph best = null;
        double bestLambda = Double.POSITIVE_INFINITY;
        int drawn = 0;
        for (int s = 0; s < samples && (s == 0 || System.nanoTime() < sampleDeadline); s++) {
            Graph g = gen.generate(rng);
            drawn++;
            double l = Spectra.adjacency(g).twoSided();
            if (l < bestLambda) {
                bestLambda = l;
                best = g;
            }
        }
        double startLambda = bestLambda;
        report(String.format("near-optimal: best of %d samples λ=%.6f (2√(d−1)=%.6f)", drawn, bestLambda, 2 * Math.sqrt(d - 1.0)));

        SwapState st = new SwapState(best);
        LanczosEigenSolver solver = new LanczosEigenSolver(1e-8, 5_000, rng.nextLong());
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        RitzPairs cur = solver.extremesWithVectors(st, ones, null);
        long attempts = 0, accepted = 0;
        long lastReport = System.nanoTime();
        int[] cand = new int[4];
        while (attempts < maxSwaps && System.nanoTime() < deadline) {
            attempts++;
            double mu2 = cur.ends().largest(), muN = cur.ends().smallest();
            double lambda = Math.max(mu2, -muN);
            if (!st.bestCandidate(rng, cur.largestVector(), cur.smallestVector(), mu2, muN, cand)) continue;
            st.swap(cand[0], cand[1], cand[2], cand[3]);
            double[] warm = new double[n];
            double[] x = cur.largestVector(), y = cur.smallestVector();
            for (int i = 0; i < n; i++) warm[i] = x[i] + y[i] + 1e-3 * (rng.nextDouble() - 0.5);
            RitzPairs next = solver.extremesWithVectors(st, ones, warm);
            double newLambda = Math.max(next.ends().largest(), -next.ends().smallest());
            if (next.ends().converged() && newLambda < lambda - 1e-12 && next.ends().largest() < d - 1e-8) {
                cur = next;
                accepted++;
            } else {
                st.swap(cand[0], cand[2], cand[1], cand[3]); // undo: {a,c},{b,e} -> {a,b},{c,e}
            }
            if (progress != null && System.nanoTime() - lastReport > 1_000_000_000L) {
                lastReport = System.nanoTime();
                report(String.format("near-optimal: %d swaps tried, %d kept, λ=%.6f", attempts, accepted,
                        Math.max(cur.ends().largest(), -cur.ends().smallest())));
            }
        }
        Graph result = st.toGraph();
        double finalLambda = Spectra.adjacency(result, SpectralMethod.AUTO, 1e-12).twoSided();
        if (finalLambda > startLambda) {
            result = best;
            finalLambda = startLambda;
        }
        long elapsed = System.nanoTime() - start;
        report(String.format("near-optimal: done, λ=%.6f after %d swaps tried, %d kept, %.1f s", finalLambda, attempts,
                accepted, elapsed / 1e9));
        return new SearchResult(result, startLambda, finalLambda, drawn, attempts, accepted, Duration.ofNanos(elapsed));
    }

    private void report(String line) {
        if (progress != null) progress.accept(line);
    }

    /** Mutable d-regular adjacency (flat {@code n × d} slots) that is also the operator {@code A}. */
    private final class SwapState implements SymmetricOperator {
        final int[] adj = new int[n * d];

        SwapState(Graph g) {
            for (int v = 0; v < n; v++) for (int k = 0; k < d; k++) adj[v * d + k] = g.neighbor(v, k);
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public void apply(double[] x, double[] y) {
            for (int v = 0, p = 0; v < n; v++) {
                double s = 0;
                for (int k = 0; k < d; k++) s += x[adj[p++]];
                y[v] = s;
            }
        }

        boolean has(int u, int v) {
            for (int k = u * d, end = k + d; k < end; k++) if (adj[k] == v) return true;
            return false;
        }

        void replace(int u, int from, int to) {
            for (int k = u * d, end = k + d; k < end; k++) {
                if (adj[k] == from) {
                    adj[k] = to;
                    return;
                }
            }
            throw new IllegalStateException("edge " + u + "-" + from + " missing");
        }

        /** {@code {a,b},{c,e} → {a,c},{b,e}}. */
        void swap(int a, int b, int c, int e) {
            replace(a, b, c);
            replace(b, a, e);
            replace(c, e, a);
            replace(e, c, b);
        }

        /** Picks the candidate swap with the best first-order objective; false if none was valid. */
        boolean bestCandidate(RandomGenerator rng, double[] x, double[] y, double mu2, double muN, int[] out) {
            double bestScore = Double.POSITIVE_INFINITY;
            for (int t = 0; t < CANDIDATES; t++) {
                int a = rng.nextInt(n), b = adj[a * d + rng.nextInt(d)];
                int c = rng.nextInt(n), e = adj[c * d + rng.nextInt(d)];
                if (a == c || a == e || b == c || b == e || has(a, c) || has(b, e)) continue;
                double d2 = 2 * (x[a] * x[c] + x[b] * x[e] - x[a] * x[b] - x[c] * x[e]);
                double dn = 2 * (y[a] * y[c] + y[b] * y[e] - y[a] * y[b] - y[c] * y[e]);
                double score = Math.max(mu2 + d2, -(muN + dn));
                if (score < bestScore) {
                    bestScore = score;
                    out[0] = a;
                    out[1] = b;
                    out[2] = c;
                    out[3] = e;
                }
            }
            return bestScore < Double.POSITIVE_INFINITY;
        }

        Graph toGraph() {
            GraphBuilder gb = new GraphBuilder(n, (long) n * d / 2);
            for (int v = 0; v < n; v++) for (int k = 0; k < d; k++) if (v < adj[v * d + k]) gb.addEdge(v, adj[v * d + k]);
            return gb.build();
        }
    }
}
