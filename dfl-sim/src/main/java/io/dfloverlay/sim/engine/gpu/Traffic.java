package io.dfloverlay.sim.engine.gpu;

/**
 * Nominal device-memory traffic of the operations a {@link DeviceEngine} issued: each operand
 * counted once as read or written (what an ideal kernel must move at least), so bytes over time
 * is an achieved bandwidth to set against the card's peak. Not thread-safe.
 */
public final class Traffic {
    private long floats;

    /** A zero counter. */
    public Traffic() {}

    /**
     * Adds the traffic of one operation.
     *
     * @param count floats read plus floats written
     */
    void floats(long count) {
        floats += count;
    }

    /**
     * Bytes counted so far.
     *
     * @return 4 bytes per float counted
     */
    public long bytes() {
        return 4 * floats;
    }
}
