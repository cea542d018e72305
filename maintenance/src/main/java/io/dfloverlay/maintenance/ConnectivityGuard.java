package io.dfloverlay.maintenance;

import io.dfloverlay.core.graph.BreadthFirstSearch;
import java.util.Arrays;

/**
 * Keeps the overlay connected after a repair that may have cut it, by an interleaved search from
 * the nodes the event touched (the former neighbours of failed nodes). Each seed grows its own
 * breadth-first region one node per round; regions that meet merge (union-find). The search stops
 * as soon as all seeds are in one region: the overlay was connected before the event, every piece
 * left contains a seed, so it is connected again. A region group that runs out of frontier first
 * is a component cut off from the rest: it is merged back by a degree-preserving switch that drops
 * an edge {@code a-b} on a cycle of the cut-off component (a non-tree edge of a search of it, so
 * the piece stays connected) and an edge {@code x-y} of another region, and adds {@code a-x},
 * {@code b-y}; then the check repeats. Seeds already adjacent start merged.
 *
 * <p>Knowledge: this is a distributed search over the touched region (a flood with early stop);
 * each scanned edge is charged one message. Cost: in an expander the regions meet after about
 * {@code sqrt(m)} nodes each, {@code O(k d sqrt(m))} for {@code k} seeds; a real cut costs the
 * size of the smaller side. Exact: afterwards the overlay is connected whenever it was before.
 * Used where no spanning tree is kept (spectral-aware candidates, which are rolled back; underlay
 * conversion; merging cut-off pieces for {@link SpanningTreeGuard}); pairing uses the cheaper tree.
 */
public final class ConnectivityGuard {
    private int[] stamp = new int[0];
    private int[] regionOf = new int[0];
    private final BreadthFirstSearch cycleSearch = new BreadthFirstSearch(0);
    private int epoch;

    /** A guard with empty scratch space (grown on demand, reused across events). */
    public ConnectivityGuard() {}

    /**
     * Ensures all alive {@code seeds} are in one component, merging cut-off pieces; see the class comment.
     *
     * @param ctx the repair in progress; merging switches are logged and charged to it
     * @param seeds the nodes the event touched; ids no longer alive are ignored
     * @throws IllegalStateException if the pieces are still apart after {@code seeds.length + 1} merge rounds
     */
    public void ensureConnected(RepairContext ctx, int[] seeds) {
        for (int round = 0; round <= seeds.length; round++) {
            if (mergeOnce(ctx, seeds)) return;
        }
        throw new IllegalStateException("connectivity repair did not converge");
    }

    /** One search; true if connected, otherwise merges one cut-off piece and returns false. */
    private boolean mergeOnce(RepairContext ctx, int[] seedsIn) {
        MutableOverlay o = ctx.overlay();
        int[] seeds = aliveDistinct(o, seedsIn);
        int k = seeds.length;
        if (k <= 1) return true;
        nextEpoch();
        int[][] queue = new int[k][];
        int[] head = new int[k];
        int[] tail = new int[k];
        int[] uf = new int[k];
        int[] openRegions = new int[k];   // per union-find root: regions with a non-empty frontier
        int[] active = new int[k];
        int numActive = k;
        for (int r = 0; r < k; r++) {
            queue[r] = new int[8];
            queue[r][tail[r]++] = seeds[r];
            int s = seeds[r];
            stamp[s] = epoch;
            regionOf[s] = r;
            uf[r] = r;
            openRegions[r] = 1;
            active[r] = r;
        }
        int sets = k;
        // seeds already adjacent (for example just paired by the repair) start merged
        for (int r = 0; r < k; r++) {
            int x = seeds[r];
            for (int j = 0, dx = o.degree(x); j < dx; j++) {
                int y = o.neighbor(x, j);
                if (stamp[y] != epoch || y == x) continue;
                if (union(uf, openRegions, r, regionOf[y]) && --sets == 1) return true;
            }
        }
        while (true) {
            for (int i = 0; i < numActive; ) {
                int r = active[i];
                int x = queue[r][head[r]++];
                for (int j = 0, dx = o.degree(x); j < dx; j++) {
                    int y = o.neighbor(x, j);
                    ctx.charge(1);
                    if (stamp[y] != epoch) {
                        stamp[y] = epoch;
                        regionOf[y] = r;
                        if (tail[r] == queue[r].length) queue[r] = Arrays.copyOf(queue[r], tail[r] * 2);
                        queue[r][tail[r]++] = y;
                    } else {
                        if (union(uf, openRegions, r, regionOf[y]) && --sets == 1) return true;
                    }
                }
                if (head[r] == tail[r]) {
                    active[i] = active[--numActive];
                    int root = find(uf, r);
                    if (--openRegions[root] == 0) {
                        mergeCutOff(ctx, root, uf, seeds, k);
                        return false;
                    }
                } else {
                    i++;
                }
            }
        }
    }

