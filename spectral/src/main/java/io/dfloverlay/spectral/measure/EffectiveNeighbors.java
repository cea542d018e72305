package io.dfloverlay.spectral.measure;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.spectral.solver.DenseEigenSolver;
import io.dfloverlay.spectral.solver.DenseSymmetricEigenSolver;
import io.dfloverlay.spectral.solver.GraphOperators;
import io.dfloverlay.spectral.solver.SymmetricOperator;
import java.util.SplittableRandom;

/**
 * Effective number of neighbours of a gossip matrix, after Vogels et al., "Beyond spectral gap:
 * the role of the topology in decentralized learning" (NeurIPS 2022): how many nodes' independent
 * noise a node effectively averages when past gossip is discounted by {@code γ} in (0, 1):
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
 * probes z. For a doubly stochastic W the all-ones part of every probe is handled exactly (it
 * contributes {@code 1/n} at every t) and the rest decays like {@code (γ ρ(W)²)^t}, so the series
 * is summed until that factor falls below {@code 1e-8} (far below the estimator's own spread). {@link SpectralReport} reports it.
 * Stateless and thread-safe.
 *
 * @see io.dfloverlay.spectral.SpectralReport
 */
public final class EffectiveNeighbors {
    private EffectiveNeighbors() {}

    /**
     * Exact value from all eigenvalues of symmetric W (our dense solver).
     *
     * @param w     a symmetric mixing matrix, size at least 2
     * @param gamma the discount, in (0, 1)
     * @return {@code n_W(γ)}
     * @throws IllegalArgumentException if γ is not in (0, 1), W is not symmetric or has size below 2
     */
    public static double exact(MixingMatrix w, double gamma) {
        return exact(w, gamma, new DenseSymmetricEigenSolver());
    }

    /**
     * Exact value from all eigenvalues of symmetric W, computed by {@code solver}.
     *
     * @param w      a symmetric mixing matrix, size at least 2
     * @param gamma  the discount, in (0, 1)
     * @param solver the dense solver
     * @return {@code n_W(γ)}
     * @throws IllegalArgumentException if γ is not in (0, 1), W is not symmetric or has size below 2
     */
    public static double exact(MixingMatrix w, double gamma, DenseEigenSolver solver) {
        checkGamma(gamma);
        double[] ev = solver.eigenvalues(GraphOperators.mixing(w));
        double s = 0;
        for (double l : ev) {
            double l2 = Math.min(l * l, 1.0);
            s += l2 / (1 - gamma * l2);
        }
        return (1 / (1 - gamma)) / (s / ev.length);
    }

    /**
     * Stochastic estimate for a symmetric doubly stochastic W with {@code probes} Rademacher
     * vectors (unbiased denominator).
     *
     * @param w      the operator of a symmetric doubly stochastic matrix
     * @param gamma  the discount, in (0, 1)
     * @param rho    ρ(W) or an upper bound of it (sets how many powers are summed)
     * @param probes number of probe vectors, at least 1
     * @param seed   seed of the probes
     * @return the estimate of {@code n_W(γ)}
     * @throws IllegalArgumentException if γ is not in (0, 1), probes is below 1 or rho is not in [0, 1]
     */
    public static double estimate(SymmetricOperator w, double gamma, double rho, int probes, long seed) {
        checkGamma(gamma);
        if (probes < 1) throw new IllegalArgumentException("probes must be >= 1, got " + probes);
        if (!(rho >= 0 && rho <= 1 + 1e-9)) throw new IllegalArgumentException("rho must be in [0, 1], got " + rho);
        int n = w.dimension();
        double decay = gamma * Math.min(rho * rho, 1.0);
        int steps = decay <= 0 ? 1 : (int) Math.ceil(Math.log(1e-8) / Math.log(decay));
        steps = Math.min(steps, (int) Math.ceil(Math.log(1e-12) / Math.log(gamma)));
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n], y = new double[n];
        double perp = 0;
        for (int p = 0; p < probes; p++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextBoolean() ? 1 : -1;
                mean += x[i];
            }
            mean /= n;
            for (int i = 0; i < n; i++) x[i] -= mean;
            double gt = 1;
            for (int t = 1; t <= steps; t++) {
                w.apply(x, y);
                double[] tmp = x;
                x = y;
                y = tmp;
                gt *= gamma;
                double s = 0;
                for (int i = 0; i < n; i++) s += x[i] * x[i];
                perp += gt * s / n;
            }
        }
        double numer = gamma / (1 - gamma);
        return numer / (numer / n + perp / probes);
    }

    private static void checkGamma(double gamma) {
        if (!(gamma > 0 && gamma < 1)) throw new IllegalArgumentException("gamma must be in (0, 1), got " + gamma);
    }
}
