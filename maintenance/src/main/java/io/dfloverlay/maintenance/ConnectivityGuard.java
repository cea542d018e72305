package io.dfloverlay.maintenance;

import java.util.Arrays;

/**
 * Keeps the overlay connected after a repair that may have cut it, by an interleaved search from
 * the nodes the event touched (the former neighbours of failed nodes). Each seed grows its own
 * breadth-first region one node per round; regions that meet merge (union-find). The search stops
 * as soon as all seeds are in one region: the overlay was connected before the event, every piece
 * left contains a seed, so it is connected again. A region group that runs out of frontier first
 * is a component cut off from the rest: it is merged back by a degree-preserving switch that drops
 * an edge {@code a-b} on a cycle of the cut-off component (a non-tree edge of its search) and an
 * edge {@code x-y} of another region, and adds {@code a-x}, {@code b-y}; then the check repeats.
 *
 * <p>Knowledge: this is a distributed search over the touched region (a flood with early stop);
 * each scanned edge is charged one message. Cost: in an expander the regions meet after about
 * {@code sqrt(m)} nodes each, {@code O(k d sqrt(m))} for {@code k} seeds; a real cut costs the
 * size of the smaller side. Exact: afterwards the overlay is connected whenever it was before.
 */
public final class ConnectivityGuard {
    private int[] stamp = new int[0];
    private int[] regionOf = new int[0];
    private int[] parentOf = new int[0];
    private int epoch;

    /** A guard with empty scratch space (grown on demand, reused across events). */
    public ConnectivityGuard() {}

    /** Ensures all alive {@code seeds} are in one component, merging cut-off pieces; see class doc. */
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
        int bound = o.idBound();
        if (stamp.length < bound) {
            stamp = Arrays.copyOf(stamp, bound);
            regionOf = Arrays.copyOf(regionOf, bound);
            parentOf = Arrays.copyOf(parentOf, bound);
        }
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
        int[][] queue = new int[k][];
        int[] head = new int[k];
        int[] tail = new int[k];
        int[] uf = new int[k];
        int[] openRegions = new int[k];   // per union-find root: regions with a non-empty frontier
        int[] cycleA = new int[k];
        int[] cycleB = new int[k];
        Arrays.fill(cycleA, -1);
        int[] active = new int[k];
        int numActive = k;
        for (int r = 0; r < k; r++) {
            queue[r] = new int[8];
            queue[r][tail[r]++] = seeds[r];
            int s = seeds[r];
            stamp[s] = epoch;
            regionOf[s] = r;
            parentOf[s] = -1;
            uf[r] = r;
            openRegions[r] = 1;
            active[r] = r;
        }
        int sets = k;
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
                        parentOf[y] = x;
                        if (tail[r] == queue[r].length) queue[r] = Arrays.copyOf(queue[r], tail[r] * 2);
                        queue[r][tail[r]++] = y;
                    } else {
                        int ra = find(uf, r);
                        int rb = find(uf, regionOf[y]);
                        if (ra != rb) {
                            uf[rb] = ra;
                            openRegions[ra] += openRegions[rb];
                            if (cycleA[ra] < 0) {
                                cycleA[ra] = cycleA[rb];
                                cycleB[ra] = cycleB[rb];
                            }
                            if (--sets == 1) return true;
                        } else if (y != parentOf[x] && cycleA[ra] < 0) {
                            cycleA[ra] = x;
                            cycleB[ra] = y;
                        }
                    }
                }
                if (head[r] == tail[r]) {
                    active[i] = active[--numActive];
                    int root = find(uf, r);
                    if (--openRegions[root] == 0) {
                        mergeCutOff(ctx, root, uf, cycleA, cycleB, seeds, k);
                        return false;
                    }
                } else {
                    i++;
                }
            }
        }
    }

    /** Switches an edge on a cycle of the cut-off group {@code root} with an edge of another group. */
    private void mergeCutOff(RepairContext ctx, int root, int[] uf, int[] cycleA, int[] cycleB, int[] seeds, int k) {
        MutableOverlay o = ctx.overlay();
        int a = cycleA[root];
        int b = cycleB[root];
        int x = -1;
        for (int r = 0; r < k && x < 0; r++) {
            if (find(uf, r) != root && o.degree(seeds[r]) > 0) x = seeds[r];
        }
        if (a < 0 || x < 0) throw new IllegalStateException("cut-off component has no cycle edge to switch");
        int y = o.neighbor(x, 0);
        ctx.unlink(a, b);
        ctx.unlink(x, y);
        ctx.link(a, x);
        ctx.link(b, y);
    }

    private static int find(int[] uf, int r) {
        while (uf[r] != r) {
            uf[r] = uf[uf[r]];
            r = uf[r];
        }
        return r;
    }

    private int[] aliveDistinct(MutableOverlay o, int[] seeds) {
        int[] out = new int[seeds.length];
        int k = 0;
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
        int bound = o.idBound();
        if (stamp.length < bound) {
            stamp = Arrays.copyOf(stamp, bound);
            regionOf = Arrays.copyOf(regionOf, bound);
            parentOf = Arrays.copyOf(parentOf, bound);
        }
        for (int s : seeds) {
            if (o.isAlive(s) && stamp[s] != epoch) {
                stamp[s] = epoch;
                out[k++] = s;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
