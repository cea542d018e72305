package io.dfloverlay.sim.engine;

import io.dfloverlay.sim.model.ModelSpec;

/**
 * The unavoidable work of one D-SGD round (one local step, one gossip) of n clients: the GEMM
 * floating-point operations of the forward and backward passes, and the bytes of a gossip that
 * reads every neighbour row from memory. Per client and example, layer l costs {@code 2·in·out}
 * flops forward ({@code Z = A·W}), as much for {@code dW = Aᵀ·dZ}, and again as much for
 * {@code dA = dZ·Wᵀ} except at the first layer (no gradient for the input), so the round's GEMM flops
 * are {@code 2·n·b·(2·Σ_l in_l·out_l + Σ_{l≥1} in_l·out_l)}; for MLP 784-256-10, n = 100, b = 32 that
 * is 2.62 GFLOP. The gossip reads d neighbour rows and the client's own row and writes one row:
 * {@code 4·n·p·(d + 2)} bytes in float32 (0.81 GB for p = 203,530, d = 8). Bias additions,
 * activations and the loss are left out (a few per cent of the flops).
 *
 * @param gemmFlops   floating-point operations of the round's matrix products
 * @param gossipBytes bytes moved by the gossip
 */
public record DsgdRoundCost(double gemmFlops, double gossipBytes) {
    /** Checks both are non-negative. */
    public DsgdRoundCost {
        if (!(gemmFlops >= 0) || !(gossipBytes >= 0)) throw new IllegalArgumentException("costs must be >= 0, got " + gemmFlops + ", " + gossipBytes);
    }

    /**
     * The cost of one round.
     *
     * @param model   the network
     * @param clients n, at least 1
     * @param batch   examples per client step, at least 1
     * @param degree  neighbours per client (stored off-diagonal entries of a row of W), at least 0
     * @return the round's cost
     * @throws IllegalArgumentException if a count is out of range
     */
    public static DsgdRoundCost of(ModelSpec model, int clients, int batch, int degree) {
        if (clients < 1 || batch < 1 || degree < 0)
            throw new IllegalArgumentException("need clients >= 1, batch >= 1, degree >= 0, got " + clients + ", " + batch + ", " + degree);
        double macsPerExample = 0;
        for (int l = 0; l < model.numLayers(); l++) macsPerExample += (l == 0 ? 2.0 : 3.0) * model.in(l) * model.out(l);
        double flops = 2.0 * clients * batch * macsPerExample;
        double bytes = 4.0 * clients * model.numParameters() * (degree + 2);
        return new DsgdRoundCost(flops, bytes);
    }

    /**
     * Seconds for the GEMMs at the measured SGEMM rate.
     *
     * @param rates the machine's measured rates
     * @return seconds
     */
    public double gemmSeconds(CpuRates rates) {
        return gemmFlops / rates.sgemmFlopsPerSecond();
    }

    /**
     * Seconds for the gossip bytes at the measured copy bandwidth.
     *
     * @param rates the machine's measured rates
     * @return seconds
     */
    public double gossipSeconds(CpuRates rates) {
        return gossipBytes / rates.copyBytesPerSecond();
    }

    /**
     * The floor: {@link #gemmSeconds} plus {@link #gossipSeconds}.
     *
     * @param rates the machine's measured rates
     * @return seconds
     */
    public double floorSeconds(CpuRates rates) {
        return gemmSeconds(rates) + gossipSeconds(rates);
    }
}
