package io.dfloverlay.sim.experiment;

import java.util.Optional;

/**
 * A quantity a run reports. A <em>censored</em> metric (rounds until a threshold) has no value
 * when a run never reaches the threshold; {@link ExperimentSummary} then reports how many runs
 * reached it and a mean only when all did.
 */
public enum Metric {
    /** First evaluation round whose test accuracy of x̄ reaches {@code execution.evaluation.targetAccuracy}. */
    ROUNDS_TO_TARGET("roundsToTarget", true),
    /** Test accuracy of x̄ at the last round. */
    FINAL_ACCURACY("finalAccuracy", false),
    /** Test loss minus train loss of x̄ at the last round. */
    GENERALIZATION_GAP("generalizationGap", false),
    /** Test loss of x̄ at the last round. */
    FINAL_TEST_LOSS("finalTestLoss", false),
    /** exp(test loss) at the last round (per character for the language task). */
    PERPLEXITY("perplexity", false),
    /** Mean over clients of their own models' accuracy at the last round. */
    MEAN_CLIENT_ACCURACY("meanClientAccuracy", false),
    /** (1/n) Σ ‖x_i − x̄‖² at the last round. */
    CONSENSUS_DISTANCE("consensusDistance", false),
    /** Test accuracy of the honest clients' average model (runs with an adversary; else empty). */
    HONEST_ACCURACY("honestAccuracy", false),
    /** ρ(W) of the (initial) mixing matrix; empty for time-varying topologies. */
    RHO("rho", false),
    /** Two-sided λ(A) of the (initial) overlay; empty for time-varying topologies. */
    LAMBDA("lambda", false),
    /** Messages each client sends per round, averaged over the run (the degree of a static overlay). */
    DEGREE("degree", false),
    /** roundsToTarget × degree: messages per client until the target (censored like roundsToTarget). */
    ROUNDS_TIMES_DEGREE("roundsTimesDegree", true),
    /** Wall-clock seconds of the run. */
    WALL_SECONDS("wallSeconds", false),
    /** First round t with ‖x_t − x̄‖ / ‖x_0 − x̄‖ at most the spec's consensus tolerance. */
    ROUNDS_TO_TOLERANCE("roundsToTolerance", true),
    /** Measured per-round contraction: the geometric mean of the error ratio over the rounds run. */
    MEASURED_RATE("measuredRate", false),
    /** Test accuracy at the last evaluation before the first churn event. */
    ACCURACY_BEFORE_CHURN("accuracyBeforeChurn", false),
    /** accuracyBeforeChurn minus the lowest accuracy evaluated after the first event. */
    ACCURACY_DROP("accuracyDrop", false),
    /** λ(A) of the overlay after the last churn event (repaired). */
    LAMBDA_AFTER("lambdaAfter", false),
    /** ρ(W) of the overlay after the last churn event. */
    RHO_AFTER("rhoAfter", false),
    /** Clients alive after the last churn event. */
    SURVIVORS("survivors", false),
    /** Edges of the overlay after the last churn event. */
    EDGES_AFTER("edgesAfter", false),
    /** 1 when the overlay after the last churn event is connected (ρ(W) below 1), else 0. */
    CONNECTED_AFTER("connectedAfter", false),
    /** Series: test accuracy of x̄ at each evaluation round. */
    ACCURACY_SERIES("accuracy", false),
    /** Series: ‖x_t − x̄‖ / ‖x_0 − x̄‖ at each round. */
    ERROR_SERIES("error", false),
    /** Series: λ(A) of the overlay at the start and after each churn event. */
    LAMBDA_SERIES("lambda", false);

    private final String key;
    private final boolean censored;

    Metric(String key, boolean censored) {
        this.key = key;
        this.censored = censored;
    }

    /**
     * The name used in specs and CSV headers.
     *
     * @return e.g. {@code roundsToTarget}
     */
    public String key() {
        return key;
    }

    /**
     * Whether a run may not reach the threshold this metric counts rounds to.
     *
     * @return true for rounds-to-threshold metrics
     */
    public boolean censored() {
        return censored;
    }

    /**
     * The scalar metric of {@code kind} named {@code key}.
     *
     * @param kind the experiment kind
     * @param key  a metric name
     * @return the metric, or empty when the kind has none of that name
     */
    public static Optional<Metric> scalar(ExperimentKind kind, String key) {
        return kind.metrics().stream().filter(m -> m.key.equals(key)).findFirst();
    }

    /**
     * The scalar metric names of {@code kind}, for error messages.
     *
     * @param kind the experiment kind
     * @return the names, comma-separated
     */
    static String names(ExperimentKind kind) {
        return String.join(", ", kind.metrics().stream().map(Metric::key).toList());
    }

    @Override
    public String toString() {
        return key;
    }

}
