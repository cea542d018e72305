package io.dfloverlay.maintenance;

/**
 * Restores degrees after failures or a join by local pairing: a node below the target degree
 * links to another degree-deficient node it is not yet adjacent to (found by a random walk);
 * if every other deficient node is already its neighbour, or it is the only one and needs two more
 * edges, it takes over a random edge {@code {a, b}} far from it ({@code a, b} not its neighbours):
 * drop {@code a-b}, add {@code u-a} and {@code w-b} (with {@code w = u} when it needs two). Swaps keep
 * the degrees of {@code a} and {@code b} and never disconnect anything, because {@code a} and
 * {@code b} stay joined through {@code u} (and {@code w}, its neighbour).
 *
 * <p>Odd counts: when {@code m * d} is odd one node necessarily stays one short; it remains in
 * the deficient set and is the first partner of the next deficient node. Afterwards every alive
 * node has the target degree ({@code d}, or {@code m - 1} for {@code m <= d}) except at most one
 * node one short. Source: degree-deficient pairing as used for random-regular overlay repair
 * (Hua et al.; the edge takeover is the standard configuration-model switch).
 *
 * <p>Cost: {@code O(d)} per added edge plus a few random-walk samples, each charged
 * {@link RepairContext#walkLength()} messages; a full scan of the overlay only in degenerate tiny
 * overlays where random samples keep failing. Deterministic for a given random stream.
 */
public final class DegreeFiller {
    private static final int SAMPLE_TRIES = 32;

    private DegreeFiller() {}

    /**
     * Fills degrees until no node but at most one (one short) is below the target degree.
     *
     * @param ctx the repair in progress: overlay, target degree, random stream and message count
     */
    public static void fill(RepairContext ctx) {
        MutableOverlay o = ctx.overlay();
        while (true) {
            int target = ctx.targetDegree();
            int u = pickDeficient(ctx, target);
            if (u < 0) return;
            int w = findPartner(ctx, u, target);
            if (w >= 0) {
                ctx.link(u, w);
                continue;
            }
            if (target - o.degree(u) >= 2) {
                if (!takeOver(ctx, u, u)) return;
                continue;
            }
            int other = otherDeficient(o, u, target);
            if (other < 0 || !takeOver(ctx, u, other)) return;
        }
    }

    /** A random alive node below {@code target}, or -1. */
    private static int pickDeficient(RepairContext ctx, int target) {
        MutableOverlay o = ctx.overlay();
        int k = o.numDeficient();
        if (k == 0) return -1;
        if (target == o.d()) return o.deficientAt(ctx.rng().nextInt(k));
        int start = ctx.rng().nextInt(k);
        for (int i = 0; i < k; i++) {
            int u = o.deficientAt((start + i) % k);
            if (o.degree(u) < target) return u;
        }
        return -1;
    }

    /** A deficient node not adjacent to {@code u}, or -1. */
    private static int findPartner(RepairContext ctx, int u, int target) {
        MutableOverlay o = ctx.overlay();
        int k = o.numDeficient();
        for (int t = 0; t < Math.min(SAMPLE_TRIES, 2 * k); t++) {
            int w = o.deficientAt(ctx.rng().nextInt(k));
            if (w != u && o.degree(w) < target && !o.hasEdge(u, w)) {
                ctx.charge(ctx.walkLength());
                return w;
            }
        }
        ctx.charge(ctx.walkLength());
        int start = ctx.rng().nextInt(k);
        for (int i = 0; i < k; i++) {
            int w = o.deficientAt((start + i) % k);
            if (w != u && o.degree(w) < target && !o.hasEdge(u, w)) return w;
        }
        return -1;
    }

    private static int otherDeficient(MutableOverlay o, int u, int target) {
        for (int i = 0; i < o.numDeficient(); i++) {
            int w = o.deficientAt(i);
            if (w != u && o.degree(w) < target) return w;
        }
        return -1;
    }

    /** Drops an edge {a, b} with a outside N[u], b outside N[w] and adds u-a, w-b; false if none exists. */
    private static boolean takeOver(RepairContext ctx, int u, int w) {
        MutableOverlay o = ctx.overlay();
        for (int t = 0; t < SAMPLE_TRIES; t++) {
            int a = ctx.sampleNode();
            int da = o.degree(a);
            if (da == 0) continue;
            int b = o.neighbor(a, ctx.rng().nextInt(da));
            if (apply(ctx, u, w, a, b) || apply(ctx, u, w, b, a)) return true;
        }
        for (int i = 0; i < o.numAlive(); i++) {
            int a = o.aliveAt(i);
            for (int k = 0; k < o.degree(a); k++) {
                if (apply(ctx, u, w, a, o.neighbor(a, k))) return true;
            }
        }
        return false;
    }

    private static boolean apply(RepairContext ctx, int u, int w, int a, int b) {
        MutableOverlay o = ctx.overlay();
        if (a == u || a == w || b == u || b == w) return false;
        if (o.hasEdge(u, a) || o.hasEdge(w, b)) return false;
        if (u == w && a == b) return false;
        ctx.unlink(a, b);
        ctx.link(u, a);
        ctx.link(w, b);
        return true;
    }
}
