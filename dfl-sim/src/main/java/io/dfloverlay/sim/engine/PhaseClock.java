package io.dfloverlay.sim.engine;

/**
 * Accumulates nanoseconds per {@link CpuPhase} and per worker slot for the CPU engine's opt-in
 * profile. Each slot's counters are written only by the thread that owns the slot, in its own padded
 * array, so timing adds no sharing between threads; {@link #snapshot} is read by the dispatching
 * thread between dispatches. Not used at all when profiling is off.
 */
final class PhaseClock {
    /** Padding longs after each slot's counters, so two slots never share a cache line. */
    private static final int PAD = 16;

    private final long[][] nanos;
    private long gradientWall, sweepWall, gradientDispatches, sweepDispatches;

    PhaseClock(int slots) {
        nanos = new long[slots][CpuPhase.values().length + PAD];
    }

    /**
     * The clock read at step boundaries: {@link System#nanoTime}, a few tens of nanoseconds through
     * the vDSO. Thread CPU time would exclude preemption but costs a system call per read (with page
     * table isolation, a TLB flush that slows the step after it), which distorted short steps.
     */
    static long now() {
        return System.nanoTime();
    }

    /** Adds {@code ns} nanoseconds of {@code phase} to slot {@code slot}. */
    void add(int slot, CpuPhase phase, long ns) {
        nanos[slot][phase.ordinal()] += ns;
    }

    /** Adds the caller's wall time of one gradient dispatch. */
    void gradientDispatch(long ns) {
        gradientWall += ns;
        gradientDispatches++;
    }

    /** Adds the caller's wall time of one update/gossip sweep dispatch. */
    void sweepDispatch(long ns) {
        sweepWall += ns;
        sweepDispatches++;
    }

    /**
     * The totals so far; {@link CpuPhase#IDLE} is the dispatches' wall time times the threads minus
     * the time all threads spent in work items.
     */
    CpuPhaseTimes snapshot() {
        CpuPhase[] phases = CpuPhase.values();
        double[] seconds = new double[phases.length];
        long busy = 0;
        for (long[] slot : nanos)
            for (CpuPhase p : phases) {
                if (p == CpuPhase.IDLE) continue;
                seconds[p.ordinal()] += slot[p.ordinal()] / 1e9;
                busy += slot[p.ordinal()];
            }
        long offered = (gradientWall + sweepWall) * nanos.length;
        seconds[CpuPhase.IDLE.ordinal()] = Math.max(0, offered - busy) / 1e9;
        return new CpuPhaseTimes(nanos.length, seconds, gradientWall / 1e9, sweepWall / 1e9, gradientDispatches, sweepDispatches);
    }
}
