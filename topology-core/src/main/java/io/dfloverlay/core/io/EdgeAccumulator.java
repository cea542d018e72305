package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Collects the edges of a text graph file with the line each came from, checks ids and
 * self-loops as they arrive, and builds the graph, reporting a duplicate edge with both lines.
 * Uses {@code 16} bytes per edge besides the graph. Not thread-safe.
 */
final class EdgeAccumulator {
    private final SourcePosition sc;
    private final int base;
    private int[] us = new int[1024];
    private int[] vs = new int[1024];
    private long[] lines = new long[1024];
    private int size;
    private int maxId = -1;
    private IntFunction<String> names;

    /**
     * @param sc the reader's position, for error messages
     * @param base first node id in the file (0, or 1 for Matrix Market); messages use file ids
     */
    EdgeAccumulator(SourcePosition sc, int base) {
        this.sc = sc;
        this.base = base;
    }

    /** Pre-sizes for {@code expected} edges as declared by a header (capped, so a bogus header cannot exhaust memory). */
    void reserve(long expected) {
        long cap = Math.min(expected, 1 << 25);
        if (cap > us.length) grow((int) cap);
    }

    /**
     * Adds the edge {@code {u, v}} given in file ids, with {@code n} the node count if known
     * ({@code -1} if the node count is the largest id seen).
     */
    void add(long u, long v, long n) throws GraphFormatException {
        checkId(u, n);
        checkId(v, n);
        if (u == v) throw sc.error("self-loop at node " + u + " is not allowed");
        if (size == us.length) grow(2 * size);
        int a = (int) (u - base), b = (int) (v - base);
        us[size] = a;
        vs[size] = b;
        lines[size++] = sc.lineNumber();
        maxId = Math.max(maxId, Math.max(a, b));
    }

    /**
     * Adds the edge between 0-based nodes {@code a} and {@code b}, already checked by the caller
     * (distinct, in range).
     */
    void addChecked(int a, int b) {
        if (size == us.length) grow(2 * size);
        us[size] = a;
        vs[size] = b;
        lines[size++] = sc.lineNumber();
        maxId = Math.max(maxId, Math.max(a, b));
    }

    /**
     * Renames every endpoint {@code v} to {@code to[v]} (a permutation of {@code 0..to.length-1})
     * and names nodes in error messages by {@code names} (applied to the new ids).
     */
    void relabel(int[] to, IntFunction<String> names) {
        for (int i = 0; i < size; i++) {
            us[i] = to[us[i]];
            vs[i] = to[vs[i]];
        }
        maxId = to.length - 1;
        this.names = names;
    }

    private void checkId(long id, long n) throws GraphFormatException {
        long hi = n >= 0 ? n + base : (long) Integer.MAX_VALUE - 1 + base;
        if (id < base || id >= hi)
            throw sc.error("node id " + id + " out of range [" + base + ", " + hi + ")");
    }

    private void grow(int cap) {
        us = Arrays.copyOf(us, cap);
        vs = Arrays.copyOf(vs, cap);
        lines = Arrays.copyOf(lines, cap);
    }

    /** Number of edges collected. */
    int size() {
        return size;
    }

    /** Largest 0-based id seen, -1 if none. */
    int maxId() {
        return maxId;
    }

    /**
     * Builds the graph on {@code n} nodes.
     *
     * @param mirrorsAllowed whether each edge may also appear reversed (as decentralizepy writes it);
     *     an exact repeat is still an error
     * @throws GraphFormatException naming the line of the first repeated edge
     */
    Graph build(int n, boolean mirrorsAllowed) throws GraphFormatException {
        try {
            return mirrorsAllowed ? buildMergingMirrors(n) : buildSimple(n);
        } catch (OutOfMemoryError e) {
            // one large array failed to allocate: report it like bad input instead of dying with a stack trace
            throw sc.errorAt(0, "not enough memory for a graph with n=" + n + ", m=" + size + " (raise -Xmx)");
        }
    }

