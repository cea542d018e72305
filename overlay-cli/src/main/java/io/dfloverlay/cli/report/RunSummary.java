package io.dfloverlay.cli.report;

import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.RunHeader;
import io.dfloverlay.sim.config.RunConfigJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code summary.json} of a run: completion, header facts (ρ(W) as {@code rho_W}, λ(A) as
 * {@code lambda_A}), final metrics, best accuracy, target accuracy and the rounds to reach it
 * (when the config sets a target), and the config that ran; with an adversary the final metrics
 * include the honest clients' ({@code honest_*}).
 */
public final class RunSummary {
    private RunSummary() {}

    /**
     * The summary document of {@code run}.
     *
     * @param run the run
     * @return its JSON text
     */
    public static String toJson(RunResult run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("completed", run.completed());
        m.put("rounds_done", run.roundsDone());
        m.put("rounds_planned", run.config().execution().rounds());
        m.put("wall_seconds", run.wallSeconds());
        m.put("header", header(run.header()));
        m.put("final", run.last() == null ? null : metrics(run.last()));
        m.put("best_test_accuracy", run.bestTestAccuracy());
        Double target = run.config().execution().evaluation().targetAccuracy();
        if (target != null) {
            m.put("target_accuracy", target);
            int r = run.roundsToTarget(target);
            m.put("rounds_to_target", r < 0 ? null : r);
        }
        m.put("config", RunConfigJson.toTree(run.config()));
        return ReportJson.write(m);
    }

    static Map<String, Object> header(RunHeader h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topology", h.topology());
        m.put("clients", h.clients());
        m.put("edges", h.edges());
        m.put("rho_W", h.rho());
        m.put("lambda_A", h.lambda());
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
        for (int i = 0; i < MetricsCsv.COLUMNS.size(); i++) m.put(MetricsCsv.COLUMNS.get(i), MetricsCsv.value(r, i));
        if (r.honest() != null)
            for (int i = 0; i < MetricsCsv.HONEST_COLUMNS.size(); i++) m.put(MetricsCsv.HONEST_COLUMNS.get(i), MetricsCsv.honestValue(r.honest(), i));
        return m;
    }
}
