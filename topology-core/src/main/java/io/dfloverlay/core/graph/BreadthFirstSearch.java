package io.dfloverlay.core.graph;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Breadth-first search over {@code int} node ids with buffers reused from one search to the next:
 * distances, BFS-tree parents and the nodes in the order they were reached. A search costs
 * {@code O(reached + scanned edges)}; it does not clear the buffers (an epoch stamp marks what the
 * current search reached), so running one search per source over a large graph costs no
 * {@code O(n)} reset per source. Either {@link #run} a whole search, or {@link #start} one and
 * {@link #expandNext} node by node to stop early or inspect each node as it is expanded.
 *
 * <p>Memory: four {@code int} arrays of the capacity. Deterministic (neighbours are scanned in the
 * graph's order). Mutable and not thread-safe: one instance per thread.
 */
public final class BreadthFirstSearch {
    private int[] dist;
    private int[] parent;
    private int[] order;
    private int[] stamp;
    private int epoch;
    private int head;
    private int tail;

    /**
     * A search over node ids {@code 0..capacity-1}.
     *
     * @param capacity one more than the largest node id searched (grown by {@link #ensureCapacity})
     * @throws IllegalArgumentException if {@code capacity < 0}
     */
    public BreadthFirstSearch(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        dist = new int[capacity];
        parent = new int[capacity];
        order = new int[capacity];
        stamp = new int[capacity];
    }

    /**
     * Grows the buffers so that ids up to {@code capacity - 1} can be searched; forgets the current search.
     *
     * @param capacity one more than the largest node id to be searched
     */
    public void ensureCapacity(int capacity) {
        if (capacity <= stamp.length) return;
        int cap = Math.max(capacity, stamp.length + (stamp.length >> 1));
        dist = new int[cap];
        parent = new int[cap];
        order = new int[cap];
        stamp = new int[cap];
        epoch = 0;
        head = tail = 0;
    }

    /**
     * The number of node ids the buffers hold.
     *
     * @return the capacity
     */
    public int capacity() {
        return stamp.length;
    }

    /**
     * Searches from {@code source} to the end.
     *
     * @param g      the graph (ids below {@link #capacity()})
     * @param source the node to start from
     * @return the number of nodes reached, {@code source} included
     */
    public int run(Adjacency g, int source) {
        start(source);
        while (expandNext(g) >= 0) {
            // expand all
        }
        return tail;
    }

    /**
     * Searches from {@code source} to the end, entering only nodes {@code admit} accepts.
     *
     * @param g      the graph (ids below {@link #capacity()})
     * @param source the node to start from (always reached)
     * @param admit  which other nodes the search may enter
     * @return the number of nodes reached, {@code source} included
     */
    public int run(Adjacency g, int source, IntPredicate admit) {
        start(source);
        while (expandNext(g, admit) >= 0) {
            // expand all
        }
        return tail;
    }

    /**
     * Starts a new search at {@code source} (distance 0, no parent); nothing is expanded yet.
     *
     * @param source the node to start from
     * @throws IllegalArgumentException if {@code source} is outside {@code 0..capacity()-1}
     */
    public void start(int source) {
        if (source < 0 || source >= stamp.length)
            throw new IllegalArgumentException("source " + source + " is outside 0.." + (stamp.length - 1));
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
        head = 0;
        tail = 0;
        visit(source, -1, 0);
    }

    /**
     * Expands the next node of the queue: marks its unreached neighbours as reached (its children).
     *
     * @param g the graph searched
     * @return the node expanded, or -1 when the search is complete
     */
    public int expandNext(Adjacency g) {
        if (head == tail) return -1;
        int v = order[head++];
        int dv = dist[v] + 1;
        for (int k = 0, deg = g.degree(v); k < deg; k++) {
            int u = g.neighbor(v, k);
            if (stamp[u] != epoch) visit(u, v, dv);
        }
        return v;
    }

    /**
     * As {@link #expandNext(Adjacency)}, entering only neighbours {@code admit} accepts.
     *
     * @param g     the graph searched
     * @param admit which nodes the search may enter
     * @return the node expanded, or -1 when the search is complete
     */
    public int expandNext(Adjacency g, IntPredicate admit) {
        if (head == tail) return -1;
        int v = order[head++];
        int dv = dist[v] + 1;
        for (int k = 0, deg = g.degree(v); k < deg; k++) {
            int u = g.neighbor(v, k);
            if (stamp[u] != epoch && admit.test(u)) visit(u, v, dv);
        }
        return v;
    }

    private void visit(int u, int from, int du) {
        stamp[u] = epoch;
        dist[u] = du;
        parent[u] = from;
        order[tail++] = u;
    }

    /**
     * Whether the current search has reached {@code v}.
     *
     * @param v a node id below {@link #capacity()}
     * @return true if reached
     */
    public boolean reached(int v) {
        return stamp[v] == epoch && epoch != 0;
    }

    /**
     * Hop distance from the source.
     *
     * @param v a node id below {@link #capacity()}
     * @return the distance, or -1 if the current search has not reached {@code v}
     */
    public int distance(int v) {
        return reached(v) ? dist[v] : -1;
    }

    /**
     * Parent of {@code v} in the breadth-first tree.
     *
     * @param v a node id below {@link #capacity()}
     * @return the node that reached {@code v}, or -1 for the source and unreached nodes
     */
    public int parent(int v) {
        return reached(v) ? parent[v] : -1;
    }

    /**
     * Number of nodes reached so far.
     *
     * @return the count, source included
     */
    public int reachedCount() {
        return tail;
    }

    /**
     * The {@code i}-th node reached (breadth-first order, so distances never decrease).
     *
     * @param i an index, {@code 0 <= i < reachedCount()}
     * @return the node id
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public int reachedAt(int i) {
        if (i < 0 || i >= tail) throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (tail - 1));
        return order[i];
    }

    /**
     * A node at the largest distance reached (the last one reached).
     *
     * @return the node id, or -1 if no search was started
     */
    public int farthest() {
        return tail == 0 ? -1 : order[tail - 1];
    }
}
