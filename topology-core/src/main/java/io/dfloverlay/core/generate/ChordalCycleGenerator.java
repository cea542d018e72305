package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GrowableEdgeList;
import java.util.random.RandomGenerator;

/**
 * The chordal cycle graph on {@code Z_p}, p prime (Lubotzky, "Discrete Groups, Expanding Graphs
 * and Invariant Measures", 1994; NetworkX {@code chordal_cycle_graph}): {@code x ~ x ± 1} and
 * {@code x ~ x^{-1} (mod p)} with {@code 0^{-1} := 0}. The multigraph is 3-regular with loops at
 * the self-inverse elements 0, 1 and {@code p−1}; we return the SIMPLE graph (loops dropped, parallel
 * edges merged, e.g. for p = 3), so degrees are at most 3 — nodes 0, 1 and {@code p−1} have degree
 * 2 for {@code p > 3}. The family is an expander family. Deterministic, {@code O(p log p)} time.
 */
public final class ChordalCycleGenerator implements GraphGenerator {
    /** Largest p accepted. */
    public static final int MAX_P = 20_000_000;

    private final int p;

    /**
     * A generator of the chordal cycle graph on {@code p} nodes.
     *
     * @param p number of nodes, a prime {@code >= 3}, at most {@link #MAX_P}
     * @throws IllegalArgumentException if p is not a prime {@code >= 3} or exceeds {@link #MAX_P}
     */
    public ChordalCycleGenerator(int p) {
        if (p > MAX_P) throw new IllegalArgumentException("chordal-cycle needs p <= " + MAX_P + ", got p=" + p);
        if (p < 3 || !PrimeFields.isPrime(p))
            throw new IllegalArgumentException("chordal-cycle needs p to be a prime >= 3, got p=" + p);
        this.p = p;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        var edges = new GrowableEdgeList(2L * p, MultigraphSimplifier.MAX_EDGES);
        // Inverses by the recurrence inv[x] = −(p / x)·inv[p mod x], O(p) in total.
        int[] inv = new int[p];
        if (p > 1) inv[1] = 1;
        for (int x = 2; x < p; x++) inv[x] = (int) ((p - (long) (p / x) * inv[p % x] % p) % p);
        for (int x = 0; x < p; x++) {
            edges.add(x, (x + 1) % p);
            if (x < inv[x]) edges.add(x, inv[x]);
        }
        return MultigraphSimplifier.simplify(p, edges);
    }

    @Override
    public String toString() {
        return "chordal-cycle(p=" + p + ")";
    }
}
