package io.dfloverlay.maintenance;

import io.dfloverlay.core.graph.Adjacency;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The mutable overlay a maintainer repairs: a simple graph of maximum degree {@code d} over stable
 * external node ids, stored as {@code d} fixed adjacency slots per id (swap-remove), so adding or
 * removing an edge is {@code O(d)}. Keeps the alive ids in an array for {@code O(1)} uniform
 * sampling, the ids of degree below {@code d} in a second array (the "deficient" set), and a log
 * of every edge change so a strategy can try a repair and roll it back.
 *
 * <p>Ids are never reused: an id is unused, alive, or gone. Memory is {@code 4(d + 5)} bytes per
 * id ever used. Not thread-safe.
 */
public final class MutableOverlay implements Adjacency {
    private static final byte UNUSED = 0;
    private static final byte ALIVE = 1;
    private static final byte GONE = 2;

    private final int d;
    private int[] adj = new int[0];
    private int[] deg = new int[0];
    private byte[] state = new byte[0];
    private int[] alivePos = new int[0];
    private int[] deficientPos = new int[0];
    private int[] alive = new int[0];
    private int numAlive;
    private int idBound;
    private int[] deficient = new int[0];
    private int numDeficient;
    // change log: entries (sign * (u + 1), v) for added (+) and removed (-) edges
    private int[] logA = new int[64];
    private int[] logB = new int[64];
    private int logSize;

    /**
     * An empty overlay with degree bound {@code d}.
     *
     * @param d the maximum degree of every node, {@code >= 1}
     * @throws IllegalArgumentException if {@code d < 1}
     */
    public MutableOverlay(int d) {
        if (d < 1) throw new IllegalArgumentException("degree bound d must be >= 1, got " + d);
        this.d = d;
    }

    /** {@return the degree bound {@code d}} */
    public int d() {
        return d;
    }

    /** {@return the number of alive nodes} */
    public int numAlive() {
        return numAlive;
    }

    /**
     * The {@code i}-th alive id in internal (unspecified, changing) order; {@code O(1)}.
     *
     * @param i an index, {@code 0 <= i < numAlive()}
     * @return the alive id at position {@code i}
     */
    public int aliveAt(int i) {
        return alive[i];
    }

    /**
     * A uniformly random alive id; {@code O(1)}.
     *
     * @param rng source of randomness
     * @return an alive id, each with probability {@code 1/numAlive()}
     */
    public int randomAlive(RandomGenerator rng) {
        return alive[rng.nextInt(numAlive)];
    }

    /**
     * Whether a node is alive.
     *
     * @param id any int
     * @return {@code true} if {@code id} was added and has not failed or left
     */
    public boolean isAlive(int id) {
        return id >= 0 && id < state.length && state[id] == ALIVE;
    }

    /**
     * Whether a node was alive once and has failed or left.
     *
     * @param id any int
     * @return {@code true} if {@code id} was removed
     */
    public boolean isGone(int id) {
        return id >= 0 && id < state.length && state[id] == GONE;
    }

    /** {@return one more than the largest id ever used (0 if none)} */
    public int idBound() {
        return idBound;
    }

    /** Current degree of alive {@code id}. */
    @Override
    public int degree(int id) {
        return deg[id];
    }

    /** The {@code k}-th neighbour of {@code id} in slot order, {@code 0 <= k < degree(id)}. */
    @Override
    public int neighbor(int id, int k) {
        return adj[id * d + k];
    }

    /**
     * Whether {@code {u, v}} is an edge; {@code O(d)}.
     *
     * @param u an alive id
     * @param v any id
     * @return {@code true} if {@code u} and {@code v} are adjacent
     */
    public boolean hasEdge(int u, int v) {
        int base = u * d;
        for (int k = 0, e = deg[u]; k < e; k++) if (adj[base + k] == v) return true;
        return false;
    }

    /** {@return the number of alive ids whose degree is below {@code d}} */
    public int numDeficient() {
        return numDeficient;
    }

    /**
     * The {@code i}-th id of degree below {@code d}, in internal (unspecified, changing) order; {@code O(1)}.
     *
     * @param i an index, {@code 0 <= i < numDeficient()}
     * @return the deficient id at position {@code i}
     */
    public int deficientAt(int i) {
        return deficient[i];
    }

