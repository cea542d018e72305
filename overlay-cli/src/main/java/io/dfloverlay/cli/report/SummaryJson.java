package io.dfloverlay.cli.report;

import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.RunHeader;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code summary.json} of a run: header facts, final metrics, target accuracy, config. */
public final class SummaryJson {
    private SummaryJson() {}

    /**
     * The summary document of {@code run}; {@code targetAccuracy} may be NaN (then no
     * {@code rounds_to_target} is reported).
     */
    public static String toJson(RunResult run, double targetAccuracy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("completed", run.completed());
        m.put("rounds_done", run.roundsDone());
        m.put("rounds_planned", run.config().rounds());
        m.put("wall_seconds", run.wallSeconds());
        m.put("header", header(run.header()));
        m.put("final", run.last() == null ? null : metrics(run.last()));
        m.put("best_test_accuracy", run.bestTestAccuracy());
        if (!Double.isNaN(targetAccuracy)) {
            m.put("target_accuracy", targetAccuracy);
            int r = run.roundsToTarget(targetAccuracy);
            m.put("rounds_to_target", r < 0 ? null : r);
        }
        m.put("config", ConfigJson.toMap(run.config()));
        return JsonWriter.write(m);
    }

    static Map<String, Object> header(RunHeader h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topology", h.topology());
        m.put("clients", h.clients());
        m.put("edges", h.edges());
        m.put("rho", h.rho());
        m.put("lambda", h.lambda());
        m.put("data_source", h.dataSource());
        m.put("train_examples", h.trainExamples());
        m.put("test_examples", h.testExamples());
        m.put("partition", h.partitionSummary());
        m.put("parameters_per_client", h.parametersPerClient());
        m.put("engine", h.engine());
        return m;
    }

    static Map<String, Object> metrics(RoundMetrics r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", r.round());
        m.put("train_loss", r.trainLoss());
        m.put("test_loss", r.testLoss());
        m.put("test_accuracy", r.testAccuracy());
        m.put("mean_client_accuracy", r.meanClientAccuracy());
        m.put("min_client_accuracy", r.minClientAccuracy());
        m.put("max_client_accuracy", r.maxClientAccuracy());
        m.put("consensus_distance", r.consensusDistance());
        m.put("generalization_gap", r.generalizationGap());
        m.put("bytes_sent", r.bytesSent());
        m.put("wall_seconds", r.wallSeconds());
        m.put("survivors", r.survivors());
        return m;
    }
}
