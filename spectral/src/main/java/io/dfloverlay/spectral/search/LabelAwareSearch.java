package io.dfloverlay.spectral.search;

import io.dfloverlay.core.generate.GraphGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.labelskew.LabelHistograms;
import io.dfloverlay.core.labelskew.LabelSkew;
import io.dfloverlay.spectral.SpectralCertificates;
import io.dfloverlay.spectral.solver.LanczosEigenSolver;
import io.dfloverlay.spectral.solver.RitzPairs;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A connected simple d-regular overlay that is both a good expander and label-balanced: it
 * minimizes
 * <pre>  J(G) = λ(A)/d + β · S(G)</pre>
 * where λ(A) = max(|μ2|, |μn|) (so λ/d is the spectral part of the gossip contraction of
 * (A + I)/(d + 1)) and S(G) is the neighbourhood label skew ({@link LabelSkew#neighbourhoodSkew}:
 * the mean over nodes of the total-variation distance between the label mix of the node's closed
 * neighbourhood and the global mix; with uniform weights this is how far a node's one-step
 * averaged gradient is, in label terms, from the global one). Both terms lie in [0, 1].
 *
 * <p>Algorithm (ours): start from a {@link NearOptimalSearch} graph ({@code startSwaps}
 * λ-lowering switches), then {@code swaps} times draw {@value #CANDIDATES} random valid
 * double-edge switches {@code {a,b},{c,e} → {a,c},{b,e}} (degrees unchanged), score each by its
 * exact skew change (O(K), only a, b, c, e change neighbourhoods) plus the first-order change of λ
 * from the current extreme eigenvectors, apply the best one if it is predicted to lower J, recompute
 * both spectral ends by Lanczos warm-started from the previous eigenvectors, and keep the switch
 * only if J dropped and μ2 stays below d (connected); else undo it. J never increases. The result
 * carries both terms before and after and the spectral certificate of the final graph.
 * Deterministic for a seed. Cost per switch: one warm Lanczos run, O(k nd), plus O(K) per candidate.
 */
public final class LabelAwareSearch implements GraphGenerator {
    /** Candidate switches screened per step. */
    public static final int CANDIDATES = 64;
    /** Default β, chosen from the measurements in docs/label-aware.md. */
    public static final double DEFAULT_BETA = 8.0;

    private final LabelHistograms histograms;
    private final int n, d;
    private final double beta;
    private final long swaps;
    private final long startSwaps;

    /**
     * A label-aware search for these nodes.
     *
     * @param histograms the nodes' label histograms, one row per node
     * @param d degree
     * @param beta weight of the skew term, at least 0 (0: λ only)
     * @param swaps label-aware switches attempted, at least 0
     * @param startSwaps λ-lowering switches of the near-optimal start, at least 0
     * @throws IllegalArgumentException if {@code d < 3}, {@code n <= d}, {@code n·d} is odd, or a count or β is negative
     */
    public LabelAwareSearch(LabelHistograms histograms, int d, double beta, long swaps, long startSwaps) {
        this.histograms = Objects.requireNonNull(histograms, "histograms");
        this.n = histograms.numNodes();
        if (d < 3) throw new IllegalArgumentException("d must be at least 3, got " + d);
        if (n <= d) throw new IllegalArgumentException("n must exceed d, got n=" + n + ", d=" + d);
        if (((long) n * d) % 2 != 0) throw new IllegalArgumentException("n*d must be even, got n=" + n + ", d=" + d);
        if (!(beta >= 0) || !Double.isFinite(beta)) throw new IllegalArgumentException("beta must be finite and >= 0, got " + beta);
        if (swaps < 0 || startSwaps < 0) throw new IllegalArgumentException("swap budgets must be at least 0, got " + swaps + " and " + startSwaps);
        this.d = d;
        this.beta = beta;
        this.swaps = swaps;
        this.startSwaps = startSwaps;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        return search(rng).graph();
    }

    /**
     * Runs the search.
     *
     * @param rng the randomness
     * @return the graph, both terms before and after, and its certificate
     */
    public LabelAwareResult search(RandomGenerator rng) {
        Graph start = NearOptimalSearch.withSwapBudget(n, d, startSwaps).generate(rng);
        RegularSlots g = new RegularSlots(start, d);
        NeighbourhoodMixes mixes = new NeighbourhoodMixes(g, d, histograms);
        LanczosEigenSolver solver = new LanczosEigenSolver(1e-9, 5_000, rng.nextLong());
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        RitzPairs cur = solver.extremesWithVectors(g, ones, null);
        double startLambda = lambda(cur), startSkew = mixes.skew();
        double objective = startLambda / d + beta * startSkew;
        long kept = 0;
        for (long t = 0; t < swaps; t++) {
            int[] best = null;
            double mu2 = cur.ends().largest(), muN = cur.ends().smallest();
            double[] x = cur.largestVector(), y = cur.smallestVector();
            double bestScore = Double.POSITIVE_INFINITY;
            for (int c = 0; c < CANDIDATES; c++) {
                int a = rng.nextInt(n), b = g.neighbor(a, rng.nextInt(d));
                int u = rng.nextInt(n), e = g.neighbor(u, rng.nextInt(d));
                if (!g.canSwitch(a, b, u, e)) continue;
                double d2 = 2 * (x[a] * x[u] + x[b] * x[e] - x[a] * x[b] - x[u] * x[e]);
                double dn = 2 * (y[a] * y[u] + y[b] * y[e] - y[a] * y[b] - y[u] * y[e]);
                double score = Math.max(mu2 + d2, -(muN + dn)) / d + beta * (mixes.skew() + mixes.delta(a, b, u, e));
                if (score < bestScore) {
                    bestScore = score;
                    best = new int[] {a, b, u, e};
                }
            }
            if (!(bestScore < objective)) continue;
            double skewAfter = mixes.skew() + mixes.delta(best[0], best[1], best[2], best[3]);
            g.switchEdges(best[0], best[1], best[2], best[3]);
            double[] warm = new double[n];
            for (int i = 0; i < n; i++) warm[i] = x[i] + y[i] + 1e-3 * (rng.nextDouble() - 0.5);
            RitzPairs next = solver.extremesWithVectors(g, ones, warm);
            double value = lambda(next) / d + beta * skewAfter;
            if (next.ends().converged() && next.ends().largest() < d - 1e-8 && value < objective - 1e-12) {
                mixes.apply(best[0], best[1], best[2], best[3]);
                cur = next;
                objective = value;
                kept++;
            } else {
                g.switchEdges(best[0], best[2], best[1], best[3]);
            }
        }
        Graph result = g.toGraph();
        return new LabelAwareResult(result, beta, startLambda, startSkew, LabelSkew.neighbourhoodSkew(result, histograms),
                SpectralCertificates.certify(result), swaps, kept);
    }

    private static double lambda(RitzPairs p) {
        return Math.max(p.ends().largest(), -p.ends().smallest());
    }
}
