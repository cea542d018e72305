package io.dfloverlay.maintenance;

import io.dfloverlay.core.graph.BreadthFirstSearch;
import java.util.Arrays;

/**
 * Keeps the overlay connected with a maintained spanning tree (parent pointers and depths) instead
 * of a search per event. After a repair, every tree edge the event removed (a failed node's edges,
 * edges dropped by takeovers or switches) detaches the child's subtree, and a joining node starts
 * as its own piece. Each detached piece is explored through its children (its own nodes only),
 * looks for an edge to a node whose root is the tree's root (a walk up the parent pointers), is
 * re-hung there and re-rooted by a breadth-first search inside the piece. Pieces that only reach
 * other pieces wait for them; pieces that reach nothing are cut off and are merged back by the
 * {@link ConnectivityGuard}'s switch, after which the tree is rebuilt.
 *
 * <p>Knowledge: a node knows its tree parent and depth; a detached piece floods itself (each
 * scanned edge is one message). Cost per event: the size of the detached subtrees times {@code d}
 * plus a walk to the root per candidate edge. In a breadth-first tree of an expander a random
 * node has about {@code log_{d-1} m} descendants on average, so a failure costs {@code O(d log m)}
 * instead of the {@code O(d^2 sqrt m)} of a search. The tree is rebuilt from scratch ({@code O(m d)})
 * when its root fails, when a re-hung piece would exceed depth {@code 4 log2 m + 8}, or after a
 * cut. Exact: afterwards the overlay is connected whenever it was before the event.
 */
public final class SpanningTreeGuard {
    private int[] parent = new int[0];
    private int[] depth = new int[0];
    private int[] stamp = new int[0];
    private int epoch;
    private int root = -1;
    private int[] piece = new int[16];
    private final ConnectivityGuard merger = new ConnectivityGuard();
    private final BreadthFirstSearch search = new BreadthFirstSearch(0);

    /** A guard with no tree yet; call {@link #rebuild} (or let the first event do it). */
    public SpanningTreeGuard() {}

    /**
     * Rebuilds the tree by breadth-first search, merging any cut-off components first; {@code O(m d)}.
     *
     * @param ctx the repair in progress; merging switches are logged and charged to it
     */
    public void rebuild(RepairContext ctx) {
        MutableOverlay o = ctx.overlay();
        grow(o.idBound());
        int m = o.numAlive();
        if (m == 0) {
            root = -1;
            return;
        }
        root = o.aliveAt(0);
        int reached = bfsTree(o, root);
        if (reached < m) {
            int[] all = new int[m];
            for (int i = 0; i < m; i++) all[i] = o.aliveAt(i);
            merger.ensureConnected(ctx, all);
            bfsTree(o, root);
        }
    }

    /**
     * Restores connectivity after an event whose edge changes start at log position {@code mark};
     * {@code joined} is a node added by the event, or -1.
     *
     * @param ctx the repair in progress, whose overlay holds the event's changes
     * @param mark the change-log position ({@link MutableOverlay#mark()}) before the event
     * @param joined the id of a node the event added, or -1 if none
     */
    public void repair(RepairContext ctx, int mark, int joined) {
        MutableOverlay o = ctx.overlay();
        grow(o.idBound());
        if (root < 0 || !o.isAlive(root)) {
            rebuild(ctx);
            return;
        }
        int[] detached = new int[8];
        int k = 0;
        if (joined >= 0 && joined != root) {
            parent[joined] = -1;
            detached[k++] = joined;
        }
        int end = o.mark();
        for (int i = mark; i < end; i++) {
            if (o.changeAdded(i)) continue;
            int a = o.changeU(i);
            int b = o.changeV(i);
            int child = parent[b] == a ? b : parent[a] == b ? a : -1;
            if (child < 0 || !o.isAlive(child)) continue;
            parent[child] = -1;
            if (k == detached.length) detached = Arrays.copyOf(detached, 2 * k);
            detached[k++] = child;
        }
        int limit = 4 * (32 - Integer.numberOfLeadingZeros(Math.max(1, o.numAlive()))) + 8;
        // worklist: each pass re-hangs every piece that reaches the main tree; stop when a pass makes no progress
        while (k > 0) {
            int kept = 0;
            for (int i = 0; i < k; i++) {
                int r = detached[i];
                if (parent[r] >= 0) continue;
                int status = rehang(ctx, r, limit);
                if (status < 0) {
                    rebuild(ctx);
                    return;
                }
                if (status == 0) detached[kept++] = r;
            }
            if (kept == k) {
                rebuild(ctx); // cut off: merge and start over
                return;
            }
            k = kept;
        }
    }

    /** 1: re-hung; 0: reaches only other pieces (retry later); -1: depth limit exceeded. */
    private int rehang(RepairContext ctx, int r, int limit) {
        MutableOverlay o = ctx.overlay();
        nextEpoch();
        int size = 0;
        piece[size++] = r;
        stamp[r] = epoch;
        for (int h = 0; h < size; h++) {
            int x = piece[h];
            for (int j = 0, dx = o.degree(x); j < dx; j++) {
                int y = o.neighbor(x, j);
                ctx.charge(1);
                if (parent[y] == x && stamp[y] != epoch) {
                    stamp[y] = epoch;
                    if (size == piece.length) piece = Arrays.copyOf(piece, 2 * size);
                    piece[size++] = y;
                }
            }
        }
        int bestX = -1;
        int bestY = -1;
        for (int h = 0; h < size && bestX < 0; h++) {
            int x = piece[h];
            for (int j = 0, dx = o.degree(x); j < dx; j++) {
                int y = o.neighbor(x, j);
                if (stamp[y] != epoch && rootOf(y) == root) {
                    bestX = x;
                    bestY = y;
                    break;
                }
            }
        }
        if (bestX < 0) return 0;
        // re-root the piece at bestX by a breadth-first search over the piece's own nodes
        int pieceEpoch = epoch;
        search.ensureCapacity(parent.length);
        int reached = search.run(o, bestX, y -> stamp[y] == pieceEpoch);
        int base = depth[bestY] + 1;
        for (int i = 0; i < reached; i++) {
            int x = search.reachedAt(i);
            parent[x] = i == 0 ? bestY : search.parent(x);
            depth[x] = base + search.distance(x);
        }
        int maxDepth = base + search.distance(search.farthest());
        return maxDepth > limit ? -1 : 1;
    }

    private int rootOf(int y) {
        int steps = 0;
        while (parent[y] >= 0) {
            y = parent[y];
            if (++steps > parent.length) throw new IllegalStateException("cycle in the spanning tree");
        }
        return y;
    }

    /** Breadth-first tree from {@code start}; returns the number of nodes reached. */
    private int bfsTree(MutableOverlay o, int start) {
        search.ensureCapacity(parent.length);
        int reached = search.run(o, start);
        for (int i = 0; i < reached; i++) {
            int x = search.reachedAt(i);
            parent[x] = search.parent(x);
            depth[x] = search.distance(x);
        }
        return reached;
    }

    private void nextEpoch() {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
    }

    private void grow(int bound) {
        if (parent.length >= bound) return;
        int cap = Math.max(bound, parent.length + (parent.length >> 1));
        int old = parent.length;
        parent = Arrays.copyOf(parent, cap);
        depth = Arrays.copyOf(depth, cap);
        stamp = Arrays.copyOf(stamp, cap);
        Arrays.fill(parent, old, cap, -1);
    }
}
