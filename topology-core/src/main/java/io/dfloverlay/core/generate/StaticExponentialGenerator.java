package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import java.util.random.RandomGenerator;

/**
 * The undirected static exponential graph: {@code i ~ i ± 2^k (mod n)} for
 * {@code k = 0..⌊log2(n−1)⌋}, the circulant graph used by BlueFog and analysed by Ying et al.,
 * "Exponential graph is provably efficient for decentralized deep training" (NeurIPS 2021), who
 * show {@code 1 − ρ = Θ(1/log n)} with uniform weights.
 *
 * <p>Degree: the graph is circulant, hence regular, with degree the number of distinct residues
 * {@code ±2^k mod n}; that is at most {@code 2(⌊log2(n−1)⌋ + 1)}, and exactly
 * {@code 2·log2(n) − 1} when n is a power of two (the shift {@code n/2} is its own negative).
 * Deterministic, {@code O(n log n)} time.
 */
public final class StaticExponentialGenerator implements GraphGenerator {
    private final int n;

    /**
     * A generator of the static exponential graph on {@code n} nodes.
     *
     * @param n number of nodes, {@code 2..2^26}
     * @throws IllegalArgumentException if {@code n < 2} or {@code n > 2^26}
     */
    public StaticExponentialGenerator(int n) {
        if (n < 2 || n > (1 << 26))
            throw new IllegalArgumentException("exponential graph needs 2 <= n <= 2^26, got n=" + n);
        this.n = n;
    }

    /** The shifts {@code 1, 2, 4, …, 2^⌊log2(n−1)⌋}. */
    static int[] shifts(int n) {
        int count = 32 - Integer.numberOfLeadingZeros(n - 1);
        int[] s = new int[count];
        for (int k = 0; k < count; k++) s[k] = 1 << k;
        return s;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        return CirculantGraphs.circulant(n, shifts(n));
    }

    @Override
    public String toString() {
        return "exponential(n=" + n + ")";
    }
}
