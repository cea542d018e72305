package io.dfloverlay.core.labelskew;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.topology.WeightedGenerator;
import io.dfloverlay.core.topology.WeightedOverlay;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * STL-FW, Sparse Topology Learning with Frank–Wolfe (Le Bars, Bellet, Tommasi, Lavoie, Kermarrec,
 * "Refined Convergence and Topology Learning for Decentralized SGD with Heterogeneous Data",
 * AISTATS 2023 / arXiv 2204.12321), as implemented here from our reading of the paper. With Π
 * the n × K matrix of the nodes' label proportions, J = 11ᵀ/n and a trade-off λ, it minimizes
 * <pre>  f(W) = (1/n) ‖(W − J) Π‖²_F + (λ/n) ‖W − J‖²_F</pre>
 * — the first term bounds the neighbourhood heterogeneity of gradients under label skew
 * ({@code (1/n) Σ_i ‖Σ_j W_ij π_j − π̄‖²}), the second the consensus (mixing) term — over
 * symmetric doubly-stochastic matrices, starting from W = I. Each Frank–Wolfe step solves the
 * linear minimization oracle over permutation matrices with the Hungarian method
 * ({@link LinearAssignment}) on the symmetrized gradient and uses the symmetric atom
 * S = (P + Pᵀ)/2 (so W stays exactly symmetric and doubly stochastic), with an exact line search
 * (f is quadratic), so f never increases. Sparsity: a step adds at most two neighbours per node;
 * to keep every degree at most {@code d}, the oracle may open a new edge {i, j} only while both
 * i and j have at most d − 2 neighbours (the paper bounds the degree by the number of
 * iterations; this mask is our way of enforcing a degree budget). Stops after {@code maxIterations}
 * steps or when the Frank–Wolfe gap is below 1e-12. Cost per step O(n³) (assignment) plus
 * O(n² K) for the gradient; fine for n up to a few hundred. Deterministic (no randomness).
 */
public final class StlFrankWolfe implements WeightedGenerator {
    private final LabelHistograms histograms;
    private final int d;
    private final double lambda;
    private final int maxIterations;

    /**
     * An STL-FW generator for these nodes.
     *
     * @param histograms the nodes' label histograms
     * @param d degree budget, at least 1 and below n
     * @param lambda weight of the consensus term, at least 0
     * @param maxIterations Frank–Wolfe steps, at least 1
     * @throws IllegalArgumentException if a value is out of range
     */
    public StlFrankWolfe(LabelHistograms histograms, int d, double lambda, int maxIterations) {
        this.histograms = Objects.requireNonNull(histograms, "histograms");
        int n = histograms.numNodes();
        if (d < 1 || d >= n) throw new IllegalArgumentException("d must be in [1, n-1] = [1, " + (n - 1) + "], got " + d);
        if (!(lambda >= 0) || !Double.isFinite(lambda)) throw new IllegalArgumentException("lambda must be finite and >= 0, got " + lambda);
        if (maxIterations < 1) throw new IllegalArgumentException("iterations must be at least 1, got " + maxIterations);
        this.d = d;
        this.lambda = lambda;
        this.maxIterations = maxIterations;
    }

    @Override
    public WeightedOverlay generate(RandomGenerator rng) {
        return learn().overlay();
    }

    /**
     * Runs Frank–Wolfe.
     *
     * @return the overlay and f(W) before the first and after every step
     */
    public StlFwResult learn() {
        int n = histograms.numNodes();
        double[][] pi = histograms.proportions();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) w[i][i] = 1;
        int[] degree = new int[n];
        double[] trace = new double[maxIterations + 1];
        trace[0] = objective(w, pi);
        int steps = 0;
        for (int it = 0; it < maxIterations; it++) {
            double[][] e = minusJ(w);
            double[][] epi = times(e, pi);
            double[][] grad = new double[n][n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) {
                    double s = lambda * e[i][j];
                    for (int k = 0; k < pi[j].length; k++) s += epi[i][k] * pi[j][k];
                    grad[i][j] = 2 * s / n;
                }
            double[][] cost = new double[n][n];
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) {
                    cost[i][j] = (grad[i][j] + grad[j][i]) / 2;
                    lo = Math.min(lo, cost[i][j]);
                    hi = Math.max(hi, cost[i][j]);
                }
            double forbidden = hi + 2.0 * n * (hi - lo + 1);
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    if (i != j && w[i][j] == 0 && (degree[i] > d - 2 || degree[j] > d - 2)) cost[i][j] = forbidden;
            int[] sigma = LinearAssignment.solve(cost);
            double[][] dir = new double[n][n];
            for (int i = 0; i < n; i++) {
                dir[i][sigma[i]] += 0.5;
                dir[sigma[i]][i] += 0.5;
            }
            double gap = 0;
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
                dir[i][j] -= w[i][j];
                gap -= grad[i][j] * dir[i][j];
            }
            if (gap <= 1e-12) break;
            double[][] dpi = times(dir, pi);
            double num = dot(epi, dpi) + lambda * dot(e, dir), den = dot(dpi, dpi) + lambda * dot(dir, dir);
            double gamma = den <= 0 ? 0 : Math.max(0, Math.min(1, -num / den));
            if (gamma == 0) break;
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) {
                    boolean wasZero = w[i][j] == 0;
                    w[i][j] += gamma * dir[i][j];
                    if (i != j && wasZero && w[i][j] != 0) degree[i]++;
                }
            steps++;
            trace[steps] = objective(w, pi);
        }
        return new StlFwResult(toOverlay(w), java.util.Arrays.copyOf(trace, steps + 1));
    }

    /**
     * The objective f(W) of a dense matrix, for checks and reports.
     *
     * @param w an n × n matrix
     * @return f(W) with this instance's histograms and λ
     */
    public double objective(double[][] w) {
        return objective(w, histograms.proportions());
    }

    private double objective(double[][] w, double[][] pi) {
        double[][] e = minusJ(w);
        double[][] epi = times(e, pi);
        return (dot(epi, epi) + lambda * dot(e, e)) / w.length;
    }

    private static double[][] minusJ(double[][] w) {
        int n = w.length;
        double[][] e = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) e[i][j] = w[i][j] - 1.0 / n;
        return e;
    }

    private static double[][] times(double[][] a, double[][] b) {
        int n = a.length, k = b[0].length;
        double[][] c = new double[n][k];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < a[i].length; j++) {
                double x = a[i][j];
                if (x != 0) for (int t = 0; t < k; t++) c[i][t] += x * b[j][t];
            }
        return c;
    }

    private static double dot(double[][] a, double[][] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[i].length; j++) s += a[i][j] * b[i][j];
        return s;
    }

    private static WeightedOverlay toOverlay(double[][] w) {
        int n = w.length;
        GraphBuilder b = new GraphBuilder(n);
        int[] offsets = new int[n + 1];
        int stored = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) if (w[i][j] != 0 || i == j) stored++;
            offsets[i + 1] = stored;
        }
        int[] cols = new int[stored];
        double[] vals = new double[stored];
        for (int i = 0, k = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (w[i][j] != 0 || i == j) {
                    cols[k] = j;
                    vals[k++] = w[i][j];
                    if (i < j) b.addEdge(i, j);
                }
        Graph g = b.build();
        return new WeightedOverlay(g, new MixingMatrix(offsets, cols, vals), new int[0][]);
    }
}
