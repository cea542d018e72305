package io.dfloverlay.maintenance;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.jgrapht.MappedGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A live overlay under churn: nodes fail, leave and join one at a time or in batches, and after
 * every event the {@link RepairStrategy} repairs the overlay and the maintainer returns what
 * changed as a {@link RepairResult}, for a real system to apply.
 *
 * <p>Node ids are stable external ints: the initial graph's nodes are ids {@code 0..n-1}; a
 * joining node brings an unused id (see {@link #nextFreeId()}); ids of failed or departed nodes
 * are never reused, so a node never reappears with stale edges. Bad events (failing an unknown or
 * dead id, joining an alive or used id) throw {@link IllegalArgumentException} and change nothing.
 *
 * <p>Invariants a repairing strategy keeps after every event (see {@link OverlayInvariants}):
 * simple graph, no degree above {@code d}, every alive node at degree {@code d} (or {@code m - 1}
 * when only {@code m <= d} remain) except at most one node one short, connected.
 *
 * <p>Events cost {@code O(d)} plus the strategy's repair; nothing here reads the whole graph
 * except {@link #snapshot()} and {@link #aliveNodes()}. Mutable and not thread-safe;
 * deterministic for a given random stream.
 */
public final class OverlayMaintainer {
    private final MutableOverlay overlay;
    private final RepairStrategy strategy;
    private final RepairContext ctx;
    private final RepairResult initialization;

    /**
     * Starts maintaining {@code initial} (node {@code i} becomes id {@code i}).
     *
     * @param initial  the starting overlay; its maximum degree must be at most {@code d}
     * @param d        the target degree, {@code >= 2}
     * @param strategy a fresh strategy instance (it keeps state about this overlay)
     * @param rng      the randomness source for all repairs
     * @throws IllegalArgumentException if {@code d < 2}, the initial degree exceeds {@code d}, or
     *                                  the strategy rejects {@code d} (the cycle strategy needs even {@code d})
     */
    public OverlayMaintainer(Graph initial, int d, RepairStrategy strategy, RandomGenerator rng) {
        if (initial == null || strategy == null || rng == null)
            throw new IllegalArgumentException("initial graph, strategy and rng must not be null");
        if (d < 2) throw new IllegalArgumentException("degree d must be >= 2, got " + d);
        int n = initial.numNodes();
        if (n > 0 && initial.maxDegree() > d)
            throw new IllegalArgumentException("initial graph has degree " + initial.maxDegree() + " > d=" + d);
        this.overlay = new MutableOverlay(d);
        this.strategy = strategy;
        this.ctx = new RepairContext(overlay, rng);
        for (int v = 0; v < n; v++) overlay.addNode(v);
        initial.forEachEdge(overlay::addEdge);
        overlay.clearLog();
        strategy.attach(ctx);
        this.initialization = result();
    }

    /** {@return the edges the strategy rewired when it attached (empty unless it rebuilt the overlay)} */
    public RepairResult initialization() {
        return initialization;
    }

    /** {@return the strategy in use} */
    public RepairStrategy strategy() {
        return strategy;
    }

    /** {@return the target degree {@code d}} */
    public int d() {
        return overlay.d();
    }

    /**
     * Node {@code node} crashed: its edges vanish and the strategy repairs.
     *
     * @param node an alive id
     * @return the edges the repair changed (the node's own edges among the removed ones)
     * @throws IllegalArgumentException if {@code node} is not alive
     */
    public RepairResult fail(int node) {
        return remove(new int[] {node}, false);
    }

    /**
     * Node {@code node} leaves gracefully (it notifies its neighbours, one message each).
     *
     * @param node an alive id
     * @return the edges the repair changed (the node's own edges among the removed ones)
     * @throws IllegalArgumentException if {@code node} is not alive
     */
    public RepairResult leave(int node) {
        return remove(new int[] {node}, true);
    }

    /**
     * All of {@code nodes} crash at once (a region goes dark); one repair for the batch.
     *
     * @param nodes the failing ids, distinct and alive (the array is not modified)
     * @return the edges the repair changed (the nodes' own edges among the removed ones)
     * @throws IllegalArgumentException if an id is repeated or not alive
     */
    public RepairResult failAll(int[] nodes) {
        return remove(nodes.clone(), false);
    }

    /**
     * As {@link #failAll(int[])}, for ids in a collection.
     *
     * @param nodes the failing ids
     * @return the repair
     * @throws IllegalArgumentException if an id is repeated or not alive
     * @throws NullPointerException if {@code nodes} holds null
     */
    public RepairResult failAll(Collection<Integer> nodes) {
        return remove(nodes.stream().mapToInt(Integer::intValue).toArray(), false);
    }

    /**
     * A new node with the unused id {@code node} joins and is connected by the strategy.
     *
     * @param node an id never used before, {@code >= 0}, e.g. {@link #nextFreeId()}
     * @return the edges the repair changed
     * @throws IllegalArgumentException if {@code node} is negative, alive, or was used before
     */
    public RepairResult join(int node) {
        if (node < 0) throw new IllegalArgumentException("node id must be >= 0, got " + node);
        if (overlay.isAlive(node)) throw new IllegalArgumentException("cannot join node " + node + ": it is already alive");
        if (overlay.isGone(node))
            throw new IllegalArgumentException("cannot join node " + node + ": the id was used before and ids are never reused");
        begin();
        overlay.addNode(node);
        strategy.afterJoin(ctx, node);
        return result();
    }

    /** {@return the smallest id never used, for a joining node} */
    public int nextFreeId() {
        return overlay.idBound();
    }

    /**
     * Compact graph over the alive nodes; {@code O(m d + m log m)}.
     *
     * @return the graph whose node {@code i} is {@code aliveNodes()[i]}
     */
    public Graph snapshot() {
        return overlay.snapshot();
    }

    /**
     * The snapshot labelled with the surviving client ids: node {@code i} stands for id
     * {@code aliveNodes()[i]}. {@code JGraphTConverter.toJGraphT(labelledSnapshot())} gives a JGraphT
     * graph whose vertices are the client ids.
     *
     * @return the compact graph and its ids
     */
    public MappedGraph<Integer> labelledSnapshot() {
        int[] ids = overlay.aliveNodes();
        List<Integer> labels = new ArrayList<>(ids.length);
        for (int id : ids) labels.add(id);
        return MappedGraph.of(overlay.snapshot(), labels);
    }

    /** {@return a fresh array of the alive ids in increasing order} */
    public int[] aliveNodes() {
        return overlay.aliveNodes();
    }

    /** {@return the number of alive nodes} */
    public int numAlive() {
        return overlay.numAlive();
    }

    /**
     * Whether a node is alive.
     *
     * @param id any int
     * @return {@code true} if {@code id} is in the overlay now
     */
    public boolean isAlive(int id) {
        return overlay.isAlive(id);
    }

    /**
     * Current degree of {@code id}.
     *
     * @param id an alive id
     * @return its number of neighbours, at most {@code d}
     * @throws IllegalArgumentException if {@code id} is not alive
     */
    public int degree(int id) {
        if (!overlay.isAlive(id)) throw new IllegalArgumentException("node " + id + " is not alive");
        return overlay.degree(id);
    }

    /**
     * Current neighbours of a node.
     *
     * @param id an alive id
     * @return a fresh array of its neighbours' ids, in no particular order
     * @throws IllegalArgumentException if {@code id} is not alive
     */
    public int[] neighbors(int id) {
        int deg = degree(id);
        int[] out = new int[deg];
        for (int k = 0; k < deg; k++) out[k] = overlay.neighbor(id, k);
        return out;
    }

    private RepairResult remove(int[] nodes, boolean graceful) {
        int[] sorted = nodes.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (!overlay.isAlive(sorted[i])) {
                String why = overlay.isGone(sorted[i]) ? "it already failed or left" : "unknown node id";
                throw new IllegalArgumentException("cannot remove node " + sorted[i] + ": " + why);
            }
            if (i > 0 && sorted[i] == sorted[i - 1])
                throw new IllegalArgumentException("node " + sorted[i] + " listed twice in one batch");
        }
        begin();
        int[] orphans = new int[0];
        int count = 0;
        for (int v : nodes) {
            int[] former = overlay.removeNode(v);
            if (graceful) ctx.charge(former.length);
            if (count + former.length > orphans.length)
                orphans = Arrays.copyOf(orphans, Math.max(2 * orphans.length, count + former.length));
            System.arraycopy(former, 0, orphans, count, former.length);
            count += former.length;
        }
        int[] alive = new int[count];
        int k = 0;
        for (int i = 0; i < count; i++) if (overlay.isAlive(orphans[i])) alive[k++] = orphans[i];
        Arrays.sort(alive, 0, k);
        int u = 0;
        for (int i = 0; i < k; i++) if (u == 0 || alive[i] != alive[u - 1]) alive[u++] = alive[i];
        alive = Arrays.copyOf(alive, u);
        strategy.afterRemoval(ctx, nodes, alive, graceful);
        return result();
    }

    private void begin() {
        overlay.clearLog();
        ctx.resetMessages();
    }

    private RepairResult result() {
        List<List<Edge>> ch = overlay.changesSince(0);
        RepairResult r = new RepairResult(ch.get(0), ch.get(1), ctx.messages(), strategy.name());
        overlay.clearLog();
        return r;
    }
}
