package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.core.generate.FisherYates;
import io.dfloverlay.maintenance.ConnectivityGuard;
import io.dfloverlay.maintenance.DegreeFiller;
import io.dfloverlay.maintenance.MutableOverlay;
import io.dfloverlay.maintenance.RepairContext;
import io.dfloverlay.maintenance.RepairStrategy;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Law–Siu overlay maintenance (Law and Siu, "Distributed construction of random expander
 * networks", INFOCOM 2003): the overlay is the union of {@code d/2} edge-disjoint Hamiltonian
 * cycles, so it is {@code d}-regular and connected by construction. A leaving or failed node is
 * spliced out of every cycle (its predecessor and successor link up); a joining node is spliced
 * into each cycle after a random node found by a random walk.
 *
 * <p>Simple graph: when a splice would duplicate an edge another cycle already holds, a random
 * node {@code x} of that cycle is moved into the gap ({@code p, x, s}; {@code x}'s old cycle
 * neighbours link up), the local "relocation" this library adds so that the union stays simple.
 * Joins retry positions that would duplicate an edge. If no local move works (rare, small
 * overlays) the cycles are rebuilt at random over all alive nodes (global, reported as such by
 * the edge changes).
 *
 * <p>Small overlays: below {@code 3d} alive nodes the cycles cannot be kept edge-disjoint by local
 * moves, so the strategy falls back to pairing ({@link DegreeFiller} + {@link ConnectivityGuard})
 * and rebuilds the cycles once joins bring the count back to {@code 3d}.
 *
 * <p>Knowledge: per cycle, a node's predecessor and successor and (to repair a failure) theirs,
 * i.e. 2-hop along each cycle; joins use one random walk per cycle. Cost: a failure is
 * {@code O(d)} work and messages, a join {@code O(d · walk length)} messages. Requires even
 * {@code d}. Not thread-safe; one instance per maintainer.
 */
public final class HamiltonianCycleRepair implements RepairStrategy {
    private static final int TRIES = 64;
    private static final int REBUILD_TRIES = 20;

    private final int[][] initialOrders;
    private final ConnectivityGuard guard = new ConnectivityGuard();
    private int half;
    private int[] next = new int[0];
    private int[] prev = new int[0];
    private boolean[] virtualNext = new boolean[0];
    private boolean active;
    private MutableOverlay overlay;

    /** Rebuilds the initial overlay as random cycles (unless it is tiny). */
    public HamiltonianCycleRepair() {
        this.initialOrders = null;
    }

    /**
     * Adopts the given cycle orders of the initial overlay (for example from a Hamiltonian-cycle-union
     * generator): {@code orders[c]} lists the nodes of cycle {@code c} in order; the union of
     * the cycles must be exactly the initial graph.
     *
     * @param orders {@code d/2} cycle orders, each listing every initial node once (copied; checked on {@link #attach})
     * @throws IllegalArgumentException if {@code orders} is null
     */
    public HamiltonianCycleRepair(int[][] orders) {
        if (orders == null) throw new IllegalArgumentException("cycle orders must not be null");
        this.initialOrders = new int[orders.length][];
        for (int c = 0; c < orders.length; c++) initialOrders[c] = orders[c].clone();
    }

    @Override
    public String name() {
        return "cycle";
    }

    @Override
    public String knowledge() {
        return "per cycle: predecessor and successor and their cycle neighbours (2-hop along each cycle); a random walk per cycle to join";
    }

    @Override
    public String source() {
        return "Law and Siu, Distributed construction of random expander networks, INFOCOM 2003";
    }

    /**
     * Minimum alive nodes for the cycle structure; below it the strategy falls back to pairing.
     *
     * @param d the degree bound
     * @return {@code 3d}
     */
    public int minCycleNodes(int d) {
        return 3 * d;
    }

    /** {@return whether the overlay is currently kept as a union of cycles (false in the small-overlay fallback)} */
    public boolean cyclesActive() {
        return active;
    }

    @Override
    public void attach(RepairContext ctx) {
        int d = ctx.d();
        if (d % 2 != 0) throw new IllegalArgumentException("the cycle strategy needs even d, got d=" + d);
        half = d / 2;
        MutableOverlay o = ctx.overlay();
        overlay = o;
        grow(o.idBound());
        if (initialOrders != null) {
            adopt(o, initialOrders);
            return;
        }
        if (o.numAlive() >= minCycleNodes(d) && rebuild(ctx)) return;
        fallback(ctx, allAlive(o));
    }

    @Override
    public void afterRemoval(RepairContext ctx, int[] removed, int[] orphans, boolean graceful) {
        MutableOverlay o = ctx.overlay();
        if (!active || o.numAlive() < minCycleNodes(ctx.d())) {
            active = false;
            fallback(ctx, orphans);
            return;
        }
        for (int v : removed) {
            for (int c = 0; c < half; c++) {
                int p = prev[v * half + c];
                int s = next[v * half + c];
                follow(p, s, c);
                virtualNext[v * half + c] = false;
            }
        }
        for (int u : orphans) {
            for (int c = 0; c < half; c++) {
                int s = next[u * half + c];
                if (o.hasEdge(u, s)) {
                    if (!ownedBy(u, s, c)) virtualNext[u * half + c] = true;
                } else {
                    ctx.link(u, s);
                }
            }
        }
        for (int u : orphans) {
            for (int c = 0; c < half; c++) {
                if (virtualNext[u * half + c] && !relocate(ctx, c, u)) {
                    if (!rebuild(ctx)) {
                        active = false;
                        fallback(ctx, allAlive(o));
                    }
                    return;
                }
            }
        }
    }

    @Override
    public void afterJoin(RepairContext ctx, int node) {
        MutableOverlay o = ctx.overlay();
        grow(o.idBound());
        if (!active) {
            if (o.numAlive() >= minCycleNodes(ctx.d()) && rebuild(ctx)) return;
            DegreeFiller.fill(ctx);
            return;
        }
        for (int c = 0; c < half; c++) {
            if (!spliceIn(ctx, c, node)) {
                if (!rebuild(ctx)) {
                    active = false;
                    fallback(ctx, allAlive(o));
                }
                return;
            }
        }
    }

    /** {@return the current cycle orders, each starting at its smallest id; empty when cycles are not active} */
    public int[][] cycleOrders() {
        MutableOverlay o = overlay;
        if (!active || o == null) return new int[0][];
        int[][] out = new int[half][];
        int[] ids = o.aliveNodes();
        for (int c = 0; c < half; c++) {
            int[] order = new int[ids.length];
            int v = ids[0];
            for (int i = 0; i < ids.length; i++) {
                order[i] = v;
                v = next[v * half + c];
            }
            out[c] = order;
        }
        return out;
    }

    private boolean ownedBy(int u, int s, int c) {
        // the overlay edge u-s belongs to cycle c unless some other cycle has u and s consecutive
        for (int c2 = 0; c2 < half; c2++) {
            if (c2 == c) continue;
            if ((next[u * half + c2] == s && !virtualNext[u * half + c2])
                    || (next[s * half + c2] == u && !virtualNext[s * half + c2])) return false;
        }
        return true;
    }

    /** Moves a random node x of cycle c into the virtual gap p -> s. */
    private boolean relocate(RepairContext ctx, int c, int p) {
        return sampledThenAll(ctx, x -> tryRelocate(ctx, c, p, x));
    }

    private boolean tryRelocate(RepairContext ctx, int c, int p, int x) {
        MutableOverlay o = ctx.overlay();
        int s = next[p * half + c];
        int xp = prev[x * half + c];
        int xn = next[x * half + c];
        if (x == p || x == s || xp == p || xp == s || xn == p || xn == s || xp == xn) return false;
        if (virtualNext[xp * half + c] || virtualNext[x * half + c]) return false;
        if (o.hasEdge(p, x) || o.hasEdge(x, s) || o.hasEdge(xp, xn)) return false;
        ctx.unlink(xp, x);
        ctx.unlink(x, xn);
        ctx.link(xp, xn);
        ctx.link(p, x);
        ctx.link(x, s);
        follow(xp, xn, c);
        follow(p, x, c);
        follow(x, s, c);
        virtualNext[p * half + c] = false;
        return true;
    }

    /** Splices {@code v} into cycle {@code c} after a random node whose edge does not clash. */
    private boolean spliceIn(RepairContext ctx, int c, int v) {
        return sampledThenAll(ctx, x -> trySplice(ctx, c, v, x));
    }

    /**
     * Tries {@code attempt} on {@link #TRIES} randomly sampled nodes, then on every alive node in
     * order; true at the first success, false if none succeeds.
     */
    private static boolean sampledThenAll(RepairContext ctx, IntPredicate attempt) {
        for (int t = 0; t < TRIES; t++) {
            if (attempt.test(ctx.sampleNode())) return true;
        }
        MutableOverlay o = ctx.overlay();
        for (int i = 0; i < o.numAlive(); i++) {
            if (attempt.test(o.aliveAt(i))) return true;
        }
        return false;
    }

    private boolean trySplice(RepairContext ctx, int c, int v, int x) {
        MutableOverlay o = ctx.overlay();
        if (x == v) return false;
        int s = next[x * half + c];
        if (s == v || o.hasEdge(v, x) || o.hasEdge(v, s)) return false;
        ctx.unlink(x, s);
        ctx.link(x, v);
        ctx.link(v, s);
        follow(x, v, c);
        follow(v, s, c);
        return true;
    }

    /** Makes {@code b} follow {@code a} on cycle {@code c} (sets {@code next} of a and {@code prev} of b). */
    private void follow(int a, int b, int c) {
        next[a * half + c] = b;
        prev[b * half + c] = a;
    }

    /** Replaces the overlay by d/2 random edge-disjoint Hamiltonian cycles; false if that failed. */
    private boolean rebuild(RepairContext ctx) {
        MutableOverlay o = ctx.overlay();
        grow(o.idBound());
        int mark = o.mark();
        long messages = ctx.messages();
        int[] ids = allAlive(o);
        for (int attempt = 0; attempt < REBUILD_TRIES; attempt++) {
            for (int u : ids) {
                while (o.degree(u) > 0) ctx.unlink(u, o.neighbor(u, 0));
            }
            if (buildCycles(ctx, ids)) {
                active = true;
                return true;
            }
            o.rollback(mark);
            ctx.resetMessages();
            ctx.charge(messages);
        }
        return false;
    }

    private boolean buildCycles(RepairContext ctx, int[] ids) {
        MutableOverlay o = ctx.overlay();
        int m = ids.length;
        for (int u : ids) Arrays.fill(virtualNext, u * half, u * half + half, false);
        for (int c = 0; c < half; c++) {
            int[] perm = ids.clone();
            FisherYates.shuffle(perm, ctx.rng());
            for (int i = 0; i < m; i++) {
                int a = perm[i];
                int b = perm[(i + 1) % m];
                follow(a, b, c);
            }
            for (int i = 0; i < m; i++) {
                int a = perm[i];
                int b = perm[(i + 1) % m];
                if (o.hasEdge(a, b)) virtualNext[a * half + c] = true;
                else ctx.link(a, b);
            }
            for (int a : perm) {
                if (virtualNext[a * half + c] && !relocate(ctx, c, a)) return false;
            }
        }
        return true;
    }

    private void adopt(MutableOverlay o, int[][] orders) {
        int m = o.numAlive();
        if (orders.length != half)
            throw new IllegalArgumentException("expected " + half + " cycle orders for d=" + 2 * half + ", got " + orders.length);
        long edges = 0;
        for (int i = 0; i < m; i++) edges += o.degree(o.aliveAt(i));
        if (edges / 2 != (long) m * half)
            throw new IllegalArgumentException("initial graph has " + edges / 2 + " edges, a union of " + half
                    + " edge-disjoint Hamiltonian cycles on " + m + " nodes has " + (long) m * half);
        java.util.Set<io.dfloverlay.maintenance.Edge> used = new java.util.HashSet<>();
        for (int c = 0; c < half; c++) {
            int[] order = orders[c];
            if (order.length != m)
                throw new IllegalArgumentException("cycle " + c + " has " + order.length + " nodes, expected " + m);
            boolean[] seen = new boolean[o.idBound()];
            for (int i = 0; i < m; i++) {
                int a = order[i];
                int b = order[(i + 1) % m];
                if (!o.isAlive(a) || seen[a]) throw new IllegalArgumentException("cycle " + c + " is not a permutation of the nodes (at " + a + ")");
                seen[a] = true;
                if (!o.hasEdge(a, b)) throw new IllegalArgumentException("cycle " + c + " uses {" + a + ", " + b + "}, not an edge of the graph");
                if (!used.add(io.dfloverlay.maintenance.Edge.of(a, b)))
                    throw new IllegalArgumentException("edge {" + a + ", " + b + "} is used by two cycles");
                follow(a, b, c);
            }
        }
        active = true;
    }

    private void fallback(RepairContext ctx, int[] seeds) {
        DegreeFiller.fill(ctx);
        guard.ensureConnected(ctx, seeds);
    }

    private static int[] allAlive(MutableOverlay o) {
        int[] all = new int[o.numAlive()];
        for (int i = 0; i < all.length; i++) all[i] = o.aliveAt(i);
        return all;
    }

    private void grow(int bound) {
        int need = bound * half;
        if (next.length >= need) return;
        int cap = Math.max(need, 2 * next.length);
        next = Arrays.copyOf(next, cap);
        prev = Arrays.copyOf(prev, cap);
        virtualNext = Arrays.copyOf(virtualNext, cap);
    }
}
