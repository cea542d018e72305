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

    /**
     * A context over {@code overlay} drawing randomness from {@code rng}, with no messages charged.
     *
     * @param overlay the overlay to repair
     * @param rng the randomness source for all repair decisions
     * @throws IllegalArgumentException if either is null
     */
    public RepairContext(MutableOverlay overlay, RandomGenerator rng) {
        if (overlay == null || rng == null) throw new IllegalArgumentException("overlay and rng must not be null");
        this.overlay = overlay;
        this.rng = rng;
    }

    /** {@return the overlay being repaired} */
    public MutableOverlay overlay() {
        return overlay;
    }

    /** {@return the current randomness source} */
    public RandomGenerator rng() {
        return rng;
    }

    /**
     * Replaces the randomness source (used to replay a candidate repair).
     *
     * @param next the source to use from now on
     * @return the previous source
     */
    public RandomGenerator swapRng(RandomGenerator next) {
        RandomGenerator prev = rng;
        rng = next;
        return prev;
    }

    /** {@return the degree bound {@code d}} */
    public int d() {
        return overlay.d();
    }

    /**
     * The degree every alive node should have: {@code d}, or {@code m - 1} (a complete graph) when
     * only {@code m <= d} nodes are alive.
     *
     * @return the target degree, {@code min(d, max(0, m - 1))}
     */
    public int targetDegree() {
        return Math.min(overlay.d(), Math.max(0, overlay.numAlive() - 1));
    }

    /** {@return the hops of a random walk that reaches a near-uniform node: {@code ceil(log_max(2,d-1) m) + 1}, with {@code m} at least 2} */
    public int walkLength() {
        int m = Math.max(2, overlay.numAlive());
        double base = Math.max(2, overlay.d() - 1);
        return (int) Math.ceil(Math.log(m) / Math.log(base)) + 1;
    }

    /**
     * Charges messages to the current event.
     *
     * @param k the number of messages, {@code >= 0}
     */
    public void charge(long k) {
        messages += k;
    }

    /** {@return the messages charged since the last {@link #resetMessages()}} */
    public long messages() {
        return messages;
    }

    /** Resets the message counter (the maintainer does this before each event). */
    public void resetMessages() {
        messages = 0;
    }

    /**
     * Adds an edge and charges its 2 messages.
     *
     * @param u an alive id of degree below {@code d}
     * @param v another alive id of degree below {@code d}, not adjacent to {@code u}
     * @throws IllegalArgumentException as {@link MutableOverlay#addEdge}
     */
    public void link(int u, int v) {
        overlay.addEdge(u, v);
        messages += 2;
    }

    /**
     * Drops an edge and charges its 1 message.
     *
     * @param u one endpoint
     * @param v the other endpoint
     * @throws IllegalArgumentException if {@code {u, v}} is not an edge
     */
    public void unlink(int u, int v) {
        overlay.removeEdge(u, v);
        messages += 1;
    }

    /**
     * Samples a near-uniform random alive node, charging one random walk of {@link #walkLength()} messages.
     *
     * @return an alive id (drawn uniformly; the walk is only charged, not simulated)
     */
    public int sampleNode() {
        messages += walkLength();
        return overlay.randomAlive(rng);
    }
}