    /**
     * Checks that a node count taken from the largest id (no header) is plausible: a stray huge id
     * in a small file would otherwise allocate gigabytes.
     */
    void checkInferredNodeCount() throws GraphFormatException {
        long limit = 4L * size + (1 << 20);
        if (maxId >= limit)
            throw sc.errorAt(0, "largest node id " + maxId + " is far above what " + size + " edges need; ids must be 0..n-1"
                    + " (add a '# nodes: N' header if the graph really has that many isolated nodes)");
    }

    /**
     * Builds the graph on {@code n} nodes from edges listed in both orientations (a general
     * symmetric matrix): each {@code (u, v)} must come with {@code (v, u)}.
     *
     * @throws GraphFormatException naming the line of the first entry in file order without its
     *     mirror, or of a repeated entry
     */
    Graph buildFromBothOrientations(int n) throws GraphFormatException {
        long[] keys = sortedKeys(true);
        for (int i = 0; i < size; ) {
            long pair = keys[i] >>> 1;
            int j = i + 1;
            if (j < size && keys[j] == keys[i]) throw duplicateError(true);
            if (j >= size || keys[j] >>> 1 != pair) throw missingMirror(keys);
            i = j + 1;
        }
        try {
            return buildMergingMirrors(n);
        } catch (OutOfMemoryError e) {
            throw sc.errorAt(0, "not enough memory for a graph with n=" + n + ", m=" + size / 2 + " (raise -Xmx)");
        }
    }

    private GraphFormatException missingMirror(long[] sortedOrientedKeys) {
        for (int i = 0; i < size; i++) {
            long mirror = key(i, true) ^ 1;
            if (Arrays.binarySearch(sortedOrientedKeys, mirror) < 0)
                return sc.errorAt(lines[i], "entry (" + name(us[i]) + ", " + name(vs[i]) + ") has no symmetric entry ("
                        + name(vs[i]) + ", " + name(us[i]) + "): a 'general' matrix must be symmetric to be an undirected graph");
        }
        throw new IllegalStateException("no entry without a mirror found");
    }

    private Graph buildSimple(int n) throws GraphFormatException {
        GraphBuilder b = new GraphBuilder(n, size);
        for (int i = 0; i < size; i++) b.addEdge(us[i], vs[i]);
        try {
            return b.build();
        } catch (IllegalArgumentException duplicate) {
            throw duplicateError(false);
        }
    }

    private Graph buildMergingMirrors(int n) throws GraphFormatException {
        long[] keys = sortedKeys(true);
        GraphBuilder b = new GraphBuilder(n, size);
        for (int i = 0; i < size; i++) {
            if (i > 0 && keys[i] == keys[i - 1]) throw duplicateError(true);
            long pair = keys[i] >>> 1;
            if (i > 0 && pair == keys[i - 1] >>> 1) continue; // the reversed copy of the previous edge
            b.addEdge((int) (pair >>> 31), (int) (pair & Integer.MAX_VALUE));
        }
        return b.build();
    }

    /** Edge keys {@code (min << 31 | max)}, shifted left by one with the orientation bit if asked, sorted. */
    private long[] sortedKeys(boolean oriented) {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) keys[i] = key(i, oriented);
        Arrays.sort(keys);
        return keys;
    }

    private String name(int v) {
        return names != null ? names.apply(v) : String.valueOf(v + base);
    }

    private long key(int i, boolean oriented) {
        int a = Math.min(us[i], vs[i]), b = Math.max(us[i], vs[i]);
        long k = (long) a << 31 | b;
        return oriented ? k << 1 | (us[i] > vs[i] ? 1 : 0) : k;
    }

    private GraphFormatException duplicateError(boolean oriented) {
        long[] keys = sortedKeys(oriented);
        long dup = -1;
        for (int i = 1; i < size && dup < 0; i++) if (keys[i] == keys[i - 1]) dup = keys[i];
        int first = -1;
        for (int i = 0; i < size; i++) {
            if (key(i, oriented) != dup) continue;
            if (first < 0) {
                first = i;
            } else {
                return sc.errorAt(lines[i], "duplicate edge {" + name(us[i]) + ", " + name(vs[i])
                        + "} (first at line " + lines[first] + ")");
            }
        }
        throw new IllegalStateException("no duplicate edge found");
    }
}