    /**
     * Makes {@code id} alive with no edges.
     *
     * @param id the new node's id, {@code >= 0}, never used before
     * @throws IllegalArgumentException if {@code id < 0}, alive, used before, or too large for
     *     {@code id·d} adjacency slots to fit one array
     */
    public void addNode(int id) {
        if (id < 0) throw new IllegalArgumentException("node id must be >= 0, got " + id);
        ensureCapacity(id + 1);
        if (state[id] == ALIVE) throw new IllegalArgumentException("node " + id + " is already alive");
        if (state[id] == GONE)
            throw new IllegalArgumentException("node " + id + " failed or left earlier; ids are never reused");
        state[id] = ALIVE;
        idBound = Math.max(idBound, id + 1);
        alivePos[id] = numAlive;
        alive[numAlive++] = id;
        deg[id] = 0;
        markDeficient(id);
    }

    /**
     * Removes alive {@code id} and its edges (logged as removed) and returns its former neighbours.
     *
     * @param id an alive id; it becomes gone for good
     * @return the former neighbours of {@code id}, in slot order
     * @throws IllegalArgumentException if {@code id} is not alive
     */
    public int[] removeNode(int id) {
        requireAlive(id);
        int[] former = Arrays.copyOfRange(adj, id * d, id * d + deg[id]);
        for (int v : former) removeEdge(id, v);
        state[id] = GONE;
        int p = alivePos[id];
        int last = alive[--numAlive];
        alive[p] = last;
        alivePos[last] = p;
        unmarkDeficient(id);
        return former;
    }

    /**
     * Adds edge {@code {u, v}} between alive nodes (logged as added); {@code O(d)}.
     *
     * @param u an alive id of degree below {@code d}
     * @param v another alive id of degree below {@code d}, not yet adjacent to {@code u}
     * @throws IllegalArgumentException on a self-loop, a duplicate, a dead endpoint or a full endpoint
     */
    public void addEdge(int u, int v) {
        requireAlive(u);
        requireAlive(v);
        if (u == v) throw new IllegalArgumentException("self-loop at node " + u);
        if (deg[u] >= d || deg[v] >= d)
            throw new IllegalArgumentException("edge {" + u + ", " + v + "} would exceed degree " + d);
        if (hasEdge(u, v)) throw new IllegalArgumentException("duplicate edge {" + u + ", " + v + "}");
        link(u, v);
        log(u + 1, v);
    }

    /**
     * Removes edge {@code {u, v}} (logged as removed); {@code O(d)}.
     *
     * @param u one endpoint
     * @param v the other endpoint
     * @throws IllegalArgumentException if it is not an edge
     */
    public void removeEdge(int u, int v) {
        if (!isAlive(u) || !isAlive(v) || !hasEdge(u, v))
            throw new IllegalArgumentException("{" + u + ", " + v + "} is not an edge");
        unlink(u, v);
        log(-(u + 1), v);
    }

    /** {@return the current position in the change log, for {@link #rollback} and {@link #changesSince}} */
    public int mark() {
        return logSize;
    }

    /**
     * Whether a change-log entry added an edge (else it removed one).
     *
     * @param i a log entry, {@code 0 <= i < mark()}
     * @return {@code true} for an added edge
     */
    public boolean changeAdded(int i) {
        return logA[i] > 0;
    }

    /**
     * First endpoint of a change-log entry.
     *
     * @param i a log entry, {@code 0 <= i < mark()}
     * @return the first endpoint of entry {@code i}
     */
    public int changeU(int i) {
        return Math.abs(logA[i]) - 1;
    }

    /**
     * Second endpoint of a change-log entry.
     *
     * @param i a log entry, {@code 0 <= i < mark()}
     * @return the second endpoint of entry {@code i}
     */
    public int changeV(int i) {
        return logB[i];
    }

    /**
     * Undoes every edge change made after {@code mark}, newest first (node additions and removals are not undone).
     *
     * @param mark a position from {@link #mark()} taken since the last {@link #clearLog()}
     */
    public void rollback(int mark) {
        while (logSize > mark) {
            logSize--;
            int a = logA[logSize];
            int b = logB[logSize];
            if (a > 0) unlink(a - 1, b);
            else link(-a - 1, b);
        }
    }

    /** Clears the change log (the maintainer does this after each event). */
    public void clearLog() {
        logSize = 0;
    }

