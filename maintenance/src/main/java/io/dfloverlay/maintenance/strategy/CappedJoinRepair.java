package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.maintenance.DegreeFiller;
import io.dfloverlay.maintenance.MutableOverlay;
import io.dfloverlay.maintenance.RepairContext;
import java.util.Arrays;

/**
 * Pairing repair whose joins are capped against Sybil bursts: an established node accepts at most
 * {@code t} ({@link #cap}: {@code d/2 − 1} for even d, {@code (d − 3)/2} for odd d) neighbours that
 * are <em>young</em>, i.e. joined within the last {@code window} joins. A joining node u connects only by edge splits (drop {@code a-b}, add
 * {@code u-a}, {@code u-b}) of edges whose endpoints are both established and both below the cap;
 * failures and leaves are repaired as by {@link PairingRepair}.
 *
 * <p><b>Bound.</b> Let k identities join in a burst of at most {@code window} joins into an
 * overlay without earlier Sybils, with no failure repaired in between. Then no honest node ends
 * the burst with a Sybil majority among its neighbours. Proof: (i) invariant: every established
 * node x has at most t young neighbours. A split adds exactly one young neighbour to each of
 * a and b and only when both had fewer than t; dropping {@code a-b} removes no young neighbour
 * (a and b are established); ageing (a young node turning established) only lowers counts. The
 * only other edge a join adds is the parity link of odd d: a joiner left one short pairs with the
 * one node left one short before (m·d odd); within a burst only its first join can meet an
 * established short node (later joiners pair with the previous, young, joiner), so at most one
 * established node gains one young neighbour beyond t. (ii) Every Sybil of the burst is young, so
 * an established honest node of degree d has at most t Sybil neighbours (t + 1 for one node when
 * d is odd), and {@code d/2 − 1 < d/2}, {@code (d − 3)/2 + 1 < d/2}; a split keeps its degree d. (iii) An honest
 * node joining in the burst is linked only to established nodes, so it has no Sybil neighbour
 * of the burst at all. Hence the number of honest nodes with a Sybil majority is 0, whatever
 * edges the Sybils pick (the cap is enforced by the receiving established nodes).
 *
 * <p>Capacity and limits: a joiner needs ⌊d/2⌋ splits, each using one young slot at two
 * established nodes, so a burst can connect at most about {@code n·t/d} joiners (n/2 − n/d for
 * even d; none for d = 3, where t = 0) within the cap; a joiner that finds no eligible edge is connected by plain pairing and
 * counted in {@link #overflowJoins()}, and the bound holds only for bursts without overflow (as it
 * does not cover pairing after failures, which ignores the cap). Identities spread over more than
 * {@code window} joins are not covered: the rule rate-limits bursts, it does not identify Sybils.
 * Knowledge: as pairing, plus each node's join age and its neighbours' (piggybacked on the join).
 */
public final class CappedJoinRepair extends PairingRepair {
    private static final int SAMPLE_TRIES = 64;
    private final int window;
    /** Join sequence number per node id, -1 for nodes of the initial overlay. */
    private int[] joinedAt = new int[0];
    private int joins;
    private int overflowJoins;

    /** A capped join with an unbounded window: every node that joined after attaching counts as young. */
    public CappedJoinRepair() {
        this(Integer.MAX_VALUE);
    }

    /**
     * A capped join whose young nodes are those of the last {@code window} joins.
     *
     * @param window joins after which a joiner counts as established, at least 1
     * @throws IllegalArgumentException if {@code window < 1}
     */
    public CappedJoinRepair(int window) {
        if (window < 1) throw new IllegalArgumentException("window must be at least 1, got " + window);
        this.window = window;
    }

    @Override
    public String name() {
        return "capped-join";
    }

    @Override
    public String knowledge() {
        return "as pairing, plus the join age of the endpoints of sampled edges";
    }

    @Override
    public String source() {
        return "pairing repair with a per-node cap on young neighbours (Sybil burst bound, this project)";
    }

