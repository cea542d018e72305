package io.dfloverlay.maintenance;

import java.util.random.RandomGenerator;

/**
 * What a {@link RepairStrategy} works with during one event: the overlay it may change, the
 * randomness source, and a message counter its local rules charge.
 *
 * <p>Cost model shared by all strategies: reaching a near-uniform random node costs one random
 * walk of {@link #walkLength()} hops (one message per hop); adding an edge costs 2 messages
 * (request and acknowledgement); dropping an edge in a swap costs 1 (a notice); a graceful leave
 * costs one notice per former neighbour; a failure is detected by the neighbours' heartbeats and
 * costs nothing extra. Not thread-safe.
 */
public final class RepairContext {
    private final MutableOverlay overlay;
    private RandomGenerator rng;
    private long messages;

    /** A context over {@code overlay} drawing randomness from {@code rng}. */
    public RepairContext(MutableOverlay overlay, RandomGenerator rng) {
        if (overlay == null || rng == null) throw new IllegalArgumentException("overlay and rng must not be null");
        this.overlay = overlay;
        this.rng = rng;
    }

    /** The overlay being repaired. */
    public MutableOverlay overlay() {
        return overlay;
    }

    /** The randomness source. */
    public RandomGenerator rng() {
        return rng;
    }

    /** Replaces the randomness source (used to replay a candidate repair); returns the previous one. */
    public RandomGenerator swapRng(RandomGenerator next) {
        RandomGenerator prev = rng;
        rng = next;
        return prev;
    }

    /** The degree bound {@code d}. */
    public int d() {
        return overlay.d();
    }

    /**
     * The degree every alive node should have: {@code d}, or {@code m - 1} (a complete graph) when
     * only {@code m <= d} nodes are alive.
     */
    public int targetDegree() {
        return Math.min(overlay.d(), Math.max(0, overlay.numAlive() - 1));
    }

    /** Hops of a random walk that reaches a near-uniform node: {@code ceil(log_max(2,d-1) m) + 1}. */
    public int walkLength() {
        int m = Math.max(2, overlay.numAlive());
        double base = Math.max(2, overlay.d() - 1);
        return (int) Math.ceil(Math.log(m) / Math.log(base)) + 1;
    }

    /** Charges {@code k} messages. */
    public void charge(long k) {
        messages += k;
    }

    /** Messages charged so far. */
    public long messages() {
        return messages;
    }

    /** Resets the message counter (the maintainer does this before each event). */
    public void resetMessages() {
        messages = 0;
    }

    /** Adds an edge and charges its 2 messages. */
    public void link(int u, int v) {
        overlay.addEdge(u, v);
        messages += 2;
    }

    /** Drops an edge and charges its 1 message. */
    public void unlink(int u, int v) {
        overlay.removeEdge(u, v);
        messages += 1;
    }

    /** A near-uniform random alive node, charging one random walk. */
    public int sampleNode() {
        messages += walkLength();
        return overlay.randomAlive(rng);
    }
}
