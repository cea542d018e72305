package io.dfloverlay.core.graph;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Mutable accumulator of undirected edges that builds an immutable {@link Graph}.
 *
 * <p>{@link #addEdge} rejects out-of-range ids and self-loops at once; {@link #build()} rejects
 * duplicate edges (in either orientation), naming the edge. Edges are kept in a {@link GrowableEdgeList}
 * (two growable {@code int[]}s), so building needs about {@code 16m} bytes besides the result. Not thread-safe.
 */
public final class GraphBuilder {
    private final int n;
    private final GrowableEdgeList edges;

    /**
     * A builder for a graph on {@code n} nodes.
     *
     * @param n number of nodes, at least 0
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public GraphBuilder(int n) {
        this(n, 16);
    }

    /**
     * A builder for a graph on {@code n} nodes with room for {@code expectedEdges} edges.
     *
     * @param n number of nodes, at least 0
     * @param expectedEdges initial edge capacity (grows as needed), {@code 0..Integer.MAX_VALUE/2}
     * @throws IllegalArgumentException if {@code n < 0} or {@code expectedEdges} is negative or too large
     */
    public GraphBuilder(int n, long expectedEdges) {
        if (n < 0) throw new IllegalArgumentException("number of nodes must be >= 0, got " + n);
        if (expectedEdges < 0 || expectedEdges > Integer.MAX_VALUE / 2)
            throw new IllegalArgumentException("expected edge count out of range: " + expectedEdges);
        this.n = n;
        this.edges = new GrowableEdgeList(expectedEdges, Integer.MAX_VALUE / 2);
    }

    /** {@return the number of nodes of the graph being built} */
    public int numNodes() {
        return n;
    }

    /** {@return the number of edges added so far (duplicates included until {@link #build()})} */
    public int numEdgesAdded() {
        return edges.size();
    }

    /**
     * Adds the undirected edge {@code {u, v}}.
     *
     * @param u one endpoint, {@code 0 <= u < n}
     * @param v the other endpoint, {@code 0 <= v < n}, {@code v != u}
     * @return this builder
     * @throws IllegalArgumentException if an id is outside {@code [0, n)} or {@code u == v}
     */
    public GraphBuilder addEdge(int u, int v) {
        if (u < 0 || u >= n) throw new IllegalArgumentException("node id " + u + " out of range [0, " + n + ")");
        if (v < 0 || v >= n) throw new IllegalArgumentException("node id " + v + " out of range [0, " + n + ")");
        if (u == v) throw new IllegalArgumentException("self-loop at node " + u + " is not allowed");
        edges.add(u, v);
        return this;
    }

    /**
     * Builds the graph; the builder stays usable. {@code O(n + m)} plus sorting each row.
     *
     * @return the graph on {@code n} nodes with the edges added so far
     * @throws IllegalArgumentException if an edge was added twice, naming it
     */
    public Graph build() {
        return csr(n, edges.size(), edges::u, edges::v);
    }

    /**
     * Builds a graph from parallel endpoint arrays, as a reader that parsed them in bulk holds
     * them: edge {@code i} is {@code {us[i], vs[i]}} for {@code i < size}. Same checks and result
     * as adding the edges one by one and calling {@link #build()}; the arrays are not kept.
     *
     * @param n    number of nodes, at least 0
     * @param us   first endpoints
     * @param vs   second endpoints
     * @param size number of edges, at most the length of both arrays
     * @return the graph on {@code n} nodes
     * @throws IllegalArgumentException if {@code n < 0}, {@code size} is out of range, an id is
     *     outside {@code [0, n)}, an edge is a self-loop or an edge appears twice (naming it)
     */
    public static Graph fromEdges(int n, int[] us, int[] vs, int size) {
        if (n < 0) throw new IllegalArgumentException("number of nodes must be >= 0, got " + n);
        if (size < 0 || size > us.length || size > vs.length || size > Integer.MAX_VALUE / 2)
            throw new IllegalArgumentException("size out of range: " + size);
        for (int i = 0; i < size; i++) {
            int u = us[i], v = vs[i];
            if (u < 0 || u >= n) throw new IllegalArgumentException("node id " + u + " out of range [0, " + n + ")");
            if (v < 0 || v >= n) throw new IllegalArgumentException("node id " + v + " out of range [0, " + n + ")");
            if (u == v) throw new IllegalArgumentException("self-loop at node " + u + " is not allowed");
        }
        return csr(n, size, i -> us[i], i -> vs[i]);
    }

    /** CSR arrays from {@code size} checked edges {@code {u(i), v(i)}}, rows sorted; rejects a repeated edge. */
    private static Graph csr(int n, int size, IntUnaryOperator u, IntUnaryOperator v) {
        int[] offsets = new int[n + 1];
        for (int i = 0; i < size; i++) {
            offsets[u.applyAsInt(i) + 1]++;
            offsets[v.applyAsInt(i) + 1]++;
        }
        for (int x = 0; x < n; x++) offsets[x + 1] += offsets[x];
        int[] fill = Arrays.copyOf(offsets, n);
        int[] nbrs = new int[2 * size];
        for (int i = 0; i < size; i++) {
            int a = u.applyAsInt(i), b = v.applyAsInt(i);
            nbrs[fill[a]++] = b;
            nbrs[fill[b]++] = a;
        }
        fill = null;
        for (int x = 0; x < n; x++) {
            int from = offsets[x], to = offsets[x + 1];
            if (to - from > 1) {
                sortRange(nbrs, from, to);
                for (int i = from + 1; i < to; i++) {
                    if (nbrs[i] == nbrs[i - 1])
                        throw new IllegalArgumentException("duplicate edge {" + x + ", " + nbrs[i] + "}");
                }
            }
        }
        return new Graph(offsets, nbrs);
    }

    private static void sortRange(int[] a, int from, int to) {
        if (to - from <= 24) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= from && a[j] > x) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
        } else {
            Arrays.sort(a, from, to);
        }
    }

    /**
     * Builds a graph directly from CSR arrays after validating them (sorted rows, symmetric, no
     * self-loops, no duplicates, ids in range). The arrays are copied.
     *
     * @param offsets row starts, length {@code n + 1}: row {@code v} is
     *     {@code neighbors[offsets[v] .. offsets[v+1]-1]}, {@code offsets[0] == 0},
     *     {@code offsets[n] == neighbors.length}
     * @param neighbors the concatenated rows, each strictly increasing; every edge appears in both rows
     * @return the validated graph
     * @throws IllegalArgumentException naming the first offending row and entry
     */
    public static Graph fromCsr(int[] offsets, int[] neighbors) {
        int[] off = offsets.clone();
        int[] nb = neighbors.clone();
        int n = off.length - 1;
        if (n < 0 || off[0] != 0 || off[n] != nb.length)
            throw new IllegalArgumentException("offsets must start at 0 and end at neighbors.length");
        for (int v = 0; v < n; v++) {
            if (off[v + 1] < off[v]) throw new IllegalArgumentException("offsets decrease at node " + v);
            for (int i = off[v]; i < off[v + 1]; i++) {
                int u = nb[i];
                if (u < 0 || u >= n) throw new IllegalArgumentException("node id " + u + " out of range [0, " + n + ") in row " + v);
                if (u == v) throw new IllegalArgumentException("self-loop at node " + v + " is not allowed");
                if (i > off[v] && nb[i - 1] >= u)
                    throw new IllegalArgumentException("row " + v + " is not strictly increasing (duplicate or unsorted neighbour " + u + ")");
            }
        }
        Graph g = new Graph(off, nb);
        for (int v = 0; v < n; v++) {
            for (int i = off[v]; i < off[v + 1]; i++) {
                if (!g.hasEdge(nb[i], v)) throw new IllegalArgumentException("edge {" + v + ", " + nb[i] + "} is not symmetric");
            }
        }
        return g;
    }

    /**
     * Builds a {@code d}-regular graph from fixed-size adjacency slots: row {@code v} is
     * {@code slots[v*d .. v*d+d-1]}, in any order. This is the compact path for large regular
     * generators: it needs {@code 4nd + 4n} bytes besides the input (a sorted copy and the offsets),
     * against about {@code 16m} more for {@link #build()}. The input array is not modified.
     *
     * <p>Validates ids, self-loops, duplicates and symmetry in {@code O(nd log d)} time.
     *
     * @param n number of nodes, at least 0
     * @param d degree of every node, at least 0
     * @param slots the rows, length {@code n*d}
     * @return the validated {@code d}-regular graph
     * @throws IllegalArgumentException if {@code n < 0}, {@code d < 0}, {@code slots.length != n*d},
     *     or the rows do not form a simple symmetric graph (naming the offending row)
     */
    public static Graph fromRegularSlots(int n, int d, int[] slots) {
        if (n < 0) throw new IllegalArgumentException("number of nodes must be >= 0, got " + n);
        if (d < 0) throw new IllegalArgumentException("degree must be >= 0, got " + d);
        if (slots.length != (long) n * d)
            throw new IllegalArgumentException("slots.length must be n*d = " + (long) n * d + ", got " + slots.length);
        int[] nb = slots.clone();
        int[] off = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int from = v * d, to = from + d;
            off[v + 1] = to;
            if (d > 1) sortRange(nb, from, to);
            for (int i = from; i < to; i++) {
                int u = nb[i];
                if (u < 0 || u >= n) throw new IllegalArgumentException("node id " + u + " out of range [0, " + n + ") in row " + v);
                if (u == v) throw new IllegalArgumentException("self-loop at node " + v + " is not allowed");
                if (i > from && nb[i - 1] == u) throw new IllegalArgumentException("duplicate edge {" + v + ", " + u + "}");
            }
        }
        Graph g = new Graph(off, nb);
        // Each entry u > v of row v is checked for its mirror in row u: an injection from "upper"
        // into "lower" entries, so equal counts make it a bijection. Half the random lookups.
        long upper = 0;
        for (int v = 0; v < n; v++) {
            for (int i = off[v]; i < off[v + 1]; i++) {
                int u = nb[i];
                if (u > v) {
                    if (!g.hasEdge(u, v)) throw new IllegalArgumentException("edge {" + v + ", " + u + "} is not symmetric");
                    upper++;
                }
            }
        }
        if (2 * upper != nb.length) {
            for (int v = 0; v < n; v++) {
                for (int i = off[v]; i < off[v + 1]; i++) {
                    if (!g.hasEdge(nb[i], v)) throw new IllegalArgumentException("edge {" + v + ", " + nb[i] + "} is not symmetric");
                }
            }
        }
        return g;
    }
}
