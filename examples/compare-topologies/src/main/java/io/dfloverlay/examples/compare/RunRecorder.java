package io.dfloverlay.examples.compare;

import io.dfloverlay.sim.MetricsListener;
import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.RunHeader;

/**
 * A {@link MetricsListener} that keeps what the comparison table needs from one run: the header
 * (ρ(W), λ, edges), the first evaluation round at or above the target accuracy, and the last
 * evaluation. A live dashboard would plot {@link #onEval} instead.
 */
final class RunRecorder implements MetricsListener {
    private final String kind;
    private final double target;
    private RunHeader header;
    private RoundMetrics last;
    private Integer roundsToTarget;

    /**
     * @param kind   the topology kind the run uses, the row's name
     * @param target the test accuracy whose first round to record, in (0, 1]
     */
    RunRecorder(String kind, double target) {
        this.kind = kind;
        this.target = target;
    }

    @Override
    public void onStart(RunHeader header) {
        this.header = header;
    }

    @Override
    public void onEval(RoundMetrics metrics) {
        last = metrics;
        if (roundsToTarget == null && metrics.testAccuracy() >= target) roundsToTarget = metrics.round();
    }

    /**
     * The table row of the finished run.
     *
     * @return the row
     * @throws IllegalStateException if the run never started or never evaluated
     */
    ComparisonRow row() {
        if (header == null || last == null) throw new IllegalStateException("the run did not start or never evaluated");
        return new ComparisonRow(kind, header.edges(), header.rho(), header.lambda(), roundsToTarget,
                last.testAccuracy(), last.generalizationGap(), last.consensusDistance(), last.bytesSent());
    }
}
