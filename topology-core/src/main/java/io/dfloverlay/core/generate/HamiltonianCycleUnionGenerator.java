package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.random.RandomGenerator;

/**
 * A {@code d}-regular graph ({@code d} even) as the union of {@code d/2} edge-disjoint random
 * Hamiltonian cycles: the overlay of Law &amp; Siu, "Distributed construction of random expander
 * networks", INFOCOM 2003, which stays regular under their local join/leave rules (see
 * {@link #generateCycles} for the cycle orders that such maintenance needs).
 *
 * <p><b>Algorithm.</b> The first cycle is a uniformly random permutation, hence a uniform random
 * Hamiltonian cycle. Each later cycle is built node by node: the next node is drawn uniformly
 * from the unvisited nodes and <em>redrawn</em> while it is already adjacent (in an earlier cycle)
 * to the current node; the closing edge must also be new. If no unvisited node is admissible the
 * cycle is redrawn from scratch (at most {@value #MAX_CYCLE_ATTEMPTS} times per cycle, then the
 * whole union is redrawn, at most {@value #MAX_UNION_ATTEMPTS} times, then
 * {@link GenerationFailedException}). Redrawing single steps instead of whole cycles is what makes
 * this reliable: NetworkX's {@code maybe_regular_expander_graph} redraws whole cycles, whose
 * success probability is about {@code exp(-(d-2))} for the last cycle at any {@code n}. The price
 * is that later cycles are close to, but not exactly, uniform among cycles avoiding the earlier
 * ones.
 *
 * <p><b>Feasible range.</b> Any even {@code d >= 2} with {@code d < n} is accepted (the complete
 * graph on odd {@code n} does split into {@code (n-1)/2} Hamiltonian cycles, Walecki). The
 * randomized construction is reliable for {@code n >= 2d} at any size, and measured on seeds
 * 0..299 it also succeeded for every {@code n > d} with {@code d <= 16} (even the complete graph
 * {@code K_17}), for every {@code n > d} with {@code d = 32} (50 seeds), for {@code d = 64} from
 * {@code n = 80} and {@code d = 128} from {@code n = 160} (10 seeds; seconds near those limits).
 * It fails, with the exception after a few seconds, for near-complete large cases such as
 * {@code n = 65, d = 64}. For large {@code n} dead ends are rare (about {@code d/n} per cycle).
 *
 * <p><b>Complexity.</b> Expected {@code O(n d^2)} time (each step checks {@code O(d)} earlier
 * neighbours) and {@code O(nd)} memory for large {@code n}. Immutable and thread-safe; output
 * depends only on the given {@link RandomGenerator}.
 */
public final class HamiltonianCycleUnionGenerator implements GraphGenerator {
    /** Bound on redraws of one cycle within one union attempt. */
    static final int MAX_CYCLE_ATTEMPTS = 1_000;
    /** Bound on redraws of the whole union. */
    static final int MAX_UNION_ATTEMPTS = 100;
    private static final int FAILS_BEFORE_ENUMERATION = 32;

    private final int n;
    private final int d;

    /**
     * A generator of the union of {@code d/2} random Hamiltonian cycles on {@code n} nodes.
     *
     * @param n number of nodes, {@code >= 3}
     * @param d degree of every node, even, {@code 2 <= d < n}
     * @throws IllegalArgumentException if {@code n < 3}, {@code d < 2}, {@code d} is odd,
     *     {@code d >= n}, or {@code n*d} exceeds {@code 2^31 - 9}
     */
    public HamiltonianCycleUnionGenerator(int n, int d) {
        if (n < 3) throw new IllegalArgumentException("n must be >= 3 for a Hamiltonian cycle, got n=" + n);
        if (d < 2 || d % 2 != 0)
            throw new IllegalArgumentException("d must be even and >= 2 (d/2 cycles), got d=" + d);
        if (d >= n) throw new IllegalArgumentException("d must be < n for a simple graph, got n=" + n + ", d=" + d);
        if ((long) n * d > ArrayLimits.MAX_ARRAY)
            throw new IllegalArgumentException("n*d must be <= " + ArrayLimits.MAX_ARRAY + ", got n*d=" + (long) n * d);
        this.n = n;
        this.d = d;
    }

    /** {@return the number of nodes} */
    public int numNodes() {
        return n;
    }

    /** {@return the common degree {@code d}} */
    public int degree() {
        return d;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        return union(n, generateCycles(rng));
    }