    /**
     * Net edge changes since {@code mark}: an edge added and removed again does not appear; {@code O(L log L)} for {@code L} log entries.
     *
     * @param mark a position from {@link #mark()} taken since the last {@link #clearLog()}
     * @return two sorted lists: the edges added ({@code [0]}) and removed ({@code [1]})
     */
    public List<List<Edge>> changesSince(int mark) {
        int len = logSize - mark;
        long[] keys = new long[len];
        for (int i = 0; i < len; i++) {
            int a = logA[mark + i];
            int u = Math.abs(a) - 1;
            int v = logB[mark + i];
            long key = (long) Math.min(u, v) << 31 | Math.max(u, v);
            keys[i] = key << 1 | (a > 0 ? 1 : 0);
        }
        Arrays.sort(keys);
        List<Edge> added = new ArrayList<>();
        List<Edge> removed = new ArrayList<>();
        for (int i = 0; i < len; ) {
            long key = keys[i] >>> 1;
            int net = 0;
            for (; i < len && keys[i] >>> 1 == key; i++) net += (keys[i] & 1) != 0 ? 1 : -1;
            if (net == 0) continue;
            Edge e = new Edge((int) (key >>> 31), (int) (key & 0x7FFF_FFFFL));
            (net > 0 ? added : removed).add(e);
        }
        return List.of(added, removed);
    }

    /** {@return a fresh array of the alive ids in increasing order} */
    public int[] aliveNodes() {
        int[] ids = Arrays.copyOf(alive, numAlive);
        Arrays.sort(ids);
        return ids;
    }

    /**
     * A compact {@link Graph} over the alive nodes; {@code O(m d + m log m)}.
     *
     * @return the graph whose node {@code i} is {@code aliveNodes()[i]}
     */
    public Graph snapshot() {
        int[] ids = aliveNodes();
        int[] index = new int[state.length];
        for (int i = 0; i < ids.length; i++) index[ids[i]] = i;
        GraphBuilder b = new GraphBuilder(ids.length, (long) ids.length * d / 2);
        for (int i = 0; i < ids.length; i++) {
            int u = ids[i];
            for (int k = 0; k < deg[u]; k++) {
                int v = adj[u * d + k];
                if (u < v) b.addEdge(i, index[v]);
            }
        }
        return b.build();
    }

    private void link(int u, int v) {
        adj[u * d + deg[u]++] = v;
        adj[v * d + deg[v]++] = u;
        if (deg[u] == d) unmarkDeficient(u);
        if (deg[v] == d) unmarkDeficient(v);
    }

    private void unlink(int u, int v) {
        dropSlot(u, v);
        dropSlot(v, u);
    }

    private void dropSlot(int u, int v) {
        int base = u * d;
        int last = base + deg[u] - 1;
        for (int k = base; k <= last; k++) {
            if (adj[k] == v) {
                adj[k] = adj[last];
                if (deg[u]-- == d) markDeficient(u);
                return;
            }
        }
        throw new IllegalStateException("adjacency of " + u + " lacks " + v);
    }

    private void markDeficient(int id) {
        if (deficientPos[id] >= 0) return;
        deficientPos[id] = numDeficient;
        deficient[numDeficient++] = id;
    }

    private void unmarkDeficient(int id) {
        int p = deficientPos[id];
        if (p < 0) return;
        int last = deficient[--numDeficient];
        deficient[p] = last;
        deficientPos[last] = p;
        deficientPos[id] = -1;
    }

    private void log(int a, int b) {
        if (logSize == logA.length) {
            logA = Arrays.copyOf(logA, logSize * 2);
            logB = Arrays.copyOf(logB, logSize * 2);
        }
        logA[logSize] = a;
        logB[logSize++] = b;
    }

    private void requireAlive(int id) {
        if (!isAlive(id)) throw new IllegalArgumentException("node " + id + " is not alive");
    }

    private void ensureCapacity(int n) {
        if (n <= state.length) return;
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(n, 2L * state.length));
        if ((long) cap * d > Integer.MAX_VALUE - 8)
            throw new IllegalArgumentException("too many node ids for d=" + d + ": " + cap);
        int old = state.length;
        adj = Arrays.copyOf(adj, cap * d);
        deg = Arrays.copyOf(deg, cap);
        state = Arrays.copyOf(state, cap);
        alivePos = Arrays.copyOf(alivePos, cap);
        alive = Arrays.copyOf(alive, cap);
        deficient = Arrays.copyOf(deficient, cap);
        deficientPos = Arrays.copyOf(deficientPos, cap);
        Arrays.fill(deficientPos, old, cap, -1);
    }
}
