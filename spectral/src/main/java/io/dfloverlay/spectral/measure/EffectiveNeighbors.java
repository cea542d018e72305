package io.dfloverlay.spectral.measure;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.spectral.solver.DenseSymmetricEigenSolver;
import io.dfloverlay.spectral.solver.GraphOperators;
import io.dfloverlay.spectral.solver.SymmetricOperator;
import java.util.SplittableRandom;

/**
 * Effective number of neighbours of a gossip matrix, after Vogels et al., "Beyond spectral gap:
 * the role of the topology in decentralized learning" (NeurIPS 2022): how many nodes' independent
 * noise a node effectively averages when past gossip is discounted by {@code γ ∈ (0, 1)}:
 *
 * <pre>  n_W(γ) = Σ_{t≥1} γ^t  /  Σ_{t≥1} γ^t · (1/n)‖W^t‖_F²</pre>
 *
 * where {@code (1/n)‖W^t‖_F² = (1/n) Σ_i ‖W^t e_i‖²} is the mean squared weight a node's state puts
 * on the individual nodes after t gossip steps. {@code n_I(γ) = 1} (no communication) and
 * {@code n_{J/n}(γ) = n} (exact averaging); it grows with γ (longer memory mixes further). With the
 * eigenvalues λ_k of symmetric W, {@code (1/n)‖W^t‖_F² = (1/n) Σ_k λ_k^{2t}}, so
 * {@code n_W(γ) = (1/(1−γ)) / ((1/n) Σ_k λ_k²/(1 − γ λ_k²))}.
 *
 * <p>{@link #exact} uses that closed form with all eigenvalues (dense, {@code O(n^3)});
 * {@link #estimate} uses Hutchinson's trace estimator {@code ‖W^t z‖²} with seeded Rademacher
 * probes z, summing the series until {@code γ^t < 1e-12} ({@code O(probes · T · (n + m))}).
 * Stateless and thread-safe.
 */
public final class EffectiveNeighbors {
    /** Largest n for which {@link #of} uses the exact dense formula. */
    public static final int EXACT_MAX_NODES = 2000;

    private EffectiveNeighbors() {}

    /** Exact up to {@value #EXACT_MAX_NODES} nodes, else a 32-probe estimate with seed 1. */
    public static double of(MixingMatrix w, double gamma) {
        return w.size() <= EXACT_MAX_NODES ? exact(w, gamma) : estimate(w, gamma, 32, 1L);
    }

    /**
     * Exact value from all eigenvalues of symmetric W.
     *
     * @throws IllegalArgumentException if γ is not in (0, 1), W is not symmetric or has size below 2
     */
    public static double exact(MixingMatrix w, double gamma) {
        checkGamma(gamma);
        double[] ev = new DenseSymmetricEigenSolver().eigenvalues(GraphOperators.mixing(w));
        double s = 0;
        for (double l : ev) {
            double l2 = Math.min(l * l, 1.0);
            s += l2 / (1 - gamma * l2);
        }
        return (1 / (1 - gamma)) / (s / ev.length);
    }

    /**
     * Stochastic estimate (unbiased denominator) with {@code probes} Rademacher vectors.
     *
     * @throws IllegalArgumentException if γ is not in (0, 1), probes < 1, or W is not symmetric
     */
    public static double estimate(MixingMatrix w, double gamma, int probes, long seed) {
        checkGamma(gamma);
        if (probes < 1) throw new IllegalArgumentException("probes must be >= 1, got " + probes);
        SymmetricOperator op = GraphOperators.mixing(w);
        int n = op.dimension();
        int steps = (int) Math.ceil(Math.log(1e-12) / Math.log(gamma));
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n], y = new double[n];
        double denom = 0;
        for (int p = 0; p < probes; p++) {
            for (int i = 0; i < n; i++) x[i] = rng.nextBoolean() ? 1 : -1;
            double gt = 1;
            for (int t = 1; t <= steps; t++) {
                op.apply(x, y);
                double[] tmp = x;
                x = y;
                y = tmp;
                gt *= gamma;
                double s = 0;
                for (int i = 0; i < n; i++) s += x[i] * x[i];
                denom += gt * s / n;
            }
        }
        denom /= probes;
        double numer = gamma / (1 - gamma);
        return numer / denom;
    }

    private static void checkGamma(double gamma) {
        if (!(gamma > 0 && gamma < 1)) throw new IllegalArgumentException("gamma must be in (0, 1), got " + gamma);
    }
}
