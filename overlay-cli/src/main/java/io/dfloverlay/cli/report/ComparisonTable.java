package io.dfloverlay.cli.report;

import io.dfloverlay.sim.RoundMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The side-by-side table of a topology comparison: per run the topology, ρ(W), λ(A), rounds to the
 * target accuracy, final test accuracy, generalization gap, final consensus distance, bytes sent and
 * wall time; as CSV (machine-readable, exact numbers) and as a Markdown table (4 significant digits).
 */
public final class ComparisonTable {
    private static final List<String> COLUMNS = List.of("topology", "rho", "lambda", "rounds_to_target",
            "final_test_accuracy", "generalization_gap", "consensus_distance", "bytes_sent", "wall_s", "rounds_done");
    private static final List<String> TITLES = List.of("topology", "ρ(W)", "λ(A)", "rounds to %s",
            "final test acc.", "gen. gap", "consensus dist.", "MB sent", "wall s", "rounds");

    private ComparisonTable() {}

    /** The comparison as CSV (header plus one row per run); empty cells for missing values. */
    public static String csv(List<RunResult> runs, double target) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (RunResult r : runs) {
            RoundMetrics m = r.last();
            int rt = r.roundsToTarget(target);
            b.append(String.join(",", List.of(csvCell(r.config().topology()), MetricsCsv.num(r.header().rho()),
                    MetricsCsv.num(r.header().lambda()), rt < 0 ? "" : Integer.toString(rt),
                    m == null ? "" : MetricsCsv.num(m.testAccuracy()),
                    m == null ? "" : MetricsCsv.num(m.generalizationGap()),
                    m == null ? "" : MetricsCsv.num(m.consensusDistance()),
                    m == null ? "" : Long.toString(m.bytesSent()),
                    MetricsCsv.num(r.wallSeconds()), Integer.toString(r.roundsDone())))).append('\n');
        }
        return b.toString();
    }

    /** The comparison as a Markdown table; "—" where the target was not reached or a value is missing. */
    public static String markdown(List<RunResult> runs, double target) {
        List<String> titles = new ArrayList<>(TITLES);
        titles.set(3, String.format(Locale.ROOT, TITLES.get(3), RunText.fmt(target)));
        StringBuilder b = new StringBuilder("| ").append(String.join(" | ", titles)).append(" |\n|");
        for (int i = 0; i < titles.size(); i++) b.append(i == 0 ? " --- |" : " ---: |");
        b.append('\n');
        for (RunResult r : runs) {
            RoundMetrics m = r.last();
            int rt = r.roundsToTarget(target);
            List<String> cells = List.of(r.config().topology(), cell(r.header().rho()), cell(r.header().lambda()),
                    rt < 0 ? "—" : Integer.toString(rt),
                    m == null ? "—" : cell(m.testAccuracy()), m == null ? "—" : cell(m.generalizationGap()),
                    m == null ? "—" : cell(m.consensusDistance()),
                    m == null ? "—" : String.format(Locale.ROOT, "%.1f", m.bytesSent() / 1e6),
                    String.format(Locale.ROOT, "%.1f", r.wallSeconds()),
                    r.roundsDone() + (r.completed() ? "" : " (interrupted)"));
            b.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        return b.toString();
    }

    /** A CSV cell, quoted (RFC 4180) when it holds a comma, quote or line break. */
    static String csvCell(String s) {
        return s.matches("[^,\"\r\n]*") ? s : '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "—" : RunText.fmt(v);
    }
}
