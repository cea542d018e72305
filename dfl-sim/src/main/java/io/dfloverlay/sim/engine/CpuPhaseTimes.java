package io.dfloverlay.sim.engine;

/**
 * What the CPU engine's opt-in profile measured ({@link CpuNd4jEngine#phaseTimes}): thread time per
 * {@link CpuPhase}, summed over the engine's threads (wall-clock time inside each step, so on a
 * loaded machine it includes time the thread was preempted), and the caller's wall time of the
 * gradient and the update/gossip dispatches.
 *
 * @param threads            threads of the engine
 * @param seconds            thread seconds per phase, indexed by {@link CpuPhase#ordinal()} (copied)
 * @param gradientWall       wall seconds of the gradient dispatches
 * @param sweepWall          wall seconds of the update/gossip sweeps
 * @param gradientDispatches gradient dispatches timed
 * @param sweepDispatches    sweeps timed
 */
public record CpuPhaseTimes(int threads, double[] seconds, double gradientWall, double sweepWall, long gradientDispatches,
        long sweepDispatches) {
    /** Checks the counts and copies the array. */
    public CpuPhaseTimes {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        if (seconds.length != CpuPhase.values().length)
            throw new IllegalArgumentException("need " + CpuPhase.values().length + " phase times, got " + seconds.length);
        if (gradientDispatches < 0 || sweepDispatches < 0) throw new IllegalArgumentException("dispatch counts must be >= 0");
        seconds = seconds.clone();
    }

    /**
     * Thread seconds of one phase.
     *
     * @param phase the phase
     * @return seconds summed over the threads
     */
    public double seconds(CpuPhase phase) {
        return seconds[phase.ordinal()];
    }

    /**
     * The per-phase seconds.
     *
     * @return a copy, indexed by {@link CpuPhase#ordinal()}
     */
    @Override
    public double[] seconds() {
        return seconds.clone();
    }
}
