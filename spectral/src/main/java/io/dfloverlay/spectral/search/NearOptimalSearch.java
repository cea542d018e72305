package io.dfloverlay.spectral.search;

import io.dfloverlay.core.generate.GraphGenerator;
import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import io.dfloverlay.spectral.SpectralMethod;
import io.dfloverlay.spectral.Spectra;
import io.dfloverlay.spectral.solver.GraphOperators;
import io.dfloverlay.spectral.solver.LanczosEigenSolver;
import io.dfloverlay.spectral.solver.RegularRowSums;
import io.dfloverlay.spectral.solver.RitzSet;
import io.dfloverlay.spectral.solver.RowBlockOperator;
import io.dfloverlay.spectral.solver.SpectrumEnds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * A connected simple d-regular graph with two-sided {@code λ(A) = max(|μ2|, |μn|)} as small as a
 * budget allows. Two phases:
 * <ol>
 *   <li>best of {@code samples} uniform random d-regular graphs ({@link RandomRegularGenerator},
 *       connected), at most a fifth of a time budget. Each sample's solve stops as soon as two
 *       questions are decided (is it Ramanujan, can it beat the best so far), and the samples
 *       certified Ramanujan are counted ({@link SearchResult#ramanujanSamples()});</li>
 *   <li>batches of λ-lowering double-edge swaps {@code {a,b},{c,e} → {a,c},{b,e}} (degrees
 *       unchanged). At the edge of a random regular graph's spectrum the top eigenvalues lie
 *       {@code ~n^(-2/3)} apart, so lowering μ2 alone soon hands λ to μ3: the search steers by up to
 *       {@value #GUIDES} Ritz vectors per end, those within a window of λ. A swap's first-order
 *       change of the Rayleigh quotient of a unit vector x is
 *       {@code 2(x_a x_c + x_b x_e − x_a x_b − x_c x_e) = −2(x_a − x_e)(x_b − x_c)}; a candidate qualifies
 *       when it lowers every guiding eigenvalue (and |μ| at the bottom end). Candidates are half
 *       random, half drawn among the nodes of largest {@code |x|} of the lead vector with their
 *       strongest neighbours; the best node-disjoint ones (disjoint swaps add their first-order
 *       effects and cannot create the same edge twice) form a batch, applied at once. Both ends are
 *       then recomputed by one Lanczos run warm-started from the sum of the Ritz vectors; the run
 *       stops as soon as a Ritz value (always inside the spectrum) shows λ did not drop, so a
 *       failed batch costs little. A batch is kept only if λ dropped, μ2 stays below d and a
 *       breadth-first search finds the graph connected; otherwise it is undone. The batch size
 *       doubles after a success and halves after a failure (1 to n/16).</li>
 * </ol>
 * The final λ is recomputed from scratch ({@link Spectra#adjacency}); the result is never worse
 * than the best sample. Per batch: a candidate screen ({@code O(n log n + candidates · guides)})
 * and one warm Lanczos run with a second pass for the guides. Deterministic for a given seed with
 * a swap budget on machines with the same number of lanes (below; a batch counts its swaps, a try
 * that finds none counts one); with a time
 * budget the number of batches depends on the machine. From {@code 2^18} nodes the product runs
 * on two threads; below, with two or more cores, each round tries two batches at once, one per
 * core, each chosen with its own random stream on its own copy of the graph, and keeps the one
 * that lowers λ most (the other copy is then overwritten), so the search uses both cores at every
 * size. Instances are immutable; {@link #generate} is thread-safe.
 */
public final class NearOptimalSearch implements GraphGenerator {
    /** Candidate swaps screened per round from {@link #SMALL_GRAPH} nodes, at least (16 per swap of the batch size when more). */
    public static final int CANDIDATES = 2048;
    /**
     * Below this many nodes the top eigenvalues are well apart and a greedy screen gets stuck in
     * poor local optima: the search then screens {@value #SMALL_CANDIDATES} random candidates per
     * round against the extreme pairs only (window 2× the last drop), as the former one-swap search
     * did (on a quiet box at n = 128, d = 8, 15 s, the greedy screen ended 0.01–0.03 higher).
     */
    static final int SMALL_GRAPH = 2048;
    /** Random candidates per round below {@link #SMALL_GRAPH} nodes. */
    static final int SMALL_CANDIDATES = 64;
    /** Ritz pairs per end that guide the choice of swaps. */
    public static final int GUIDES = 6;
    /** Relative residual tolerance of the solves of phase 2 (the Ritz values are far more accurate). */
    static final double SWAP_TOLERANCE = 1e-7;
    /** Relative residual tolerance of the sample solves of phase 1, which also stop once decided. */
    static final double SAMPLE_TOLERANCE = 1e-8;
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
        double bound = 2 * Math.sqrt(d - 1.0);
        RandomRegularGenerator gen = new RandomRegularGenerator(n, d, true);
        LanczosEigenSolver sampler = new LanczosEigenSolver(SAMPLE_TOLERANCE, 20_000, 1L);
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        Graph best = null;
        double bestLambda = Double.POSITIVE_INFINITY;
        int drawn = 0, ramanujan = 0;
        for (int s = 0; s < samples && (s == 0 || System.nanoTime() < sampleDeadline); s++) {
            Graph g = gen.generate(rng);
            drawn++;
            double incumbent = bestLambda;
            // Stop once both questions are decided: is it Ramanujan, and can it beat the incumbent?
            SpectrumEnds e = sampler.extremes(GraphOperators.adjacency(g), ones, (max, min, err) -> {
                double low = Math.max(max, -min);
                return (low > bound || low + err <= bound) && (low > incumbent || low + err < incumbent);
            });
            double low = e.twoSided();
            if (low + e.errorBound() <= bound) ramanujan++;
            if (low < bestLambda) {
                bestLambda = low;
                best = g;
            }
        }
        SwapState st = new SwapState(best);
        LanczosEigenSolver solver = new LanczosEigenSolver(SWAP_TOLERANCE, 5_000, rng.nextLong());
        RitzSet cur = solver.extremeRitzSet(st, ones, null, GUIDES, null);
        double startLambda = cur.ends().twoSided();
        report(String.format("near-optimal: best of %d samples λ=%.6f (2√(d−1)=%.6f), %d of %d samples Ramanujan",
                drawn, startLambda, bound, ramanujan, drawn));
        long attempts = 0, accepted = 0, solves = 1;
        long lastReport = System.nanoTime();
        int batch = 1;
        double window = 0;
        // Below the two-thread product, a second core (if any) tries its own batch on a copy of the state.
        int lanes = n < GraphOperators.PARALLEL_MIN && Runtime.getRuntime().availableProcessors() >= 2 ? 2 : 1;
        SwapState[] states = lanes == 2 ? new SwapState[] {st, new SwapState(st)} : new SwapState[] {st};
        RandomGenerator[] rngs = lanes == 2 ? new RandomGenerator[] {rng, new SplittableRandom(rng.nextLong())} : new RandomGenerator[] {rng};
        Trial[] trials = new Trial[lanes];
        while (attempts < maxSwaps && System.nanoTime() < deadline) {
            double lambda = cur.ends().twoSided();
            // The swap budget is shared out: a lane never tries more than what is left after the others.
            int limit = (int) Math.min(batch, maxSwaps - attempts);
            int otherLimit = (int) Math.min(batch, maxSwaps - attempts - limit);
            int tried = lanes == 2 && otherLimit > 0 ? 2 : 1;
            RitzSet from = cur;
            double w = window;
            if (tried == 1) {
                trials[0] = trial(states[0], solver, rngs[0], from, lambda, w, limit, ones);
            } else {
                ForkJoinTask<Trial> other = ForkJoinPool.commonPool().submit(() -> trial(states[1], solver, rngs[1], from, lambda, w, otherLimit, ones));
                trials[0] = trial(states[0], solver, rngs[0], from, lambda, w, limit, ones);
                trials[1] = other.join();
            }
            int winner = -1;
            for (int i = 0; i < tried; i++) {
                Trial t = trials[i];
                attempts += Math.max(t.size(), 1);
                if (t.next() != null) solves++;
                if (t.kept() && (winner < 0 || t.next().ends().twoSided() < trials[winner].next().ends().twoSided())) winner = i;
            }
            if (winner >= 0) {
                Trial t = trials[winner];
                window = 2 * (lambda - t.next().ends().twoSided());
                cur = t.next();
                accepted += t.size();
                batch = Math.min(2 * batch, Math.max(1, n / 16));
                for (int i = 0; i < lanes; i++) if (i != winner) states[i].copyFrom(states[winner]);
            } else {
                batch = Math.max(1, batch / 2);
            }
            if (progress != null && System.nanoTime() - lastReport > 1_000_000_000L) {
                lastReport = System.nanoTime();
                report(String.format("near-optimal: %d swaps tried, %d kept, %d solves, batch %d, λ=%.6f", attempts, accepted,
                        solves, batch, cur.ends().twoSided()));
            }
        }
        // Nothing kept: the best sample and the first solve's λ (no second full solve of a large graph).
        Graph result = accepted == 0 ? best : st.toGraph();
        double finalLambda = accepted == 0 ? startLambda : Spectra.adjacency(result, SpectralMethod.AUTO, 1e-12).twoSided();
        if (finalLambda > startLambda) {
            result = best;
            finalLambda = startLambda;
        }
        long elapsed = System.nanoTime() - start;
        report(String.format("near-optimal: done, λ=%.6f after %d swaps tried, %d kept, %d solves, %.1f s", finalLambda,
                attempts, accepted, solves, elapsed / 1e9));
        return new SearchResult(result, startLambda, finalLambda, drawn, ramanujan, attempts, accepted, solves,
                Duration.ofNanos(elapsed));
    }

    /**
     * One try of a round: a batch chosen on {@code st}, applied, and both ends recomputed by a warm
     * Lanczos run that stops as soon as λ did not drop (Ritz values lie inside the spectrum). Kept
     * only if λ dropped, μ2 stays below d and the graph stays connected; otherwise undone.
     */
    private Trial trial(SwapState st, LanczosEigenSolver solver, RandomGenerator rng, RitzSet cur, double lambda, double window,
            int limit, double[] ones) {
        int[] chosen = st.chooseBatch(rng, cur, lambda, window, limit);
        int size = chosen.length / 4;
        if (size == 0) return new Trial(0, null, false);
        for (int i = 0; i < chosen.length; i += 4) st.swap(chosen[i], chosen[i + 1], chosen[i + 2], chosen[i + 3]);
        double[] warm = warmStart(cur, rng);
        RitzSet next = solver.extremeRitzSet(st, ones, warm, GUIDES, (max, min, err) -> Math.max(max, -min) >= lambda);
        boolean kept = !next.rejected() && next.ends().converged() && next.ends().twoSided() < lambda - 1e-12
                && next.ends().largest() < d - 1e-8 && st.isConnected();
        if (!kept) for (int i = chosen.length - 4; i >= 0; i -= 4) st.swap(chosen[i], chosen[i + 2], chosen[i + 1], chosen[i + 3]);
        return new Trial(size, next, kept);
    }

    /** The outcome of {@link #trial}: swaps in the batch, the solve (null when no batch was found), whether it was kept. */
    private record Trial(int size, RitzSet next, boolean kept) {}

    /** The sum of the current Ritz vectors plus a little noise (so no direction is missing). */
    private static double[] warmStart(RitzSet cur, RandomGenerator rng) {
        int n = cur.topVectors()[0].length;
        double[] warm = new double[n];
        for (int i = 0; i < n; i++) warm[i] = 1e-3 * (rng.nextDouble() - 0.5);
        for (double[][] end : new double[][][] {cur.topVectors(), cur.bottomVectors()})
            for (double[] v : end) for (int i = 0; i < n; i++) warm[i] += v[i];
        return warm;
    }

    private void report(String line) {
        if (progress != null) progress.accept(line);
    }

    /**
     * Mutable d-regular adjacency (flat {@code n × d} slots) that is also the operator {@code A}, by
     * blocks of rows so that Lanczos fuses its first pass into the product.
     */
    private final class SwapState implements RowBlockOperator {
        final int[] adj = new int[n * d];

        SwapState(Graph g) {
            for (int v = 0; v < n; v++) for (int k = 0; k < d; k++) adj[v * d + k] = g.neighbor(v, k);
        }

        SwapState(SwapState other) {
            copyFrom(other);
        }

        /** Makes this state equal to {@code other}. */
        void copyFrom(SwapState other) {
            System.arraycopy(other.adj, 0, adj, 0, adj.length);
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public void apply(double[] x, double[] y) {
            // One thread: Lanczos forms its products block by block (applyRows, on two threads from
            // PARALLEL_MIN rows); the whole product is only its one M u per solve.
            rows(x, y, 0, n);
        }

        @Override
        public void applyRows(double[] x, double[] y, int from, int to) {
            rows(x, y, from, to);
        }

        /** Rows {@code [from, to)} of {@code y = A x}, by the graph operators' regular kernel. */
        private void rows(double[] x, double[] y, int from, int to) {
            RegularRowSums.sums(adj, d, x, y, from, to);
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

        /**
         * Up to {@code limit} node-disjoint valid swaps, each predicted (to first order) to lower
         * every guiding eigenvalue: those within {@code window} of λ at either end. A swap's first
         * order change of the Rayleigh quotient of a unit vector x is
         * {@code 2(x_a x_c + x_b x_e − x_a x_b − x_c x_e)}; for the bottom end the change of {@code |μ|}
         * is its negative. The score of a swap is the worst of these changes; candidates with a
         * negative score are taken best first. Disjoint swaps add their first-order effects and
         * cannot create the same edge twice. Returns the swaps as {@code (a, b, c, e)} quadruples.
         */
        int[] chooseBatch(RandomGenerator rng, RitzSet cur, double lambda, double window, int limit) {
            List<double[]> guides = new ArrayList<>();
            List<Double> signs = new ArrayList<>();
            double[] dominant = cur.topValues()[0] >= -cur.bottomValues()[0] ? cur.topValues() : cur.bottomValues();
            boolean small = n < SMALL_GRAPH;
            if (!small) window = Math.max(window, lambda - Math.abs(dominant[dominant.length - 1]));
            for (int j = 0; j < cur.topValues().length; j++) {
                if (j == 0 || cur.topValues()[j] >= lambda - window) {
                    guides.add(cur.topVectors()[j]);
                    signs.add(1.0);
                }
            }
            for (int j = 0; j < cur.bottomValues().length; j++) {
                if (-cur.bottomValues()[j] >= lambda - window || (j == 0 && -cur.bottomValues()[0] >= cur.topValues()[0])) {
                    guides.add(cur.bottomVectors()[j]);
                    signs.add(-1.0);
                }
            }
            double[] lead = guides.get(0);
            double leadSign = signs.get(0);
            int[] heavy = heaviest(lead, Math.max(64, n / 20));
            int candidates = small ? SMALL_CANDIDATES : Math.max(CANDIDATES, 16 * limit);
            int[] quad = new int[4 * candidates];
            double[] score = new double[candidates];
            Integer[] order = new Integer[candidates];
            int found = 0;
            for (int t = 0; t < candidates; t++) {
                int a, b, c, e;
                if (small || (t & 1) == 0) {
                    a = rng.nextInt(n);
                    b = adj[a * d + rng.nextInt(d)];
                    c = rng.nextInt(n);
                    e = adj[c * d + rng.nextInt(d)];
                } else {
                    // Guided: a and c among the largest |x| of the lead vector; for the top end x_c has the
                    // other sign (the new edges a-c, b-e join opposite signs), for the bottom end the same sign;
                    // b and e are the neighbours whose removed edges contribute most.
                    a = heavy[rng.nextInt(heavy.length)];
                    c = heavy[rng.nextInt(heavy.length)];
                    if ((lead[a] * lead[c] < 0) != (leadSign > 0)) continue;
                    b = strongestNeighbor(a, lead, leadSign);
                    e = strongestNeighbor(c, lead, leadSign);
                }
                if (a == c || a == e || b == c || b == e || has(a, c) || has(b, e)) continue;
                double worst = Double.NEGATIVE_INFINITY;
                for (int g = 0; g < guides.size(); g++) {
                    double[] x = guides.get(g);
                    double delta = 2 * (x[a] * x[c] + x[b] * x[e] - x[a] * x[b] - x[c] * x[e]);
                    worst = Math.max(worst, signs.get(g) * delta);
                }
                if (!(worst < 0)) continue;
                quad[4 * found] = a;
                quad[4 * found + 1] = b;
                quad[4 * found + 2] = c;
                quad[4 * found + 3] = e;
                score[found] = worst;
                order[found] = found;
                found++;
            }
            Arrays.sort(order, 0, found, (i, j) -> Double.compare(score[i], score[j]));
            int[] out = new int[4 * Math.min(limit, found)];
            int taken = 0;
            java.util.BitSet used = new java.util.BitSet(n);
            for (int r = 0; r < found && taken < limit; r++) {
                int i = order[r];
                int a = quad[4 * i], b = quad[4 * i + 1], c = quad[4 * i + 2], e = quad[4 * i + 3];
                if (used.get(a) || used.get(b) || used.get(c) || used.get(e)) continue;
                used.set(a);
                used.set(b);
                used.set(c);
                used.set(e);
                System.arraycopy(quad, 4 * i, out, 4 * taken, 4);
                taken++;
            }
            return Arrays.copyOf(out, 4 * taken);
        }

        /** The {@code count} nodes of largest {@code |x|} (ties may add a few). */
        private int[] heaviest(double[] x, int count) {
            double[] mag = new double[n];
            for (int v = 0; v < n; v++) mag[v] = Math.abs(x[v]);
            double[] sorted = mag.clone();
            Arrays.sort(sorted);
            double threshold = sorted[Math.max(0, n - count)];
            int[] out = new int[n];
            int k = 0;
            for (int v = 0; v < n; v++) if (mag[v] >= threshold) out[k++] = v;
            return Arrays.copyOf(out, k);
        }

        /** The neighbour {@code u} of {@code v} maximizing {@code sign · x_v x_u} (the edge whose removal helps most). */
        private int strongestNeighbor(int v, double[] x, double sign) {
            int best = adj[v * d];
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int k = v * d, end = k + d; k < end; k++) {
                double value = sign * x[v] * x[adj[k]];
                if (value > bestValue) {
                    bestValue = value;
                    best = adj[k];
                }
            }
            return best;
        }

        /** Whether the current graph is connected (breadth-first search on the slots). */
        boolean isConnected() {
            boolean[] seen = new boolean[n];
            int[] queue = new int[n];
            int head = 0, tail = 0;
            queue[tail++] = 0;
            seen[0] = true;
            while (head < tail) {
                int v = queue[head++];
                for (int k = v * d, end = k + d; k < end; k++) {
                    int u = adj[k];
                    if (!seen[u]) {
                        seen[u] = true;
                        queue[tail++] = u;
                    }
                }
            }
            return tail == n;
        }

        Graph toGraph() {
            GraphBuilder gb = new GraphBuilder(n, (long) n * d / 2);
            for (int v = 0; v < n; v++) for (int k = 0; k < d; k++) if (v < adj[v * d + k]) gb.addEdge(v, adj[v * d + k]);
            return gb.build();
        }
    }
}
