package io.dfloverlay.sim.experiment;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.sim.MetricsListener;
import io.dfloverlay.sim.OverlayChange;
import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.RunHeader;
import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.data.LoadedData;
import io.dfloverlay.spectral.SpectralReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * One training or churn run of an experiment: a {@link Simulation} whose evaluations (and, with
 * churn, the repaired overlays' λ and ρ(W)) become a {@link RunRecord}.
 */
final class TrainingRun implements MetricsListener {
    /** λ and ρ(W) of the overlay after one round's churn events. */
    private record Repaired(int round, int survivors, long edges, double lambda, double rho, boolean connected) {}

    private final boolean churn;
    private final BooleanSupplier cancelled;
    private final List<RoundMetrics> evals = new ArrayList<>();
    private final List<Repaired> changes = new ArrayList<>();
    private RunHeader header;

    private TrainingRun(boolean churn, BooleanSupplier cancelled) {
        this.churn = churn;
        this.cancelled = cancelled;
    }

    /**
     * Runs {@code config} on {@code data} and measures it.
     *
     * @return the record, or null when cancelled before the last round
     */
    static RunRecord run(ExperimentKind kind, String cell, RunConfig config, LoadedData data, BooleanSupplier cancelled) {
        TrainingRun m = new TrainingRun(kind == ExperimentKind.CHURN, cancelled);
        RoundMetrics last = new Simulation(config, data).run(m);
        int rounds = config.execution().rounds();
        if (last == null || last.round() < rounds) return null;
        Map<Metric, Double> v = new EnumMap<>(Metric.class);
        Map<Metric, SortedMap<Integer, Double>> series = new EnumMap<>(Metric.class);
        SortedMap<Integer, Double> accuracy = new TreeMap<>();
        for (RoundMetrics e : m.evals) accuracy.put(e.round(), e.testAccuracy());
        series.put(Metric.ACCURACY_SERIES, accuracy);
        v.put(Metric.FINAL_ACCURACY, last.testAccuracy());
        v.put(Metric.LAMBDA, m.header.lambda());
        v.put(Metric.WALL_SECONDS, last.wallSeconds());
        if (kind == ExperimentKind.CHURN) m.churnMetrics(v, series);
        else m.trainingMetrics(v, last, config);
        return new RunRecord(cell, config.execution().seed(), rounds, v, series);
    }

    private void trainingMetrics(Map<Metric, Double> v, RoundMetrics last, RunConfig config) {
        Double target = config.execution().evaluation().targetAccuracy();
        double reached = Double.NaN;
        if (target != null)
            for (RoundMetrics e : evals) if (e.testAccuracy() >= target) {
                reached = e.round();
                break;
            }
        double degree = last.bytesSent() / (4.0 * last.round() * header.clients() * header.parametersPerClient());
        v.put(Metric.ROUNDS_TO_TARGET, reached);
        v.put(Metric.GENERALIZATION_GAP, last.generalizationGap());
        v.put(Metric.FINAL_TEST_LOSS, last.testLoss());
        v.put(Metric.PERPLEXITY, Math.exp(last.testLoss()));
        v.put(Metric.MEAN_CLIENT_ACCURACY, last.meanClientAccuracy());
        v.put(Metric.CONSENSUS_DISTANCE, last.consensusDistance());
        v.put(Metric.HONEST_ACCURACY, last.honest() == null ? Double.NaN : last.honest().testAccuracy());
        v.put(Metric.RHO, header.rho());
        v.put(Metric.DEGREE, degree);
        v.put(Metric.ROUNDS_TIMES_DEGREE, reached * degree);
    }

    private void churnMetrics(Map<Metric, Double> v, Map<Metric, SortedMap<Integer, Double>> series) {
        // λ of the overlay in force at round 0, at every churn event and at every evaluation round
        // (carried forward from the last event), so the curve is a step function over the whole run
        SortedMap<Integer, Double> lambda = new TreeMap<>();
        lambda.put(0, header.lambda());
        for (Repaired c : changes) lambda.put(c.round(), c.lambda());
        double current = header.lambda();
        int next = 0;
        for (RoundMetrics e : evals) { // both in round order
            while (next < changes.size() && changes.get(next).round() <= e.round()) current = changes.get(next++).lambda();
            lambda.putIfAbsent(e.round(), current);
        }
        series.put(Metric.LAMBDA_SERIES, lambda);
        if (changes.isEmpty()) return;
        int first = changes.get(0).round();
        double before = Double.NaN, low = Double.POSITIVE_INFINITY;
        for (RoundMetrics e : evals) {
            if (e.round() < first) before = e.testAccuracy();
            else low = Math.min(low, e.testAccuracy());
        }
        Repaired end = changes.get(changes.size() - 1);
        v.put(Metric.ACCURACY_BEFORE_CHURN, before);
        v.put(Metric.ACCURACY_DROP, before - low);
        v.put(Metric.LAMBDA_AFTER, end.lambda());
        v.put(Metric.RHO_AFTER, end.rho());
        v.put(Metric.SURVIVORS, (double) end.survivors());
        v.put(Metric.EDGES_AFTER, (double) end.edges());
        v.put(Metric.CONNECTED_AFTER, end.connected() ? 1.0 : 0.0);
    }

    @Override
    public void onStart(RunHeader header) {
        this.header = header;
    }

    @Override
    public void onEval(RoundMetrics metrics) {
        evals.add(metrics);
    }

    @Override
    public void onOverlayChange(OverlayChange change) {
        if (!churn) return;
        SpectralReport s = change.spectra();
        changes.add(new Repaired(change.round(), change.survivors(), change.edges(), s.lambda(), s.rhoW(),
                Connectivity.componentCount(change.overlay()) == 1));
    }

    @Override
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }
}
