package io.dfloverlay.maintenance.churn;

/**
 * One planned churn action at a step: {@code count} nodes fail, leave or join. For failures and
 * departures {@code ids} names the nodes, or is empty to pick {@code count} alive nodes uniformly
 * at random; joins always bring fresh ids.
 *
 * @param step  the step, {@code >= 1}
 * @param kind  fail, leave or join
 * @param ids   explicit node ids (fail/leave only), possibly empty
 * @param count number of nodes ({@code ids.length} when ids are given)
 */
public record ChurnEvent(int step, Kind kind, int[] ids, int count) {
    /** What happens to the nodes. */
    public enum Kind {
        /** The nodes crash; their neighbours notice by heartbeat. */
        FAIL,
        /** The nodes leave gracefully, notifying their neighbours. */
        LEAVE,
        /** New nodes with fresh ids join. */
        JOIN
    }

    /**
     * Validates and copies {@code ids}; a null {@code ids} means none.
     *
     * @throws IllegalArgumentException if {@code step < 1}, {@code kind} is null, a join names ids,
     *     {@code count} differs from the number of ids given, or {@code count < 0}
     */
    public ChurnEvent {
        if (step < 1) throw new IllegalArgumentException("step must be >= 1, got " + step);
        if (kind == null) throw new IllegalArgumentException("kind is null");
        ids = ids == null ? new int[0] : ids.clone();
        if (kind == Kind.JOIN && ids.length > 0) throw new IllegalArgumentException("joins take a count, not ids");
        if (ids.length > 0 && count != ids.length)
            throw new IllegalArgumentException("count " + count + " does not match " + ids.length + " ids");
        if (count < 0) throw new IllegalArgumentException("count must be >= 0, got " + count);
    }

    /** {@return a copy of the explicit ids, empty when the nodes are drawn at random or join} */
    @Override
    public int[] ids() {
        return ids.clone();
    }
}
