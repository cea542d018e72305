package io.dfloverlay.sim;

/** Receives progress of a running simulation (called on the simulation's thread). */
public interface MetricsListener {
    /** Called at every evaluation round, in round order. */
    void onEval(RoundMetrics metrics);

    /** Called after every round ({@code round} counts from 1). */
    default void onRound(int round, int totalRounds) {}
}
