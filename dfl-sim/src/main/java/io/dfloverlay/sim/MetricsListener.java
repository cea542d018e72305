package io.dfloverlay.sim;

/**
 * Receives a running simulation's header and metrics, and may cancel it; called on the
 * simulation's thread.
 */
public interface MetricsListener {
    /**
     * Called once before the first round.
     *
     * @param header the run's header (topology, spectra, data, model, engine)
     */
    default void onStart(RunHeader header) {}

    /**
     * Called at every evaluation round, in round order.
     *
     * @param metrics the round's metrics
     */
    void onEval(RoundMetrics metrics);

    /**
     * Called after every round.
     *
     * @param round       the round just done, counting from 1
     * @param totalRounds the rounds planned
     */
    default void onRound(int round, int totalRounds) {}

    /**
     * Called after the churn events of a round (failures, joins) and the overlay's repair, before
     * the round trains on the new overlay; only in runs with churn.
     *
     * @param change the round, the repaired overlay, and on request its λ and ρ(W)
     */
    default void onOverlayChange(OverlayChange change) {}

    /**
     * Polled after every round; once true, the run evaluates and stops.
     *
     * @return whether to stop after the current round
     */
    default boolean cancelled() {
        return false;
    }
}