    /**
     * Draws the {@code d/2} edge-disjoint Hamiltonian cycles: row {@code c} lists the nodes of
     * cycle {@code c} in cycle order (each node once; the last node links back to the first).
     * {@code generate(rng)} equals {@code union(n, generateCycles(rng))} for equal generator states.
     *
     * @param rng source of randomness
     * @return {@code d/2} arrays of length {@code n}, each a permutation of {@code 0..n-1}
     * @throws GenerationFailedException if the bounded redraws are exhausted
     */
    public int[][] generateCycles(RandomGenerator rng) {
        int c = d / 2;
        for (int attempt = 0; attempt < MAX_UNION_ATTEMPTS; attempt++) {
            int[][] cycles = tryUnion(c, rng);
            if (cycles != null) return cycles;
        }
        throw new GenerationFailedException("HamiltonianCycleUnionGenerator: no " + c + " edge-disjoint Hamiltonian cycles"
                + " found for n=" + n + ", d=" + d + " after " + MAX_UNION_ATTEMPTS + " attempts (reliable for n >= 2d)");
    }

    private int[][] tryUnion(int c, RandomGenerator rng) {
        int[][] cycles = new int[c][];
        int[] slots = new int[n * d]; // neighbours from accepted cycles, deg[v] used per node
        int[] deg = new int[n];
        int[] rest = new int[n];
        for (int k = 0; k < c; k++) {
            int[] order = null;
            for (int attempt = 0; attempt < MAX_CYCLE_ATTEMPTS && order == null; attempt++) {
                order = tryCycle(slots, deg, rest, rng);
            }
            if (order == null) return null;
            for (int i = 0; i < n; i++) {
                int u = order[i], v = order[(i + 1) % n];
                slots[u * d + deg[u]++] = v;
                slots[v * d + deg[v]++] = u;
            }
            cycles[k] = order;
        }
        return cycles;
    }

    /** One cycle avoiding the edges in {@code slots}, or null at a dead end. */
    private int[] tryCycle(int[] slots, int[] deg, int[] rest, RandomGenerator rng) {
        for (int i = 0; i < n; i++) rest[i] = i;
        int[] order = new int[n];
        int r = n;
        int pick = rng.nextInt(r);
        int start = rest[pick];
        rest[pick] = rest[--r];
        order[0] = start;
        int cur = start;
        for (int t = 1; t < n; t++) {
            boolean last = t == n - 1;
            int idx = -1;
            for (int fails = 0; idx < 0; ) {
                int cand = rng.nextInt(r);
                if (admissible(slots, deg, cur, rest[cand], last, start)) {
                    idx = cand;
                } else if (++fails >= FAILS_BEFORE_ENUMERATION) {
                    idx = pickAdmissible(slots, deg, rest, r, cur, last, start, rng);
                    if (idx < 0) return null;
                }
            }
            cur = rest[idx];
            rest[idx] = rest[--r];
            order[t] = cur;
        }
        return order;
    }

    private boolean admissible(int[] slots, int[] deg, int cur, int w, boolean last, int start) {
        return !adjacent(slots, deg, cur, w) && !(last && adjacent(slots, deg, w, start));
    }

    /** Uniform choice among admissible indices of rest[0..r) (same law as continued redrawing), or -1. */
    private int pickAdmissible(int[] slots, int[] deg, int[] rest, int r, int cur, boolean last, int start,
            RandomGenerator rng) {
        int count = 0;
        for (int i = 0; i < r; i++) if (admissible(slots, deg, cur, rest[i], last, start)) count++;
        if (count == 0) return -1;
        int target = rng.nextInt(count);
        for (int i = 0; i < r; i++) {
            if (admissible(slots, deg, cur, rest[i], last, start) && target-- == 0) return i;
        }
        throw new AssertionError("count changed");
    }

    private boolean adjacent(int[] slots, int[] deg, int u, int v) {
        for (int i = u * d, end = i + deg[u]; i < end; i++) {
            if (slots[i] == v) return true;
        }
        return false;
    }

    /**
     * The graph whose edges are the consecutive pairs (cyclically) of each cycle.
     *
     * @param n number of nodes
     * @param cycles the cycles, each listing the nodes {@code 0..n-1} in cycle order
     * @return the union of the cycles, {@code 2·cycles.length}-regular
     * @throws IllegalArgumentException if a cycle is not a permutation of {@code 0..n-1}, or two
     *     cycles share an edge
     */
    public static Graph union(int n, int[][] cycles) {
        GraphBuilder b = new GraphBuilder(n, (long) n * cycles.length);
        boolean[] seen = new boolean[n];
        for (int c = 0; c < cycles.length; c++) {
            int[] order = cycles[c];
            if (order.length != n)
                throw new IllegalArgumentException("cycle " + c + " has " + order.length + " nodes, expected n=" + n);
            java.util.Arrays.fill(seen, false);
            for (int v : order) {
                if (v < 0 || v >= n || seen[v])
                    throw new IllegalArgumentException("cycle " + c + " is not a permutation of 0.." + (n - 1) + " (node " + v + ")");
                seen[v] = true;
            }
            for (int i = 0; i < n; i++) b.addEdge(order[i], order[(i + 1) % n]);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "HamiltonianCycleUnionGenerator[n=" + n + ", d=" + d + "]";
    }
}
