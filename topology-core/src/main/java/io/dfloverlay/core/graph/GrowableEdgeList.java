package io.dfloverlay.core.graph;

import java.util.Arrays;
import java.util.Objects;

/**
 * Growable pair of {@code int[]} edge-endpoint arrays {@code (u_i, v_i)} for code that emits edges
 * one at a time: the storage of {@link GraphBuilder} and of multigraph constructions that are
 * simplified afterwards. Stores pairs as given (no range, loop or duplicate checks). Amortised
 * {@code O(1)} per edge by doubling, up to a fixed maximum; {@code 8} bytes per slot. Not thread-safe.
 */
public final class GrowableEdgeList {
    private final int maxEdges;
    private int[] us;
    private int[] vs;
    private int size;

    /**
     * An empty list with room for {@code expected} edges (at least 4, at most {@code maxEdges}).
     *
     * @param expected initial capacity in edges
     * @param maxEdges the most edges it will ever hold; {@link #add} beyond that throws
     */
    public GrowableEdgeList(long expected, int maxEdges) {
        this.maxEdges = maxEdges;
        int cap = (int) Math.max(4, Math.min(expected, maxEdges));
        us = new int[cap];
        vs = new int[cap];
    }

    /**
     * Appends the pair {@code (u, v)}.
     *
     * @param u first endpoint
     * @param v second endpoint
     * @throws IllegalStateException if the list already holds {@code maxEdges} edges
     */
    public void add(int u, int v) {
        if (size == us.length) {
            int cap = (int) Math.min(2L * us.length, maxEdges);
            if (cap == size) throw new IllegalStateException("too many edges: " + size);
            us = Arrays.copyOf(us, cap);
            vs = Arrays.copyOf(vs, cap);
        }
        us[size] = u;
        vs[size] = v;
        size++;
    }

    /** {@return the number of pairs added} */
    public int size() {
        return size;
    }

    /**
     * First endpoint of a pair.
     *
     * @param i pair index, {@code 0 <= i < size()}
     * @return the first endpoint of pair {@code i}
     */
    public int u(int i) {
        return us[Objects.checkIndex(i, size)];
    }

    /**
     * Second endpoint of a pair.
     *
     * @param i pair index, {@code 0 <= i < size()}
     * @return the second endpoint of pair {@code i}
     */
    public int v(int i) {
        return vs[Objects.checkIndex(i, size)];
    }
}
