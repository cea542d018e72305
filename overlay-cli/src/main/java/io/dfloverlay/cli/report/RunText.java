package io.dfloverlay.cli.report;

import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.RunHeader;
import io.dfloverlay.sim.config.RunConfig;
import java.util.Locale;

/** Human-readable text of a run: the header printed before training and the one-line summary after. */
public final class RunText {
    private RunText() {}

    /** The run header: topology and spectral scalars, data, model and engine, training settings. */
    public static String header(RunHeader h, RunConfig c) {
        var a = c.algorithm();
        return String.format(Locale.ROOT, """
                topology  %s: n=%d, edges=%d, ρ(W)=%s, λ(A)=%s
                data      %s: %d train / %d test examples; partition %s
                model     %s, %,d parameters per client; engine %s
                training  %s, %d rounds x %d local step(s), batch %d, lr %s, seed %d%s
                """,
                h.topology(), h.clients(), h.edges(), fmt(h.rho()), fmt(h.lambda()),
                h.dataSource(), h.trainExamples(), h.testExamples(), h.partitionSummary(),
                c.model().syntax(), h.parametersPerClient(), h.engine(),
                a.kind().id(), c.execution().rounds(), a.localSteps(), a.batchSize(), fmt(a.learningRate()), c.execution().seed(),
                c.churn().isEmpty() ? "" : "; failures '" + c.churn().failures().syntax() + "', joins '"
                        + c.churn().joins().syntax() + "', repair " + c.churn().repair());
    }

    /** One line: rounds done, wall time and the final metrics. */
    public static String summaryLine(RunResult r) {
        String head = (r.completed() ? "done: " : "interrupted: ") + r.roundsDone() + "/" + r.config().execution().rounds()
                + " rounds in " + String.format(Locale.ROOT, "%.1f s", r.wallSeconds());
        RoundMetrics m = r.last();
        if (m == null) return head + "; no evaluation round reached";
        String perplexity = r.config().model().context() == null ? ""
                : ", test perplexity " + fmt(Math.exp(m.testLoss())) + ", client accuracy " + fmt(m.minClientAccuracy()) + "-"
                        + fmt(m.maxClientAccuracy());
        return head + String.format(Locale.ROOT, "; round %d: test accuracy %s, train loss %s, test loss %s%s, consensus %s, gap %s",
                m.round(), fmt(m.testAccuracy()), fmt(m.trainLoss()), fmt(m.testLoss()), perplexity, fmt(m.consensusDistance()),
                fmt(m.generalizationGap()));
    }

    /** A double with 4 significant digits ({@code nan} for NaN). */
    public static String fmt(double v) {
        if (Double.isNaN(v)) return "nan";
        if (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6)) return String.format(Locale.ROOT, "%.3e", v);
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
