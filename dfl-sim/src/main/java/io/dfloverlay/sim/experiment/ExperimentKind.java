package io.dfloverlay.sim.experiment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * What the runs of an experiment do, and the metrics each run reports.
 */
public enum ExperimentKind {
    /** D-SGD training runs ({@link io.dfloverlay.sim.Simulation}). */
    TRAINING(List.of(Metric.ROUNDS_TO_TARGET, Metric.FINAL_ACCURACY, Metric.GENERALIZATION_GAP, Metric.FINAL_TEST_LOSS,
            Metric.PERPLEXITY, Metric.MEAN_CLIENT_ACCURACY, Metric.CONSENSUS_DISTANCE, Metric.HONEST_ACCURACY,
            Metric.RHO, Metric.LAMBDA, Metric.DEGREE, Metric.ROUNDS_TIMES_DEGREE, Metric.WALL_SECONDS),
            List.of(Metric.ACCURACY_SERIES)),
    /** Pure gossip x(t+1) = W(t) x(t) from a random start, no training ({@link ConsensusRun}). */
    CONSENSUS(List.of(Metric.ROUNDS_TO_TOLERANCE, Metric.MEASURED_RATE, Metric.RHO, Metric.LAMBDA, Metric.WALL_SECONDS),
            List.of(Metric.ERROR_SERIES)),
    /** Training runs with failures and repair; λ of the overlay after each event. */
    CHURN(List.of(Metric.FINAL_ACCURACY, Metric.ACCURACY_BEFORE_CHURN, Metric.ACCURACY_DROP, Metric.LAMBDA,
            Metric.LAMBDA_AFTER, Metric.RHO_AFTER, Metric.SURVIVORS, Metric.EDGES_AFTER, Metric.CONNECTED_AFTER,
            Metric.WALL_SECONDS),
            List.of(Metric.ACCURACY_SERIES, Metric.LAMBDA_SERIES));

    private final List<Metric> metrics;
    private final List<Metric> series;

    ExperimentKind(List<Metric> metrics, List<Metric> series) {
        this.metrics = metrics;
        this.series = series;
    }

    /**
     * The scalar metrics every run of this kind records (columns of {@code runs.csv}).
     *
     * @return the metrics, in column order
     */
    public List<Metric> metrics() {
        return metrics;
    }

    /**
     * The per-round series every run of this kind records (one {@code curve:NAME} column each).
     *
     * @return the series, in column order
     */
    public List<Metric> series() {
        return series;
    }

    /**
     * The kind's name as written in a spec.
     *
     * @return {@code training}, {@code consensus} or {@code churn}
     */
    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
