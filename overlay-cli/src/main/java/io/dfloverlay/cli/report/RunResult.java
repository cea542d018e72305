package io.dfloverlay.cli.report;

import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.RunHeader;
import io.dfloverlay.sim.config.RunConfig;
import java.util.List;
import java.util.Objects;

/**
 * What one simulation run produced: its config (as it ran, data identity included) and header, the metrics of its evaluation rounds in
 * round order, how many rounds ran, whether it ran to the end (false when interrupted) and its wall
 * time in seconds (training only).
 */
public record RunResult(RunConfig config, RunHeader header, List<RoundMetrics> metrics,
        int roundsDone, boolean completed, double wallSeconds) {

    /** Validates and copies the metrics list. */
    public RunResult {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(header, "header");
        metrics = List.copyOf(metrics);
        if (roundsDone < 0) throw new IllegalArgumentException("rounds done must be >= 0, got " + roundsDone);
    }

    /** The metrics of the last evaluation round, or null if none ran. */
    public RoundMetrics last() {
        return metrics.isEmpty() ? null : metrics.get(metrics.size() - 1);
    }

    /** The first evaluation round whose test accuracy reaches {@code target}, or -1 if none did. */
    public int roundsToTarget(double target) {
        for (RoundMetrics m : metrics) if (m.testAccuracy() >= target) return m.round();
        return -1;
    }

    /** The highest test accuracy over the evaluation rounds, NaN if none ran. */
    public double bestTestAccuracy() {
        double best = Double.NaN;
        for (RoundMetrics m : metrics) if (!(m.testAccuracy() <= best)) best = m.testAccuracy();
        return best;
    }
}
