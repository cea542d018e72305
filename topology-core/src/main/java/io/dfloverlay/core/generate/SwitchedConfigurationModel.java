package io.dfloverlay.core.generate;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Random {@code k}-regular adjacency slots by the configuration model followed by switchings that
 * remove its few loops and multiple edges (the "switched configuration model" of S. Janson,
 * "Random graphs with given vertex degrees and switchings", Random Struct. Algorithms 57, 2020).
 *
 * <p>Point {@code p} belongs to node {@code p / k}; a uniform random perfect matching of the
 * {@code nk} points is drawn as in Fisher–Yates (one random index per pair, independent memory
 * accesses, so it runs near memory bandwidth rather than memory latency), and {@code slots[p]}
 * receives the node of {@code p}'s partner: row {@code u} of the multigraph is
 * {@code slots[u*k .. u*k+k)} with no degree array. The multigraph has about {@code (k-1)/2}
 * loops and {@code (k-1)^2/4} multiple edges in expectation, independent of {@code n}; each is
 * switched with a uniformly random edge {@code {c, e}}: {@code {u, b}, {c, e} -> {u, c}, {b, e}},
 * accepted only when it creates no new loop or multiple edge. For fixed {@code k} and growing
 * {@code n} the result is asymptotically uniform (Janson: in total variation when the degree
 * distribution has a bounded second moment). Measured against the exactly uniform rejection
 * sampler (k = 4): the mean triangle count is ~3% low at n = 20, ~1.7% low at n = 100 and
 * indistinguishable at n = 1000, which is why {@link RandomRegularGenerator} uses this method only
 * from {@code nk >= 2^19} points. Stateless; thread-safe as long as each call has its own generator.
 */
final class SwitchedConfigurationModel {
    private SwitchedConfigurationModel() {}

    /**
     * Slots of a simple {@code k}-regular graph on {@code n} nodes, or {@code null} if the switch
     * budget ran out (the caller restarts).
     */
    static int[] sample(int n, int k, RandomGenerator rng) {
        int total = n * k;
        int[] slots = new int[total];
        int[] pts = new int[total];
        for (int i = 0; i < total; i++) pts[i] = i;
        boolean powerOfTwo = (k & (k - 1)) == 0;
        int shift = Integer.numberOfTrailingZeros(k);
        for (int rem = total; rem > 0; rem -= 2) {
            int p = pts[rem - 1];
            int j = rng.nextInt(rem - 1);
            int q = pts[j];
            pts[j] = pts[rem - 2];
            // node of a point; the shift avoids two integer divisions per pair for d = 2^s
            slots[p] = powerOfTwo ? q >>> shift : q / k;
            slots[q] = powerOfTwo ? p >>> shift : p / k;
        }
        pts = null;
        // sorted rows make loops and duplicates visible at a glance; collect nodes with defects
        int[] bad = new int[16];
        int numBad = 0;
        for (int u = 0; u < n; u++) {
            int from = u * k, to = from + k;
            Arrays.sort(slots, from, to);
            for (int i = from; i < to; i++) {
                if (slots[i] == u || (i > from && slots[i] == slots[i - 1])) {
                    if (numBad == bad.length) bad = Arrays.copyOf(bad, 2 * numBad);
                    bad[numBad++] = u;
                    break;
                }
            }
        }
        long budget = 1_000L + 1_000L * numBad;
        for (int b = 0; b < numBad; b++) {
            int u = bad[b];
            for (int s = defect(slots, k, u); s >= 0; s = defect(slots, k, u)) {
                if (--budget < 0) return null;
                trySwitch(slots, k, u, s, rng.nextInt(total));
            }
        }
        return slots;
    }

    /** A slot of row {@code u} holding a loop or a repeated neighbour, or -1. */
    private static int defect(int[] slots, int k, int u) {
        int from = u * k, to = from + k;
        for (int i = from; i < to; i++) {
            int w = slots[i];
            if (w == u) return i;
            for (int j = from; j < i; j++) if (slots[j] == w) return i;
        }
        return -1;
    }

    private static int find(int[] slots, int k, int u, int w, int skip) {
        for (int i = u * k, to = i + k; i < to; i++) if (slots[i] == w && i != skip) return i;
        throw new AssertionError("slot of " + w + " missing in row " + u);
    }

    private static boolean contains(int[] slots, int k, int u, int w) {
        for (int i = u * k, to = i + k; i < to; i++) if (slots[i] == w) return true;
        return false;
    }

    /**
     * Switches the bad edge at slot {@code s} of row {@code u}, {@code {u, b}}, with the edge
     * {@code {c, e}} at slot {@code r} (a uniformly random oriented edge) if that creates no new
     * loop or multiple edge.
     */
    private static void trySwitch(int[] slots, int k, int u, int s, int r) {
        int b = slots[s];
        int c = r / k, e = slots[r];
        if (c == e || c == u || c == b || e == u || e == b) return;
        if (contains(slots, k, u, c) || contains(slots, k, b, e)) return;
        int t = find(slots, k, b, u, s); // the other end of {u, b}; for a loop, the other u-slot
        int x = find(slots, k, e, c, -1);
        slots[s] = c;
        slots[t] = e;
        slots[r] = u;
        slots[x] = b;
    }
}
