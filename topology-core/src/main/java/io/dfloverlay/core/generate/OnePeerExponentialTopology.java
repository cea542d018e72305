package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;

/**
 * The one-peer exponential graph (Ying et al., "Exponential graph is provably efficient for
 * decentralized deep training", NeurIPS 2021): in round t every node i averages with node
 * {@code i + 2^(t mod τ) (mod n)}, {@code τ = ⌈log2 n⌉}, i.e. {@code W_t = (I + P_t)/2} with
 * {@code P_t} the cyclic shift by {@code 2^(t mod τ)}.
 *
 * <p>Each {@code W_t} is doubly stochastic and directed (non-symmetric unless the shift is
 * {@code n/2}); every node sends one and receives one message per round, and {@link #graph(int)}
 * (the undirected support) has degree at most 2. When n is a power of two the product of one
 * period is exactly {@code J = 11ᵀ/n} (finite-time consensus); otherwise it only contracts.
 * {@code O(n)} per round.
 */
public final class OnePeerExponentialTopology implements TimeVaryingTopology {
    private final int n;
    private final int tau;

    /**
     * The one-peer exponential schedule on {@code n} nodes.
     *
     * @param n number of nodes, {@code 2..2^28}
     * @throws IllegalArgumentException if {@code n < 2} or {@code n > 2^28}
     */
    public OnePeerExponentialTopology(int n) {
        if (n < 2 || n > (1 << 28))
            throw new IllegalArgumentException("one-peer-exponential needs 2 <= n <= 2^28, got n=" + n);
        this.n = n;
        this.tau = 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    @Override
    public int numNodes() {
        return n;
    }

    @Override
    public int period() {
        return tau;
    }

    /**
     * The shift of a round.
     *
     * @param round the round, {@code >= 0}
     * @return the shift {@code 2^(round mod τ)}
     * @throws IllegalArgumentException if {@code round < 0}
     */
    public int shift(int round) {
        if (round < 0) throw new IllegalArgumentException("round must be >= 0, got " + round);
        return 1 << (round % tau);
    }

    @Override
    public Graph graph(int round) {
        return SparseRows.supportGraph(mixing(round));
    }

    @Override
    public MixingMatrix mixing(int round) {
        int s = shift(round);
        SparseRows rows = new SparseRows(n);
        for (int i = 0; i < n; i++) {
            rows.add(i, i, 0.5);
            rows.add(i, (int) ((i + (long) s) % n), 0.5);
        }
        return rows.toMatrix();
    }

    @Override
    public String toString() {
        return "one-peer-exponential(n=" + n + ")";
    }
}
