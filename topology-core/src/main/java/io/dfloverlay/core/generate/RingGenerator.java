package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import java.util.random.RandomGenerator;

/**
 * The cycle {@code C_n}: {@code i ~ i ± 1 (mod n)}. 2-regular, {@code n} edges, diameter
 * {@code ⌊n/2⌋}; the slowest-mixing connected baseline ({@code 1 − ρ = Θ(1/n²)}). Deterministic
 * (the random generator is ignored), {@code O(n)} time.
 */
public final class RingGenerator implements GraphGenerator {
    private final int n;

    /**
     * A generator of the cycle {@code C_n}.
     *
     * @param n number of nodes, {@code >= 3}
     * @throws IllegalArgumentException if {@code n < 3}
     */
    public RingGenerator(int n) {
        if (n < 3) throw new IllegalArgumentException("ring needs n >= 3, got n=" + n);
        this.n = n;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        return CirculantGraphs.circulant(n, new int[] {1});
    }

    @Override
    public String toString() {
        return "ring(n=" + n + ")";
    }
}
