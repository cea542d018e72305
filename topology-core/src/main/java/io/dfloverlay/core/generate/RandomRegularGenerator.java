package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Random simple {@code d}-regular graph on {@code n} labelled nodes, (near-)uniform.
 *
 * <p><b>Algorithm.</b> All three methods work on the pairing (configuration) model: node
 * {@code v} owns {@code d} points and a perfect matching of the {@code nd} points gives a
 * multigraph. Which one runs depends only on {@code n} and {@code d} (see {@code mode}):
 * <ul>
 *   <li><b>Exact rejection</b> ({@code nd < 2^19} and {@code d <= 4}): a uniformly random pairing
 *       is drawn point by point and discarded at the first loop or multi-edge (Bollobás 1980).
 *       Every simple graph arises from exactly {@code (d!)^n} pairings, so the accepted graph is
 *       <em>exactly uniform</em>; the expected number of attempts is about
 *       {@code exp((d^2-1)/4)} (at most ~43).</li>
 *   <li><b>Switched configuration model</b> ({@code nd >= 2^19} and {@code d^4 <= n}, the large
 *       sparse case): one uniform pairing, then its O(d^2) loops and multi-edges are removed by
 *       random switchings (see {@code SwitchedConfigurationModel}); <em>asymptotically uniform</em>
 *       for fixed {@code d} as {@code n} grows (Janson, <i>Random Struct. Algorithms</i> 57, 2020).
 *       The pairing touches memory in independent random accesses, which is what makes
 *       {@code n = 10^7} fast.</li>
 *   <li><b>Steger–Wormald</b> (all other cases): repeatedly pick two unpaired points uniformly at
 *       random and pair them if they lie on different, not yet adjacent nodes, else pick again;
 *       restart if no suitable pair is left (Steger &amp; Wormald, <i>Combin. Probab. Comput.</i>
 *       8 (1999) 377–396). When many picks in a row fail, the suitable pairs are enumerated and one
 *       is drawn uniformly, which is the same distribution as continued rejection. The output is
 *       <em>asymptotically uniform</em> for {@code d = o(n^{1/3})} (Kim &amp; Vu, 2006); it is not
 *       exactly uniform at tiny {@code n}.</li>
 * </ul>
 * If {@code d > (n-1)/2} the complement ({@code (n-1-d)}-regular) is generated instead and
 * complemented, a bijection that preserves uniformity and keeps dense cases fast.
 *
 * <p>With {@code connected = true} whole graphs are resampled until connected (conditioning a
 * uniform sample keeps it uniform over connected graphs), at most {@value #MAX_CONNECT_ATTEMPTS}
 * times; for {@code d >= 3} a random regular graph is connected with high probability. For
 * {@code d = 2} a connected graph is a Hamiltonian cycle, drawn directly from a uniform random
 * permutation.
 *
 * <p><b>Complexity.</b> Expected {@code O(nd^2)} time (each of the {@code nd/2} pairings checks at
 * most {@code d} slots; {@code O(nd log d)} for the switched configuration model) plus
 * {@code O(n^2)} for the complement case; memory while pairing is at most {@code 8nd + 4n} bytes
 * of primitive arrays ({@code n = 10^7, d = 8} runs in a 2 GB heap), and the graph is built through
 * {@link GraphBuilder#fromRegularSlots}. Pairing attempts are bounded by
 * {@value #MAX_PAIRING_ATTEMPTS}. Instances are immutable and thread-safe; the output depends only
 * on the state of the given {@link RandomGenerator}.
 */
public final class RandomRegularGenerator implements GraphGenerator {
    /** Largest degree sampled by exact rejection of pairings (small cases only, see {@code mode}). */
    static final int EXACT_MAX_DEGREE = 4;
    /** From this many points ({@code nk}) on, sparse cases use the switched configuration model. */
    static final long SWITCHING_MIN_POINTS = 1L << 19;
    /** Bound on restarts of the pairing process for one graph. */
    static final int MAX_PAIRING_ATTEMPTS = 10_000;
    /** Bound on whole-graph resamples when a connected graph is requested. */
    static final int MAX_CONNECT_ATTEMPTS = 1_000;
    /** Consecutive failed picks after which the suitable pairs are enumerated (Steger–Wormald). */
    private static final int FAILS_BEFORE_ENUMERATION = 32;
    /** Enumeration of suitable pairs is only done when at most this many points are left. */
    private static final int MAX_ENUMERATION_POINTS = 1 << 14;

    private final int n;
    private final int d;
    private final boolean connected;

    /**
     * A generator of uniform random {@code d}-regular graphs on {@code n} nodes (not necessarily connected).
     *
     * @param n number of nodes, {@code >= 1}
     * @param d degree of every node, {@code 0 <= d < n}, with {@code n*d} even
     * @throws IllegalArgumentException if {@code n < 1}, {@code d < 0}, {@code d >= n}, or
     *     {@code n*d} is odd or exceeds {@code 2^31 - 9}
     */
    public RandomRegularGenerator(int n, int d) {
        this(n, d, false);
    }

    /**
     * A generator of uniform random {@code d}-regular graphs on {@code n} nodes, conditioned on
     * being connected when {@code connected} is true.
     *
     * @param n number of nodes, {@code >= 1}
     * @param d degree of every node, {@code 0 <= d < n}, with {@code n*d} even
     * @param connected whether to redraw until the graph is connected
     * @throws IllegalArgumentException if {@code n < 1}, {@code d < 0}, {@code d >= n},
     *     {@code n*d} is odd or exceeds {@code 2^31 - 9}, or {@code connected} is requested for
     *     {@code d = 0, n > 1} or {@code d = 1, n > 2} (no such connected graph exists)
     */
    public RandomRegularGenerator(int n, int d, boolean connected) {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got n=" + n);
        if (d < 0) throw new IllegalArgumentException("d must be >= 0, got d=" + d);
        if (d >= n)
            throw new IllegalArgumentException("d must be < n for a simple graph, got n=" + n + ", d=" + d);
        long nd = (long) n * d;
        if (nd % 2 != 0) throw new IllegalArgumentException("n*d must be even, got n=" + n + ", d=" + d);
        if (nd > ArrayLimits.MAX_ARRAY)
            throw new IllegalArgumentException("n*d must be <= " + ArrayLimits.MAX_ARRAY + ", got n*d=" + nd);
        if (connected && ((d == 0 && n > 1) || (d == 1 && n > 2)))
            throw new IllegalArgumentException("no connected " + d + "-regular graph on n=" + n
                    + " nodes exists (connected needs d >= 2, or n <= d + 1)");
        this.n = n;
        this.d = d;
        this.connected = connected;
    }

    /** {@return the number of nodes} */
    public int numNodes() {
        return n;
    }

    /** {@return the common degree {@code d}} */
    public int degree() {
        return d;
    }

    /** {@return whether generated graphs are conditioned on being connected} */
    public boolean connected() {
        return connected;
    }

    /**
     * Generates one graph.
     *
     * @throws GenerationFailedException if pairing restarts or connectivity resamples run out
     */
    @Override
    public Graph generate(RandomGenerator rng) {
        if (!connected) return sampleOnce(rng);
        if (d == 2) return hamiltonianCycle(rng);
        for (int attempt = 0; attempt < MAX_CONNECT_ATTEMPTS; attempt++) {
            Graph g = sampleOnce(rng);
            if (Connectivity.isConnected(g)) return g;
        }
        throw new GenerationFailedException("RandomRegularGenerator: no connected graph with n=" + n + ", d=" + d
                + " after " + MAX_CONNECT_ATTEMPTS + " samples");
    }

    private Graph sampleOnce(RandomGenerator rng) {
        boolean complement = 2L * d > n - 1;
        int k = complement ? n - 1 - d : d;
        int[] slots = pairing(k, rng);
        if (complement) slots = complementSlots(k, slots);
        return GraphBuilder.fromRegularSlots(n, d, slots);
    }

    /** Uniform Hamiltonian cycle: each labelled cycle comes from exactly 2n permutations. */
    private Graph hamiltonianCycle(RandomGenerator rng) {
        int[] order = FisherYates.permutation(n, rng);
        int[] slots = new int[2 * n];
        for (int i = 0; i < n; i++) {
            int v = order[i];
            slots[2 * v] = order[(i + n - 1) % n];
            slots[2 * v + 1] = order[(i + 1) % n];
        }
        return GraphBuilder.fromRegularSlots(n, 2, slots);
    }

    /** Adjacency slots (row v = slots[v*k .. v*k+k)) of a random simple k-regular graph. */
    private int[] pairing(int k, RandomGenerator rng) {
        if (k == 0) return new int[0];
        Mode mode = mode(n, k);
        if (mode == Mode.SWITCHED_CONFIGURATION) {
            for (int attempt = 0; attempt < MAX_PAIRING_ATTEMPTS; attempt++) {
                int[] slots = SwitchedConfigurationModel.sample(n, k, rng);
                if (slots != null) return slots;
            }
        } else {
            int total = n * k;
            int[] slots = new int[total];
            int[] deg = new int[n];
            int[] points = new int[total];
            for (int attempt = 0; attempt < MAX_PAIRING_ATTEMPTS; attempt++) {
                boolean ok = mode == Mode.EXACT_REJECTION
                        ? pairExact(k, slots, deg, points, rng)
                        : pairStegerWormald(k, slots, deg, points, rng);
                if (ok) return slots;
            }
        }
        throw new GenerationFailedException("RandomRegularGenerator: pairing for n=" + n + ", d=" + d
                + " got stuck in all " + MAX_PAIRING_ATTEMPTS + " attempts");
    }

    /** The sampling method used for degree {@code k <= (n-1)/2} (after complementing). */
    static Mode mode(int n, int k) {
        long points = (long) n * k;
        if (points < SWITCHING_MIN_POINTS) return k <= EXACT_MAX_DEGREE ? Mode.EXACT_REJECTION : Mode.STEGER_WORMALD;
        return (long) k * k * k * k <= n ? Mode.SWITCHED_CONFIGURATION : Mode.STEGER_WORMALD;
    }

    /** The three sampling methods, see the class documentation. */
    enum Mode { EXACT_REJECTION, STEGER_WORMALD, SWITCHED_CONFIGURATION }

    private void reset(int k, int[] deg, int[] points) {
        Arrays.fill(deg, 0);
        for (int v = 0, i = 0; v < n; v++) {
            for (int c = 0; c < k; c++) points[i++] = v;
        }
    }

    /** A uniform random pairing, abandoned at the first loop or multi-edge. */
    private boolean pairExact(int k, int[] slots, int[] deg, int[] points, RandomGenerator rng) {
        reset(k, deg, points);
        for (int rem = points.length; rem > 0; rem -= 2) {
            int u = points[rem - 1];
            int j = rng.nextInt(rem - 1);
            int v = points[j];
            if (u == v || adjacent(k, slots, deg, u, v)) return false;
            link(k, slots, deg, u, v);
            points[j] = points[rem - 2];
        }
        return true;
    }

    /** Steger–Wormald: uniform suitable pairs of points until all are paired or none is suitable. */
    private boolean pairStegerWormald(int k, int[] slots, int[] deg, int[] points, RandomGenerator rng) {
        reset(k, deg, points);
        int rem = points.length;
        int fails = 0;
        long totalFails = 0;
        long maxTotalFails = 64L * points.length + 1_000_000;
        while (rem > 0) {
            int i = rng.nextInt(rem);
            int j = rng.nextInt(rem);
            int u = points[i], v = points[j];
            if (i != j && u != v && !adjacent(k, slots, deg, u, v)) {
                link(k, slots, deg, u, v);
                rem = removeTwo(points, rem, i, j);
                fails = 0;
                continue;
            }
            if (++totalFails > maxTotalFails) return false;
            if (++fails >= FAILS_BEFORE_ENUMERATION && rem <= MAX_ENUMERATION_POINTS) {
                long pair = pickSuitable(k, slots, deg, points, rem, rng);
                if (pair < 0) return false;
                i = (int) (pair >>> 32);
                j = (int) pair;
                link(k, slots, deg, points[i], points[j]);
                rem = removeTwo(points, rem, i, j);
                fails = 0;
            }
        }
        return true;
    }

    /**
     * A uniformly random suitable pair among the first {@code rem} points, as two point indices
     * packed in a long, or -1 if none exists. Points on one node are interchangeable, so node
     * pairs are weighted by the product of their free point counts.
     */
    private long pickSuitable(int k, int[] slots, int[] deg, int[] points, int rem, RandomGenerator rng) {
        int[] nodes = new int[rem];
        int[] firstIndex = new int[rem];
        int distinct = 0;
        for (int i = 0; i < rem; i++) {
            int v = points[i];
            if (deg[v] < 0) continue;
            nodes[distinct] = v;
            firstIndex[distinct++] = i;
            deg[v] = ~deg[v]; // mark as seen (restored below)
        }
        for (int a = 0; a < distinct; a++) deg[nodes[a]] = ~deg[nodes[a]];
        long total = 0;
        for (int a = 0; a < distinct; a++) {
            for (int b = a + 1; b < distinct; b++) {
                if (!adjacent(k, slots, deg, nodes[a], nodes[b]))
                    total += (long) (k - deg[nodes[a]]) * (k - deg[nodes[b]]);
            }
        }
        if (total == 0) return -1;
        long target = rng.nextLong(total);
        for (int a = 0; a < distinct; a++) {
            for (int b = a + 1; b < distinct; b++) {
                if (adjacent(k, slots, deg, nodes[a], nodes[b])) continue;
                target -= (long) (k - deg[nodes[a]]) * (k - deg[nodes[b]]);
                if (target < 0) return ((long) firstIndex[a] << 32) | firstIndex[b];
            }
        }
        throw new AssertionError("weights do not add up");
    }

    private static boolean adjacent(int k, int[] slots, int[] deg, int u, int v) {
        for (int i = u * k, end = i + deg[u]; i < end; i++) {
            if (slots[i] == v) return true;
        }
        return false;
    }

    private static void link(int k, int[] slots, int[] deg, int u, int v) {
        slots[u * k + deg[u]++] = v;
        slots[v * k + deg[v]++] = u;
    }

    /** Removes indices i != j from points[0..rem) by moving the last entries in; returns rem - 2. */
    private static int removeTwo(int[] points, int rem, int i, int j) {
        int hi = Math.max(i, j), lo = Math.min(i, j);
        points[hi] = points[--rem];
        points[lo] = points[--rem];
        return rem;
    }

    /** Slots of the complement ((n-1-k)-regular) of the k-regular graph given by {@code slots}. */
    private int[] complementSlots(int k, int[] slots) {
        int dc = n - 1 - k;
        int[] out = new int[n * dc];
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        for (int v = 0, o = 0; v < n; v++) {
            for (int i = v * k; i < v * k + k; i++) mark[slots[i]] = v;
            for (int w = 0; w < n; w++) {
                if (w != v && mark[w] != v) out[o++] = w;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "RandomRegularGenerator[n=" + n + ", d=" + d + ", connected=" + connected + "]";
    }
}