    /** Switches an edge on a cycle of the cut-off group {@code root} with an edge of another group. */
    private void mergeCutOff(RepairContext ctx, int root, int[] uf, int[] seeds, int k) {
        MutableOverlay o = ctx.overlay();
        int inside = -1;
        int x = -1;
        for (int r = 0; r < k; r++) {
            if (find(uf, r) == root) inside = seeds[r];
            else if (x < 0 && o.degree(seeds[r]) > 0) x = seeds[r];
        }
        long ab = edgeOnCycle(o, inside);
        if (ab < 0 || x < 0) throw new IllegalStateException("cut-off component has no cycle edge to switch");
        int a = (int) (ab >>> 32);
        int b = (int) ab;
        int y = o.neighbor(x, 0);
        ctx.unlink(a, b);
        ctx.unlink(x, y);
        ctx.link(a, x);
        ctx.link(b, y);
    }

    /**
     * A non-tree edge of a breadth-first search of {@code start}'s component (it closes a cycle, so
     * dropping it keeps the component connected), packed {@code a << 32 | b}; -1 if the component is a tree.
     */
    private long edgeOnCycle(MutableOverlay o, int start) {
        cycleSearch.ensureCapacity(o.idBound());
        cycleSearch.start(start);
        for (int x; (x = cycleSearch.expandNext(o)) >= 0; ) {
            // after expanding x its children have parent x; any other neighbour but x's parent closes a cycle
            for (int j = 0, dx = o.degree(x); j < dx; j++) {
                int y = o.neighbor(x, j);
                if (y != cycleSearch.parent(x) && cycleSearch.parent(y) != x) return (long) x << 32 | y;
            }
        }
        return -1;
    }

    /** Merges the groups of regions {@code r} and {@code q} (summing their open regions); false if already one. */
    private static boolean union(int[] uf, int[] openRegions, int r, int q) {
        int ra = find(uf, r);
        int rb = find(uf, q);
        if (ra == rb) return false;
        uf[rb] = ra;
        openRegions[ra] += openRegions[rb];
        return true;
    }

    private void nextEpoch() {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
    }

    private static int find(int[] uf, int r) {
        while (uf[r] != r) {
            uf[r] = uf[uf[r]];
            r = uf[r];
        }
        return r;
    }

    private void grow(int bound) {
        if (stamp.length >= bound) return;
        int cap = Math.max(bound, stamp.length + (stamp.length >> 1));
        stamp = Arrays.copyOf(stamp, cap);
        regionOf = Arrays.copyOf(regionOf, cap);
    }

    private int[] aliveDistinct(MutableOverlay o, int[] seeds) {
        grow(o.idBound());
        int[] out = new int[seeds.length];
        int k = 0;
        nextEpoch();
        for (int s : seeds) {
            if (o.isAlive(s) && stamp[s] != epoch) {
                stamp[s] = epoch;
                out[k++] = s;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