    /**
     * The cap on young neighbours an established node accepts through splits: {@code d/2 − 1} for
     * even d, {@code (d − 3)/2} for odd d (one parity link, below, may add one more).
     *
     * @param d the overlay degree
     * @return t, so that t (plus one for odd d) stays below d/2
     */
    public static int cap(int d) {
        return d % 2 == 0 ? d / 2 - 1 : Math.max(0, (d - 3) / 2);
    }

    @Override
    public void afterJoin(RepairContext ctx, int node) {
        MutableOverlay o = ctx.overlay();
        if (joinedAt.length < o.idBound()) {
            int old = joinedAt.length;
            joinedAt = Arrays.copyOf(joinedAt, Math.max(o.idBound(), 2 * old));
            Arrays.fill(joinedAt, old, joinedAt.length, -1);
        }
        joinedAt[node] = joins++;
        int t = cap(ctx.d());
        linkDeficient(ctx, node, t);
        while (ctx.targetDegree() - o.degree(node) >= 2) {
            if (!split(ctx, node, t)) {
                overflowJoins++;
                DegreeFiller.fill(ctx);
                break;
            }
        }
        if (o.degree(node) < ctx.targetDegree()) DegreeFiller.fill(ctx);
        restoreConnectivity(ctx, 0, node);
    }

    /**
     * Joins that found no edge within the cap and were connected by plain pairing instead (the
     * burst exceeded the rule's capacity; the bound holds only for bursts without overflow).
     *
     * @return the number of such joins so far
     */
    public int overflowJoins() {
        return overflowJoins;
    }

    /** Links u directly to nodes below the target degree (after failures, or as the overlay grows while m ≤ d) that accept it. */
    private void linkDeficient(RepairContext ctx, int u, int t) {
        MutableOverlay o = ctx.overlay();
        for (int i = 0; i < o.numDeficient() && o.degree(u) < ctx.targetDegree(); i++) {
            int w = o.deficientAt(i);
            if (w != u && o.degree(w) < ctx.targetDegree() && !o.hasEdge(u, w) && (young(w) || youngNeighbours(o, w) < t)) {
                ctx.link(u, w);
                i = -1; // the deficient set changed; rescan
            }
        }
    }

    private boolean young(int x) {
        return x < joinedAt.length && joinedAt[x] >= 0 && joins - joinedAt[x] <= window;
    }

    private int youngNeighbours(MutableOverlay o, int x) {
        int c = 0;
        for (int k = 0; k < o.degree(x); k++) if (young(o.neighbor(x, k))) c++;
        return c;
    }

    private boolean eligible(MutableOverlay o, int u, int a, int b, int t) {
        return a != u && b != u && !young(a) && !young(b) && !o.hasEdge(u, a) && !o.hasEdge(u, b)
                && youngNeighbours(o, a) < t && youngNeighbours(o, b) < t;
    }

    /** Splits one eligible edge into u: random samples first, then a full scan; false if none. */
    private boolean split(RepairContext ctx, int u, int t) {
        MutableOverlay o = ctx.overlay();
        for (int s = 0; s < SAMPLE_TRIES; s++) {
            int a = ctx.sampleNode();
            if (o.degree(a) == 0) continue;
            int b = o.neighbor(a, ctx.rng().nextInt(o.degree(a)));
            if (eligible(o, u, a, b, t)) return apply(ctx, u, a, b);
        }
        for (int i = 0; i < o.numAlive(); i++) {
            int a = o.aliveAt(i);
            for (int k = 0; k < o.degree(a); k++) {
                int b = o.neighbor(a, k);
                if (eligible(o, u, a, b, t)) return apply(ctx, u, a, b);
            }
        }
        return false;
    }

    private static boolean apply(RepairContext ctx, int u, int a, int b) {
        ctx.unlink(a, b);
        ctx.link(u, a);
        ctx.link(u, b);
        return true;
    }
}
